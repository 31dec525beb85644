import type { CityKey } from '@youyu/contracts';
import { boundingBox, cleanBoundary } from './geometry.ts';
import { beijingZones, cityFacts, type CityFiles, type RawFeature } from './reference-data.ts';
import type { NewJurisdictionRow } from './jurisdictions.tables.ts';

/** The figures' reference years: the census date, and the births behind the under-3 estimate. */
const CENSUS_YEAR = 2020;
const UNDER3_YEAR = 2022;

/**
 * Largest-remainder apportionment: whole numbers proportional to the weights that add up to
 * `total` exactly, so a city's districts (or a district's subdistricts) always sum to its figure.
 */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const effective = sum > 0 ? weights : weights.map(() => 1);
  const effectiveSum = sum > 0 ? sum : weights.length;
  const exact = effective.map((w) => (total * w) / effectiveSum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, s) => a + s, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/** A weight in [0.5, 1.5) drawn from the code alone (FNV-1a), so every import splits the same way. */
export function stableWeight(code: string): number {
  let hash = 0x811c9dc5;
  for (const ch of code) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return 0.5 + hash / 2 ** 32;
}

type Row = Required<Omit<NewJurisdictionRow, 'manualFields' | 'updatedAt'>>;

const noFigures = {
  nameEn: null,
  householdIncomeFen: null,
  householdIncomeSource: null,
  householdIncomeYear: null,
  zoneType: null,
  boundary: null,
  bboxMinLng: null,
  bboxMinLat: null,
  bboxMaxLng: null,
  bboxMaxLat: null,
} as const;

function shapeOf(geometry: RawFeature['geometry'] | undefined) {
  const boundary = geometry ? cleanBoundary(geometry) : null;
  if (!boundary) return { boundary: null, bboxMinLng: null, bboxMinLat: null, bboxMaxLng: null, bboxMaxLat: null };
  const box = boundingBox(boundary);
  return { boundary, bboxMinLng: box.minLng, bboxMinLat: box.minLat, bboxMaxLng: box.maxLng, bboxMaxLat: box.maxLat };
}

/**
 * Every node the reference data gives for one city — the city, its districts, their
 * subdistricts — with figures taken or derived as docs/DATA-SOURCES.md describes. Pure: the same
 * files always give the same rows, which is what makes importing twice a no-op.
 */
export function buildReferenceRows(city: CityKey, files: CityFiles): Row[] {
  const facts = cityFacts[city];
  const subdistrictsOf = new Map<string, CityFiles['subdistricts']>();
  for (const s of files.subdistricts) subdistrictsOf.set(s.districtCode, [...(subdistrictsOf.get(s.districtCode) ?? []), s]);

  // Districts without a census figure share what the city total leaves, by their number of subdistricts.
  const missing = files.districts.filter((d) => !files.census.has(d.code));
  const counted = files.districts.reduce((sum, d) => sum + (files.census.get(d.code) ?? 0), 0);
  const estimatedShares = apportion(
    Math.max(0, facts.censusPopulation - counted),
    missing.map((d) => subdistrictsOf.get(d.code)?.length ?? 0),
  );
  const estimated = new Map(missing.map((d, i) => [d.code, estimatedShares[i]!]));
  const populationOf = (code: string) => files.census.get(code) ?? estimated.get(code) ?? 0;

  const cityUnder3 = Math.round(facts.censusPopulation * facts.under3Share);
  const districtUnder3 = apportion(cityUnder3, files.districts.map((d) => populationOf(d.code)));

  // Relative income levels scaled so that the population-weighted mean is the city's figure.
  const levels = files.districts.map((d) => facts.incomeLevelOf(d.code, beijingZones[d.code] ?? null));
  const weighted = files.districts.reduce((sum, d, i) => sum + populationOf(d.code) * levels[i]!, 0);
  const scale = (facts.householdIncomeYuan * files.districts.reduce((sum, d) => sum + populationOf(d.code), 0)) / weighted;

  const income = (yuan: number) => ({ householdIncomeFen: Math.round(yuan) * 100, householdIncomeSource: 'estimated' as const, householdIncomeYear: facts.householdIncomeYear });
  const rows: Row[] = [
    {
      ...noFigures,
      code: facts.code,
      parentCode: null,
      level: 'city',
      nameZh: facts.nameZh,
      nameEn: files.namesEn.get(facts.code) ?? null,
      population: facts.censusPopulation,
      populationSource: 'census2020',
      populationYear: CENSUS_YEAR,
      under3Population: cityUnder3,
      under3PopulationSource: 'estimated',
      under3PopulationYear: UNDER3_YEAR,
      ...income(facts.householdIncomeYuan),
    },
  ];

  files.districts.forEach((district, i) => {
    const population = populationOf(district.code);
    const under3 = districtUnder3[i]!;
    // A share of the city by a proxy (subdistrict count) is no measurement: synthetic, like
    // everything computed from it.
    const isCensus = files.census.has(district.code);
    rows.push({
      ...noFigures,
      code: district.code,
      parentCode: facts.code,
      level: 'district',
      nameZh: district.name,
      nameEn: files.namesEn.get(district.code) ?? null,
      population,
      populationSource: isCensus ? 'census2020' : 'synthetic',
      populationYear: CENSUS_YEAR,
      under3Population: under3,
      under3PopulationSource: isCensus ? 'estimated' : 'synthetic',
      under3PopulationYear: UNDER3_YEAR,
      ...income(levels[i]! * scale),
      zoneType: beijingZones[district.code] ?? null,
      ...shapeOf(files.boundaries.get(district.code)),
    });

    // No subdistrict figures exist: split the district's by a stable pseudo-random weight.
    const subdistricts = subdistrictsOf.get(district.code) ?? [];
    const weights = subdistricts.map((s) => stableWeight(s.code));
    const populations = apportion(population, weights);
    const under3s = apportion(under3, weights);
    subdistricts.forEach((s, j) => {
      rows.push({
        ...noFigures,
        code: s.code,
        parentCode: district.code,
        level: 'subdistrict',
        nameZh: s.name,
        population: populations[j]!,
        populationSource: 'synthetic',
        populationYear: CENSUS_YEAR,
        under3Population: under3s[j]!,
        under3PopulationSource: 'synthetic',
        under3PopulationYear: UNDER3_YEAR,
      });
    });
  });
  return rows;
}
