/** A foreign key: `child` has a column that references a row of `parent`. */
export type ForeignKey = { child: string; parent: string };

/**
 * Orders tables so that every table comes after the tables it references (parents first), which
 * is the order rows can be reloaded in with foreign keys checked. Ties go alphabetically so the
 * order, and therefore the backup file, is stable. Self-references are ignored; tables in a
 * cycle follow the others alphabetically (reloading them needs the checks switched off).
 */
export function orderByDependencies(tables: readonly string[], foreignKeys: readonly ForeignKey[]): string[] {
  const known = new Set(tables);
  const parentsOf = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of foreignKeys) {
    if (child !== parent && known.has(child) && known.has(parent)) parentsOf.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  let remaining = [...tables].sort();
  for (;;) {
    const ready = remaining.filter((t) => [...parentsOf.get(t)!].every((p) => placed.has(p)));
    if (ready.length === 0) break;
    for (const t of ready) placed.add(t);
    ordered.push(...ready);
    remaining = remaining.filter((t) => !placed.has(t));
  }
  return [...ordered, ...remaining];
}
