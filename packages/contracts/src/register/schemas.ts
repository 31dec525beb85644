import { z } from 'zod';
import { IsoDate, Page, paginated } from '../common/index.ts';
import { InstitutionPhoto } from './photos.ts';
import { ClassType, Grade, InstitutionKind, LegalNature, Ownership, ServiceMode } from '../institutions/enums.ts';

export * from './child-age.ts';
export * from './photos.ts';
export * from './places.ts';

/**
 * The public register (信息公示): filed institutions only, and nothing about people — no staff or
 * children, no contact person, no ID numbers. Other systems and mini-programs call it, so its
 * fields only ever grow.
 */

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A search circle larger than a city's core is no longer "near"; it also bounds the work per query. */
export const MAX_SEARCH_RADIUS_M = 30_000;
export const MAX_WALK_MINUTES = 60;
const MAX_FEE_YUAN = 1_000_000;

export const registerSorts = ['distance', 'fee', 'rating', 'vacancy'] as const;
export const RegisterSort = z.enum(registerSorts);
export type RegisterSort = z.infer<typeof RegisterSort>;

/** `lat,lng` in decimal degrees, as map links write a point. */
export const LatLng = z
  .string()
  .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: 'lat,lng' })
  .transform((text) => {
    const [lat, lng] = text.split(',').map(Number) as [number, number];
    return { lat, lng };
  })
  .refine((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180, { message: 'lat within ±90, lng within ±180' });

export const RegisterListQuery = Page.extend({
  q: z.string().trim().min(1).max(50).optional().describe('Words of the institution’s name or brand. Chinese text is split into words; every word must appear (阳光 托育 finds 阳光宝贝托育中心).').meta({ examples: ['阳光托育'] }),
  district: z.string().regex(/^\d{6}$/).optional().describe('District code (6 digits), e.g. 110105 for 朝阳区').meta({ examples: ['110105'] }),
  subdistrict: z.string().regex(/^\d{9}$/).optional().describe('Subdistrict (街道/乡镇) code (9 digits)').meta({ examples: ['110105026'] }),
  kind: InstitutionKind.optional().describe('Kind of institution'),
  inclusive: booleanQuery.optional().describe('true: inclusive (普惠) institutions only; false: the others'),
  classType: ClassType.optional().describe('Institutions running at least one class of this type'),
  serviceMode: ServiceMode.optional().describe('Institutions offering this service mode'),
  near: LatLng.optional().describe('Search from this point: `lat,lng` (WGS-84). Items then carry `distanceM`; without `radius` or `walk` the profile’s acceptable distance (`catchment.acceptableDistance`) applies.').meta({ examples: ['39.9963,116.4701'] }),
  radius: z.coerce.number().int().min(1).max(MAX_SEARCH_RADIUS_M).optional().describe(`Straight-line distance from \`near\`, metres (at most ${MAX_SEARCH_RADIUS_M})`).meta({ examples: [1000] }),
  walk: z.coerce.number().int().min(1).max(MAX_WALK_MINUTES).optional().describe('Minutes of walking from `near`, at the city profile’s walking speed (`catchment.walkingSpeed`, metres per minute); `walk=15` is the 15-minute walk').meta({ examples: [15] }),
  childBirthDate: IsoDate.optional().describe('The child’s birth date: only institutions with a class type that takes the child at `startDate` (乳儿班 6–12 months, 托小班 12–24, 托大班 24–36, 混龄班 from the profile’s minimum age)'),
  startDate: IsoDate.optional().describe('When care would start (with `childBirthDate`); today by default'),
  hasVacancy: booleanQuery.optional().describe('true: only institutions with a free place in a class that matches the class filters'),
  feeMin: z.coerce.number().int().min(0).max(MAX_FEE_YUAN).optional().describe('Monthly fee at least this many yuan, for a matching class type and service mode'),
  feeMax: z.coerce.number().int().min(0).max(MAX_FEE_YUAN).optional().describe('Monthly fee at most this many yuan, for a matching class type and service mode'),
  grade: Grade.optional().describe('Quality assessment grade'),
  ownership: Ownership.optional().describe('Ownership model'),
  sort: RegisterSort.optional().describe('`distance` (nearest first; needs `near`; the default with `near`), `fee` (lowest matching fee first), `rating` (highest average rating first; unrated institutions last; equal averages nearest first with `near`, by district without, then by name), `vacancy` (most free places first). Without it and without `near`: by district, then name.'),
});
export type RegisterListQuery = z.infer<typeof RegisterListQuery>;

/** Any text is accepted so that a malformed id is a plain 404, like an unknown one. */
export const RegisterIdParams = z.object({ id: z.string().max(64).describe('The institution’s id (UUID)') });

export const FeeRange = z.object({ minMonthlyFeeFen: z.number().int(), maxMonthlyFeeFen: z.number().int() }).describe('Lowest and highest monthly fee over every class type and service mode, in fen (分)');

export const RegisterRating = z
  .object({
    average: z.number().nullable().describe('Average overall score of its published ratings, 1–5 to two decimals; null while it has none'),
    count: z.number().int().describe('Published ratings'),
  })
  .describe('Families’ ratings (评价) of the institution');
export type RegisterRating = z.infer<typeof RegisterRating>;

export const RegisterItem = z
  .object({
    id: z.uuid(),
    name: z.string(),
    filingNumber: z.string().describe('备案编号'),
    filedOn: IsoDate.describe('Date of filing (Asia/Shanghai)'),
    kind: InstitutionKind,
    ownership: Ownership,
    inclusive: z.boolean().describe('Inclusive (普惠) institution'),
    brand: z.string().nullable().describe('Chain or brand, if any'),
    districtCode: z.string(),
    districtName: z.string(),
    districtNameEn: z.string().nullable(),
    subdistrictCode: z.string(),
    subdistrictName: z.string(),
    subdistrictNameEn: z.string().nullable(),
    address: z.string(),
    lat: z.number().describe('WGS-84 latitude'),
    lng: z.number().describe('WGS-84 longitude'),
    places: z.number().int().describe('Childcare places (托位): the sum of the capacities of its classes'),
    classTypes: z.array(ClassType).describe('Class types it runs'),
    serviceModes: z.array(ServiceMode),
    feeRange: FeeRange.nullable(),
    vacancies: z.number().int().describe('Free places: Σ over its classes (those matching the class filters, when given) of capacity − enrolled children − open offers'),
    distanceM: z.number().int().optional().describe('Straight-line distance from `near`, metres (only with `near`)'),
    rating: RegisterRating,
  })
  .meta({
    id: 'RegisterItem',
    examples: [
      {
        id: '3f1c2a4e-8b1d-4c1e-9a55-0d6f2b7c9e10',
        name: '朝阳区阳光宝贝托育中心',
        filingNumber: '京朝卫托备〔2024〕0012号',
        filedOn: '2024-03-18',
        kind: 'socialCapital',
        ownership: 'privateWithPublicAid',
        inclusive: true,
        brand: '阳光宝贝',
        districtCode: '110105',
        districtName: '朝阳区',
        districtNameEn: 'Chaoyang District',
        subdistrictCode: '110105026',
        subdistrictName: '望京街道',
        subdistrictNameEn: null,
        address: '北京市朝阳区望京西路 48 号',
        lat: 39.9963,
        lng: 116.4701,
        places: 60,
        classTypes: ['toddlerClass', 'twosClass'],
        serviceModes: ['fullDay', 'halfDay'],
        feeRange: { minMonthlyFeeFen: 260000, maxMonthlyFeeFen: 420000 },
        vacancies: 7,
        distanceM: 640,
        rating: { average: 4.6, count: 23 },
      },
    ],
  });
export type RegisterItem = z.infer<typeof RegisterItem>;

export const RegisterPage = paginated(RegisterItem)
  .extend({ radiusM: z.number().int().optional().describe('With `near`: the distance searched, metres (from `radius`, `walk` × the walking speed, or the acceptable distance)') })
  .meta({ id: 'RegisterPage' });
export type RegisterPage = z.infer<typeof RegisterPage>;

/** The most points one markers answer draws. */
export const MAX_MARKERS = 500;

/** The map's points: the register's search, without paging; the first `limit` matches in its order. */
export const RegisterMarkerQuery = RegisterListQuery.omit({ page: true, pageSize: true }).extend({
  limit: z.coerce.number().int().min(1).max(MAX_MARKERS).default(200).describe(`How many of the matches, in the search's order (at most ${MAX_MARKERS})`),
});
export type RegisterMarkerQuery = z.infer<typeof RegisterMarkerQuery>;

export const RegisterMarker = z
  .object({
    id: z.uuid(),
    name: z.string(),
    lat: z.number().describe('WGS-84 latitude'),
    lng: z.number().describe('WGS-84 longitude'),
    inclusive: z.boolean().describe('Inclusive (普惠) institution'),
    vacancies: z.number().int().describe('Free places, as the list counts them'),
    distanceM: z.number().int().optional().describe('Straight-line distance from `near`, metres (only with `near`)'),
  })
  .meta({ id: 'RegisterMarker' });
export type RegisterMarker = z.infer<typeof RegisterMarker>;

export const RegisterMarkers = z
  .object({
    items: z.array(RegisterMarker),
    total: z.number().int().describe('Every match of the search, drawn or not'),
    radiusM: z.number().int().optional().describe('With `near`: the distance searched, metres'),
  })
  .meta({ id: 'RegisterMarkers' });
export type RegisterMarkers = z.infer<typeof RegisterMarkers>;

export const RegisterClass = z.object({ name: z.string(), classType: ClassType, places: z.number().int(), vacancies: z.number().int().describe('Free places in this class') });
export type RegisterClass = z.infer<typeof RegisterClass>;

export const RegisterFee = z.object({ classType: ClassType, serviceMode: ServiceMode, monthlyFeeFen: z.number().int().describe('Monthly fee per child, fen (分)') });
export type RegisterFee = z.infer<typeof RegisterFee>;

export const RegisterDetail = RegisterItem.extend({
  creditCode: z.string().describe('统一社会信用代码'),
  legalNature: LegalNature,
  phone: z.string().describe('The institution’s public telephone'),
  openingHours: z.string(),
  hasMeals: z.boolean().describe('Meals are prepared on the premises'),
  grade: Grade.nullable().describe('Quality assessment grade, where assessed'),
  classes: z.array(RegisterClass),
  fees: z.array(RegisterFee),
  photos: z.array(InstitutionPhoto).describe('Photos the institution published, oldest first'),
}).meta({ id: 'RegisterDetail' });
export type RegisterDetail = z.infer<typeof RegisterDetail>;
