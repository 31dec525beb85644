export { type Actor, type RecordScope, isInScope, isWithinJurisdiction, scopePrefix } from './actor.ts';
export { type RouteAccess } from './access.ts';
export { accessGuard, type AccessCatalogueEntry } from './guard.ts';
