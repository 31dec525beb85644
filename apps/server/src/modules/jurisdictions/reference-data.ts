import fs from 'node:fs/promises';
import path from 'node:path';
import { cityCodes, type CityKey, type ZoneType } from '@youyu/contracts';

/**
 * Files copied from the shared reference set; provenance in docs/DATA-SOURCES.md. Resolved on use:
 * drizzle-kit loads table files (and what they import) as CommonJS, where import.meta is empty.
 */
const referenceDir = () => path.resolve(import.meta.dirname, '../../../data/reference');

/**
 * What the platform knows about each city beyond the files. Every number is documented in
 * docs/DATA-SOURCES.md, with how it was obtained; change both together.
 */
export type CityFacts = {
  code: string;
  nameZh: string;
  /** Resident population, 7th national census (2020-11-01). */
  censusPopulation: number;
  /** Share of residents under three: the crude birth rates of 2020–2022 added up (estimate). */
  under3Share: number;
  /** Per-capita household disposable income of the whole city, yuan per year, and its year. */
  householdIncomeYuan: number;
  householdIncomeYear: number;
  /** A district's income relative to others in the city, before scaling to the city figure. */
  incomeLevelOf(districtCode: string, zoneType: ZoneType | null): number;
};

/** Beijing's functional zones (北京城市总体规划 2016–2035); 亦庄 lies inside 大兴. */
export const beijingZones: Readonly<Record<string, ZoneType>> = {
  ...Object.fromEntries(['110101', '110102', '110105', '110106', '110107', '110108'].map((c) => [c, 'centralDistrict' as const])),
  '110112': 'citySubCentre',
  ...Object.fromEntries(['110111', '110113', '110114', '110115'].map((c) => [c, 'plainNewTown' as const])),
  ...Object.fromEntries(['110109', '110116', '110117', '110118', '110119'].map((c) => [c, 'ecologicalConservation' as const])),
};

const beijingIncomeLevels: Record<ZoneType, number> = { centralDistrict: 1, citySubCentre: 0.62, plainNewTown: 0.6, ecologicalConservation: 0.52 };
// Tianjin: the six inner-city districts (市内六区), then the ring districts and Binhai, then the outer districts.
const tianjinCore = new Set(['120101', '120102', '120103', '120104', '120105', '120106']);
const tianjinRing = new Set(['120110', '120111', '120112', '120113', '120116']);
// Chongqing: the nine central-city districts (中心城区), then the other districts, then the counties (5002xx).
const chongqingCore = new Set(['500103', '500104', '500105', '500106', '500107', '500108', '500109', '500112', '500113']);

export const cityFacts: Readonly<Record<CityKey, CityFacts>> = {
  beijing: {
    code: cityCodes.beijing,
    nameZh: '北京市',
    censusPopulation: 21_893_095,
    under3Share: 0.019,
    householdIncomeYuan: 77_415,
    householdIncomeYear: 2022,
    incomeLevelOf: (_code, zone) => (zone ? beijingIncomeLevels[zone] : 1),
  },
  tianjin: {
    code: cityCodes.tianjin,
    nameZh: '天津市',
    censusPopulation: 13_866_009,
    under3Share: 0.016,
    householdIncomeYuan: 48_976,
    householdIncomeYear: 2022,
    incomeLevelOf: (code) => (tianjinCore.has(code) ? 1 : tianjinRing.has(code) ? 0.9 : 0.7),
  },
  chongqing: {
    code: cityCodes.chongqing,
    nameZh: '重庆市',
    censusPopulation: 32_054_159,
    under3Share: 0.02,
    householdIncomeYuan: 35_666,
    householdIncomeYear: 2022,
    incomeLevelOf: (code) => (chongqingCore.has(code) ? 1 : code.startsWith('5002') ? 0.6 : 0.75),
  },
};

/** RFC 4180 CSV with a header row: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (record.some((f) => f !== '')) records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRecord();
    else if (ch !== '\r' && ch !== '\uFEFF') field += ch;
  }
  endRecord();
  const [header, ...rows] = records;
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

async function readCsv(relativePath: string): Promise<Record<string, string>[]> {
  return parseCsv(await fs.readFile(path.join(referenceDir(), relativePath), 'utf8'));
}

export type RawFeature = { properties: { code: string; name: string }; geometry: { type: string; coordinates: unknown } };

/** The reference files' rows for one city, as they are. */
export type CityFiles = {
  districts: { code: string; name: string }[];
  subdistricts: { code: string; name: string; districtCode: string }[];
  /** Census population by district code; missing districts are absent. */
  census: Map<string, number>;
  namesEn: Map<string, string>;
  boundaries: Map<string, RawFeature['geometry']>;
};

export async function readCityFiles(city: CityKey): Promise<CityFiles> {
  const province = cityCodes[city].slice(0, 2);
  const [areas, streets, names, census, geojson] = await Promise.all([
    readCsv('divisions/areas.csv'),
    readCsv('divisions/streets.csv'),
    readCsv('divisions/district-names-en.csv'),
    city === 'tianjin' ? Promise.resolve([]) : readCsv(`population/${city}-districts-2020-census.csv`),
    fs.readFile(path.join(referenceDir(), `boundaries/${city}-districts.geojson`), 'utf8'),
  ]);
  const features = (JSON.parse(geojson) as { features: RawFeature[] }).features;
  return {
    districts: areas.filter((r) => r.provinceCode === province).map((r) => ({ code: r.code!, name: r.name! })),
    subdistricts: streets.filter((r) => r.provinceCode === province).map((r) => ({ code: r.code!, name: r.name!, districtCode: r.areaCode! })),
    census: new Map(census.map((r) => [r.code!, Number(r.population)])),
    namesEn: new Map(names.map((r) => [r.code!, r.nameEn!])),
    boundaries: new Map(features.map((f) => [f.properties.code, f.geometry])),
  };
}
