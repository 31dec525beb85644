import type { FormInstance } from 'antd';
import { isApiError } from './problem.ts';

export type FieldErrorGroup = { name: (string | number)[]; errors: string[] };

/**
 * Groups a problem's field errors by form field: "body.contact.phone" → ["contact", "phone"],
 * "body.items.2.name" → ["items", 2, "name"]. Errors outside the body (query, params) are not
 * form fields and are left to the page-level message.
 */
export function fieldErrorGroups(error: unknown, source = 'body'): FieldErrorGroup[] {
  if (!isApiError(error)) return [];
  const groups = new Map<string, FieldErrorGroup>();
  for (const fieldError of error.fieldErrors) {
    const [head, ...rest] = fieldError.path.split('.');
    if (head !== source || rest.length === 0) continue;
    const key = rest.join('.');
    const group = groups.get(key) ?? { name: rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part)), errors: [] };
    group.errors.push(fieldError.message);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Marks the form's registered fields from the problem and returns the errors that matched no
 * field, so the page can still show them.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): FieldErrorGroup[] {
  // Without arguments antd returns every registered field (undefined values included).
  const registered = new Set(Object.keys(form.getFieldsValue() as object));
  const groups = fieldErrorGroups(error);
  const matched = groups.filter((g) => registered.has(String(g.name[0])));
  if (matched.length > 0) form.setFields(matched);
  return groups.filter((g) => !matched.includes(g));
}
