import type { CityKey, FilingStatus, InstitutionKind, Ownership } from '@youyu/contracts';

/** The cities the demo can build, keyed as the jurisdictions module keys them. */
export type DemoCity = CityKey;
export const demoCities = ['beijing', 'tianjin', 'chongqing'] as const satisfies readonly DemoCity[];

/** How one kind of institution looks in a city: its share of institutions, size and ownership. */
export type KindPlan = {
  /** Share of the city's institutions. */
  share: number;
  /** Mean places per institution before calibration to the city's total. */
  meanPlaces: number;
  ownership: Partial<Record<Ownership, number>>;
  /** Chance that a non-public institution of this kind is inclusive (public ones always are). */
  inclusiveChance: number;
};

/**
 * The shape of each demo city. Totals are anchored on published figures; every share is an
 * assumption for a plausible demo, documented in docs/DEMO.md. Change both together.
 */
export type CityPlan = {
  city: DemoCity;
  cityCode: string;
  /** The province-level abbreviation used in filing numbers (京, 津, 渝). */
  abbreviation: string;
  institutions: number;
  places: number;
  /** Mean enrolled / places (托位使用率). */
  utilisation: number;
  /** Share of caregivers holding a certificate (持证上岗率). */
  certifiedCaregivers: number;
  kinds: Record<InstitutionKind, KindPlan>;
  filing: Partial<Record<FilingStatus, number>>;
  /** Market full-day monthly fee of a twos class in a typical district, fen. */
  marketFeeFen: number;
  /** The district, subdistrict and slugs used by the demo accounts. */
  demo: { districtCode: string; districtSlug: string; subdistrictCode: string; subdistrictSlug: string };
  /** Approximate centres (lat, lng) of districts whose shipped boundary is empty. */
  centresWithoutBoundary?: Record<string, [number, number]>;
};

// Beijing end-2022 (Beijing health commission report 2023): 600 institutions, 33,307 places;
// 91 kindergartens ran 184 childcare classes with 3,000 places; employers' points are a few dozen.
const beijingKinds: Record<InstitutionKind, KindPlan> = {
  kindergartenClass: { share: 0.152, meanPlaces: 33, ownership: { public: 0.75, private: 0.25 }, inclusiveChance: 0.5 },
  communityPoint: { share: 0.1, meanPlaces: 40, ownership: { public: 0.3, publicBuiltPrivateRun: 0.5, privateWithPublicAid: 0.2 }, inclusiveChance: 0.85 },
  employerPoint: { share: 0.05, meanPlaces: 40, ownership: { public: 0.4, publicBuiltPrivateRun: 0.2, privateWithPublicAid: 0.1, private: 0.3 }, inclusiveChance: 0.5 },
  socialCapital: { share: 0.652, meanPlaces: 66, ownership: { private: 0.85, privateWithPublicAid: 0.1, publicBuiltPrivateRun: 0.05 }, inclusiveChance: 0.18 },
  familyPoint: { share: 0.033, meanPlaces: 5, ownership: { private: 1 }, inclusiveChance: 0.1 },
  districtCentre: { share: 0.013, meanPlaces: 80, ownership: { public: 0.6, publicBuiltPrivateRun: 0.4 }, inclusiveChance: 1 },
};

export const cityPlans: Readonly<Record<DemoCity, CityPlan>> = {
  beijing: {
    city: 'beijing',
    cityCode: '110000',
    abbreviation: '京',
    institutions: 600,
    places: 33_307,
    utilisation: 0.5,
    certifiedCaregivers: 0.88,
    kinds: beijingKinds,
    filing: { filed: 0.8, registered: 0.12, submitted: 0.03, underReview: 0.02, returned: 0.01, draft: 0.01, suspended: 0.01 },
    marketFeeFen: 750_000,
    demo: { districtCode: '110105', districtSlug: 'chaoyang', subdistrictCode: '110105026', subdistrictSlug: 'wangjing' },
  },
  // Tianjin publishes no 2022 baseline in the plans: 2.0 places per 1,000 of its 13,866,009
  // census residents is assumed (between Beijing's 1.52 and Chongqing's 2.02).
  tianjin: {
    city: 'tianjin',
    cityCode: '120000',
    abbreviation: '津',
    institutions: 500,
    places: 27_730,
    utilisation: 0.48,
    certifiedCaregivers: 0.85,
    kinds: beijingKinds,
    filing: { filed: 0.78, registered: 0.14, submitted: 0.03, underReview: 0.02, returned: 0.01, draft: 0.01, suspended: 0.01 },
    marketFeeFen: 450_000,
    demo: { districtCode: '120101', districtSlug: 'heping', subdistrictCode: '120101002', subdistrictSlug: 'xiaobailou' },
    // 蓟州区's geometry in the boundary file is empty: its seat, 蓟州城区.
    centresWithoutBoundary: { '120119': [40.045, 117.408] },
  },
  // Chongqing 2022 (渝府办发〔2023〕77号): 2.02 places per 1,000 residents → 64,750 places for its
  // 32,054,159 census residents; inclusive places 10 %, utilisation 35.9 %, certified caregivers 25 %
  // (the demo uses 60 %, the city's progress towards its > 90 % target).
  chongqing: {
    city: 'chongqing',
    cityCode: '500000',
    abbreviation: '渝',
    institutions: 1_400,
    places: 64_750,
    utilisation: 0.359,
    certifiedCaregivers: 0.6,
    kinds: {
      kindergartenClass: { share: 0.2, meanPlaces: 30, ownership: { public: 0.35, private: 0.65 }, inclusiveChance: 0.05 },
      communityPoint: { share: 0.06, meanPlaces: 35, ownership: { public: 0.2, publicBuiltPrivateRun: 0.4, privateWithPublicAid: 0.1, private: 0.3 }, inclusiveChance: 0.3 },
      employerPoint: { share: 0.03, meanPlaces: 35, ownership: { public: 0.3, private: 0.7 }, inclusiveChance: 0.2 },
      socialCapital: { share: 0.66, meanPlaces: 52, ownership: { private: 0.95, privateWithPublicAid: 0.05 }, inclusiveChance: 0.01 },
      familyPoint: { share: 0.04, meanPlaces: 5, ownership: { private: 1 }, inclusiveChance: 0.02 },
      districtCentre: { share: 0.01, meanPlaces: 70, ownership: { public: 0.7, publicBuiltPrivateRun: 0.3 }, inclusiveChance: 1 },
    },
    filing: { filed: 0.7, registered: 0.2, submitted: 0.04, underReview: 0.03, returned: 0.01, draft: 0.01, suspended: 0.01 },
    marketFeeFen: 320_000,
    demo: { districtCode: '500103', districtSlug: 'yuzhong', subdistrictCode: '500103003', subdistrictSlug: 'jiefangbei' },
  },
};

/** The fixed "today" of the demo city: every date in it is counted from here, never from the clock. */
export const REFERENCE_DATE = '2025-06-30';
