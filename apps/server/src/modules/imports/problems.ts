import { checkCreditCode, type PolicyBasis, type RowProblem } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';
import { formatBasis } from '../institutions/index.ts';

/**
 * A problem with one cell (or one field of a pushed record): a stable code and the values its
 * message needs. Stored as it is and translated when shown, in the reader's language.
 */
export type CellProblem = { field: string | null; code: string; params?: Record<string, unknown> };

// Codes the schema layer and other catalogues already word.
const SCHEMA_CODES = new Set(['required', 'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value']);

/** A schema code gets the field's own wording where there is one (“手机号应为 11 位”), else the generic one. */
function messageKey(locale: Locale, problem: CellProblem): string {
  const { code, field } = problem;
  if (code.startsWith('creditCode.')) return `institutions:creditCodeProblems.${code.slice('creditCode.'.length)}`;
  if (!SCHEMA_CODES.has(code)) return `imports:problems.${code}`;
  const specific = `imports:fieldProblems.${field}.${code}`;
  return field && translate(locale, specific) !== specific ? specific : `errors:field.${code}`;
}

/** Parameters that are vocabulary codes also get their label, so a message can name the class type. */
const labelled: Record<string, string> = { classType: 'institutions:classTypes' };

export function problemMessage(locale: Locale, problem: CellProblem): string {
  const params = { ...problem.params };
  for (const [name, catalogue] of Object.entries(labelled)) if (typeof params[name] === 'string') params[`${name}Label`] = translate(locale, `${catalogue}.${String(params[name])}`);
  // A rule's basis is kept as data and worded in the reader's language (marking second-hand ones).
  if ('basis' in params) params.basis = formatBasis(locale, params.basis as PolicyBasis | null);
  return translate(locale, messageKey(locale, problem), params);
}

export function toRowProblem(locale: Locale, row: number, problem: CellProblem): RowProblem {
  return { row, field: problem.field, code: problem.code, message: problemMessage(locale, problem) };
}

/** The credit code normalised, or the problem naming the wrong character (GB 32100). */
export function checkCreditCodeCell(field: string, value: string): { code: string } | { problem: CellProblem } {
  const checked = checkCreditCode(value);
  if (checked.ok) return { code: checked.code };
  return { problem: { field, code: `creditCode.${checked.problem.reason}`, params: { ...checked.problem } } };
}
