import type { Role, RolesOverview } from '@youyu/contracts';

export type CatalogueEntry = RolesOverview['catalogue'][number];

const administrators: readonly Role[] = ['systemAdmin', 'securityAdmin', 'auditAdmin'];

/**
 * Separation of duties (三员分立), as the server enforces it: an administrator role may hold only
 * the permissions designed for it; a business role never holds an administrators' permission.
 * The form disables what the server would refuse.
 */
export function isGrantable(role: Role, entry: CatalogueEntry): boolean {
  return administrators.includes(role) ? entry.defaultRoles.includes(role) : !entry.isAdministrative;
}

/** "institutions.read" → "institutions": permissions are grouped by the module that declares them. */
const groupOf = (key: string) => key.split('.')[0] ?? key;

export function groupCatalogue(catalogue: readonly CatalogueEntry[]): [string, CatalogueEntry[]][] {
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of catalogue) groups.set(groupOf(entry.key), [...(groups.get(groupOf(entry.key)) ?? []), entry]);
  return [...groups.entries()];
}

export const defaultsOf = (role: Role, catalogue: readonly CatalogueEntry[]) => catalogue.filter((e) => e.defaultRoles.includes(role)).map((e) => e.key);

/** What saving would change: permissions added and removed, in catalogue order. */
export function grantChanges(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((k) => !before.includes(k)), removed: before.filter((k) => !after.includes(k)) };
}
