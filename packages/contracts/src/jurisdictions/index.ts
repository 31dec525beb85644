import { z } from 'zod';
import { JurisdictionCode, JurisdictionLevel, Page, paginated } from '../common/index.ts';
import { Boundary } from './geojson.ts';

export * from './permissions.ts';
export * from './geojson.ts';

/** The cities whose reference data ships with the platform, by the key the configuration uses. */
export const cityCodes = { beijing: '110000', tianjin: '120000', chongqing: '500000' } as const;
export type CityKey = keyof typeof cityCodes;

/** Beijing's functional zones (北京城市总体规划); null outside Beijing. */
export const zoneTypes = ['centralDistrict', 'citySubCentre', 'plainNewTown', 'ecologicalConservation'] as const;
export const ZoneType = z.enum(zoneTypes);
export type ZoneType = z.infer<typeof ZoneType>;

/**
 * Where a figure comes from: the 2020 census, an estimate derived from official figures, a
 * synthetic split made only so that every level has a number, or an administrator's entry.
 */
export const figureSources = ['census2020', 'estimated', 'synthetic', 'manual'] as const;
export const FigureSource = z.enum(figureSources);
export type FigureSource = z.infer<typeof FigureSource>;

/** Fields an administrator may edit; an edited field is kept when reference data is imported again. */
export const editableJurisdictionFields = ['nameZh', 'nameEn', 'population', 'under3Population', 'householdIncomeFen', 'zoneType', 'boundary'] as const;
export const EditableJurisdictionField = z.enum(editableJurisdictionFields);
export type EditableJurisdictionField = z.infer<typeof EditableJurisdictionField>;

const Count = z.number().int().min(0).max(100_000_000);
const Year = z.number().int().min(1950).max(2100);
const SubdistrictCode = z.string().regex(/^\d{9}$/, { message: 'subdistrict code' });
const CommunityCode = z.string().regex(/^\d{12}$/, { message: 'community code' });
const NameZh = z.string().trim().min(1).max(60);
const NameEn = z.string().trim().min(1).max(120);

export const JurisdictionCodeParams = z.object({ code: JurisdictionCode });
export const CityCodeParams = z.object({ cityCode: JurisdictionCode });

/** One node as lists show it. `name` is the Chinese name; `nameEn` is null where none is kept. */
export const JurisdictionSummary = z
  .object({
    code: z.string(),
    parentCode: z.string().nullable(),
    level: JurisdictionLevel,
    name: z.string(),
    nameEn: z.string().nullable(),
    population: z.number().int().nullable(),
    under3Population: z.number().int().nullable(),
    zoneType: ZoneType.nullable(),
  })
  .meta({ id: 'JurisdictionSummary' });
export type JurisdictionSummary = z.infer<typeof JurisdictionSummary>;

export const JurisdictionRef = JurisdictionSummary.pick({ code: true, level: true, name: true, nameEn: true });

export const JurisdictionDetail = JurisdictionSummary.extend({
  populationSource: FigureSource.nullable(),
  populationYear: z.number().int().nullable(),
  under3PopulationSource: FigureSource.nullable(),
  under3PopulationYear: z.number().int().nullable(),
  /** Previous-year per-capita household disposable income, fen per year (the fee-cap basis). */
  householdIncomeFen: z.number().int().nullable(),
  householdIncomeSource: FigureSource.nullable(),
  householdIncomeYear: z.number().int().nullable(),
  boundary: Boundary.nullable(),
  manualFields: z.array(EditableJurisdictionField),
  /** From the city down to the parent, for breadcrumbs. */
  ancestors: z.array(JurisdictionRef),
  /** Direct children, and every descendant by level. */
  counts: z.object({ children: z.number().int(), districts: z.number().int(), subdistricts: z.number().int(), communities: z.number().int() }),
  updatedAt: z.string(),
}).meta({ id: 'JurisdictionDetail' });
export type JurisdictionDetail = z.infer<typeof JurisdictionDetail>;

export const JurisdictionListQuery = Page.extend({
  parent: JurisdictionCode.optional(),
  level: JurisdictionLevel.optional(),
  /** Part of the Chinese name, or the leading digits of a code. */
  q: z.string().trim().min(1).max(60).optional(),
});
export type JurisdictionListQuery = z.infer<typeof JurisdictionListQuery>;
export const JurisdictionList = paginated(JurisdictionSummary);
export type JurisdictionList = z.infer<typeof JurisdictionList>;

/**
 * An administrator's corrections. A changed figure's source becomes `manual`; its year defaults
 * to the current year (populations) or the previous year (income) unless given.
 */
export const UpdateJurisdictionBody = z.strictObject({
  nameZh: NameZh.optional(),
  nameEn: NameEn.nullable().optional(),
  population: Count.optional(),
  populationYear: Year.optional(),
  under3Population: Count.optional(),
  under3PopulationYear: Year.optional(),
  householdIncomeFen: z.number().int().min(0).max(100_000_000).optional(),
  householdIncomeYear: Year.optional(),
  zoneType: ZoneType.nullable().optional(),
  boundary: Boundary.nullable().optional(),
});
export type UpdateJurisdictionBody = z.infer<typeof UpdateJurisdictionBody>;

/** Communities (社区/村) are not in the national list the platform ships; administrators add them. */
export const CreateCommunityBody = z.strictObject({
  parentCode: SubdistrictCode,
  code: CommunityCode,
  nameZh: NameZh,
  nameEn: NameEn.nullable().optional(),
  level: z.literal('community'),
  population: Count.optional(),
  populationYear: Year.optional(),
});
export type CreateCommunityBody = z.infer<typeof CreateCommunityBody>;

export const BoundaryFeatureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }),
        geometry: Boundary,
      }),
    ),
  })
  .meta({ id: 'BoundaryFeatureCollection' });
export type BoundaryFeatureCollection = z.infer<typeof BoundaryFeatureCollection>;
