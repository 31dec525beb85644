import type { z } from 'zod';
import type { CellReader } from './cells.ts';
import type { CellProblem } from './problems.ts';

type IssueLike = { code: string; path: PropertyKey[]; minimum?: unknown; maximum?: unknown };

/**
 * One row's cells read into a record and checked against the schema the API itself uses, so a row
 * of a file and a pushed record are judged by the same rules. Each problem names its column.
 */
export function readRow<S extends z.ZodType>(values: Record<string, string>, readers: Record<string, CellReader>, schema: S): { data: z.infer<S> } | { problems: CellProblem[] } {
  const candidate: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const [field, read] of Object.entries(readers)) {
    const text = values[field] ?? '';
    const result = read(text);
    if ('code' in result) problems.push({ field, code: result.code, params: { value: text } });
    else if (result.value !== undefined) candidate[field] = result.value;
  }
  const parsed = schema.safeParse(candidate);
  if (parsed.success && problems.length === 0) return { data: parsed.data };
  const unreadable = new Set(problems.map((p) => p.field));
  for (const issue of (parsed.error?.issues ?? []) as IssueLike[]) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : null;
    if (field && unreadable.has(field)) continue;
    const isMissing = field !== null && candidate[field] === undefined;
    problems.push({ field, code: isMissing ? 'required' : issue.code, params: { minimum: issue.minimum, maximum: issue.maximum } });
  }
  return { problems };
}
