import { classTypes, grades, institutionKinds, ownerships, serviceModes, type ClassType, type ServiceMode } from '@youyu/contracts';

/**
 * Fixed positions (1-based, as SQL arrays count) in the search facts' per-type arrays: class type
 * `t` at `classTypes.indexOf(t) + 1`, its fee for service mode `m` at the type's block of
 * `serviceModes.length` slots. refresh_institution_search_facts (migration 0005) writes the same
 * orders; search-facts.int.test.ts checks both against the live counts.
 */
export const typePosition = (type: ClassType) => classTypes.indexOf(type) + 1;

export const feePosition = (type: ClassType, mode: ServiceMode) => classTypes.indexOf(type) * serviceModes.length + serviceModes.indexOf(mode) + 1;

/**
 * The SQL of a class type's generated lowest fee: the lowest of its fees over the service modes
 * (null without any).
 */
export const lowestFeeExpression = (type: ClassType) => `least(${serviceModes.map((mode) => `fees_by_position[${feePosition(type, mode)}]`).join(', ')})`;

/** The SQL of a class type's generated free places (0 without a class of the type). */
export const vacanciesExpression = (type: ClassType) => `coalesce(vacancies_by_type[${typePosition(type)}], 0)`;

/** The fee positions of the matching class types (null: any) and service mode (undefined: any). */
export function feePositions(types: readonly ClassType[] | null, mode: ServiceMode | undefined): number[] {
  return (types ?? classTypes).flatMap((type) => (mode ? [mode] : serviceModes).map((m) => feePosition(type, m)));
}

/**
 * The facets of an institution, as the bits of one integer (the search facts' generated column
 * `facets`): inclusive status, kind, ownership, grade, class types run and service modes offered,
 * each group a run of bits in its vocabulary's order. The location index carries this one
 * fixed-width column instead of six: an index tuple's columns are read one by one, so fewer and
 * fixed-width ones make the index-only scan of a map search cheaper per institution. A value
 * added to a vocabulary changes the column's expression: generate a migration for it
 * (search-facts.int.test.ts compares the stored bits with facetMask).
 */
type FacetGroupSpec = { column: string; values: readonly (string | boolean)[]; test: (column: string, value: string) => string };

const facetGroups = {
  inclusive: { column: 'is_inclusive', values: [true], test: (column: string) => column },
  kind: { column: 'kind', values: institutionKinds, test: equalsTo },
  ownership: { column: 'ownership', values: ownerships, test: equalsTo },
  grade: { column: 'grade', values: grades, test: equalsTo },
  classType: { column: 'class_types', values: classTypes, test: memberOf },
  serviceMode: { column: 'service_modes', values: serviceModes, test: memberOf },
} as const satisfies Record<string, FacetGroupSpec>;

function equalsTo(column: string, value: string) {
  return `${column} = ${quoteLiteral(value)}`;
}

function memberOf(column: string, value: string) {
  return `${quoteLiteral(value)} = any(${column})`;
}

const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

type FacetGroup = keyof typeof facetGroups;
type FacetValue<G extends FacetGroup> = (typeof facetGroups)[G]['values'][number];

const facetOffsets = (() => {
  let next = 0;
  const offsets = {} as Record<FacetGroup, number>;
  for (const group of Object.keys(facetGroups) as FacetGroup[]) {
    offsets[group] = next;
    next += facetGroups[group].values.length;
  }
  return offsets;
})();

/** The bits of the given values of one facet group: a facet filter tests `facets & mask`. */
export function facetMask<G extends FacetGroup>(group: G, values: readonly FacetValue<G>[]): number {
  const vocabulary: readonly unknown[] = facetGroups[group].values;
  return values.reduce((mask, value) => mask | (1 << (facetOffsets[group] + vocabulary.indexOf(value))), 0);
}

/** The values of one facet group whose bits are set, in the vocabulary's order (the inverse of facetMask). */
export function facetValues<G extends FacetGroup>(facets: number, group: G): FacetValue<G>[] {
  const vocabulary = facetGroups[group].values as readonly FacetValue<G>[];
  return vocabulary.filter((_, i) => ((facets >>> (facetOffsets[group] + i)) & 1) === 1);
}

/** The SQL of the generated column `facets`: each bit a test of the row (a missing grade sets none). */
export function facetsExpression(): string {
  return (Object.keys(facetGroups) as FacetGroup[])
    .flatMap((group) => {
      const { column, values, test }: FacetGroupSpec = facetGroups[group];
      return values.map((value, i) => `(coalesce(${test(column, String(value))}, false)::int << ${facetOffsets[group] + i})`);
    })
    .join(' | ');
}
