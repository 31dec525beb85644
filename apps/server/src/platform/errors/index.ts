export { DomainError, defineErrors, notFound, PlatformErrors, type FieldError } from './domain-error.ts';
export { handleError, sendProblem, buildProblem, problemContentType, type Problem } from './problem.ts';
