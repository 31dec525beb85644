import { z } from 'zod';
import { IsoDate, IsoDateTime, Page, paginated } from '../common/index.ts';
import { PhoneNumber } from '../accounts/index.ts';
import { FilingStatus, InstitutionKind, LegalNature, Registrar } from '../institutions/index.ts';
import { CommitMode, RowProblem, type TableColumn } from '../imports/tabular.ts';

/** The business scope a for-profit institution registers (REG-1), and a family point's (家庭托育点管理办法). */
export const FOR_PROFIT_SCOPE = '托育服务（不含幼儿园、托儿所）';
export const FAMILY_POINT_SCOPE = '家庭托育服务';

/** How a registration reached Youyu: a registrar's push, a registrar's uploaded batch, the city's bulk import. */
export const registrationSources = ['push', 'batch', 'import'] as const;
export const RegistrationSource = z.enum(registrationSources);
export type RegistrationSource = z.infer<typeof RegistrationSource>;

/** The facts a registrar holds about an institution it registered (登记). */
export const RegistrationFacts = z.object({
  creditCode: z.string().trim().min(1).max(40).describe('统一社会信用代码, checked by its GB 32100 check character'),
  name: z.string().trim().min(2).max(100),
  legalNature: LegalNature,
  registrar: Registrar.describe('must be the department of the API key'),
  registrationDate: IsoDate,
  businessScope: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .describe(`for-profit institutions must carry “${FOR_PROFIT_SCOPE}”; family points “${FAMILY_POINT_SCOPE}”`),
  address: z.string().trim().min(1).max(200),
  districtCode: z.string().regex(/^\d{6}$/).optional().describe('the district; optional when the subdistrict or a location is given'),
  subdistrictCode: z.string().regex(/^\d{9}$/).optional().describe('the subdistrict (街道/乡镇); required unless lat/lng fall inside a drawn subdistrict'),
  lat: z.number().min(-90).max(90).optional().describe('WGS-84'),
  lng: z.number().min(-180).max(180).optional().describe('WGS-84'),
  kind: InstitutionKind.optional().describe('the kind of institution, if the registrar knows it'),
  contactName: z.string().trim().min(1).max(50).describe('the legal representative or the contact person'),
  contactPhone: PhoneNumber.describe('a mobile number: the invitation to file is sent to it by SMS'),
});
export type RegistrationFacts = z.infer<typeof RegistrationFacts>;

/** A registrar's push: one event about one registration. */
export const RegistrationPush = RegistrationFacts.extend({
  eventId: z.string().trim().min(1).max(100).describe("the registrar's own id of this event; the same event sent again changes nothing"),
  occurredAt: IsoDateTime.describe('when the event happened at the registrar; an event older than the last one applied is not applied'),
})
  .strict()
  .meta({
    id: 'RegistrationPush',
    example: {
      eventId: 'SCJG-2025-000123',
      occurredAt: '2025-03-01T09:30:00+08:00',
      creditCode: '91110105MA01ABCD13',
      name: '北京市朝阳区小太阳托育有限公司',
      legalNature: 'forProfit',
      registrar: 'marketRegulation',
      registrationDate: '2025-02-28',
      businessScope: `${FOR_PROFIT_SCOPE}；婴幼儿照护服务`,
      address: '北京市朝阳区望京街道阜通东大街 1 号',
      subdistrictCode: '110105026',
      contactName: '王芳',
      contactPhone: '13800138000',
    },
  });
export type RegistrationPush = z.infer<typeof RegistrationPush>;

/**
 * `created` (201): a new registration; `updated`: a newer event changed it; `stale`: an event older
 * than the last one applied, recorded and not applied. `isReplay`: this event id was received before,
 * and the answer is the one given then.
 */
export const registrationOutcomes = ['created', 'updated', 'stale'] as const;
export const RegistrationOutcome = z.enum(registrationOutcomes);
export type RegistrationOutcome = z.infer<typeof RegistrationOutcome>;

export const RegistrationPushResult = z
  .object({
    outcome: RegistrationOutcome,
    isReplay: z.boolean(),
    eventId: z.string(),
    registrationId: z.uuid(),
    institutionId: z.uuid(),
    creditCode: z.string(),
    filingStatus: FilingStatus,
    receivedAt: IsoDateTime.describe('when Youyu first received this event'),
  })
  .meta({ id: 'RegistrationPushResult' });
export type RegistrationPushResult = z.infer<typeof RegistrationPushResult>;

/** Filing statuses of an institution not (yet) filed: the health commission's follow-up queue. */
export const notFiledStatuses = ['registered', 'draft', 'submitted', 'underReview', 'returned', 'refused'] as const satisfies readonly FilingStatus[];
export const NotFiledStatus = z.enum(notFiledStatuses);
export type NotFiledStatus = z.infer<typeof NotFiledStatus>;

export const RegistrationQueueQuery = Page.extend({
  q: z.string().trim().min(1).max(100).optional().describe('matches name, credit code or address'),
  district: z.string().regex(/^\d{6}$/).optional(),
  subdistrict: z.string().regex(/^\d{9}$/).optional(),
  registrar: Registrar.optional(),
  kind: InstitutionKind.optional(),
  filingStatus: NotFiledStatus.optional().describe('default: every status short of filed'),
});
export type RegistrationQueueQuery = z.infer<typeof RegistrationQueueQuery>;

export const RegistrationQueueItem = z
  .object({
    institutionId: z.uuid(),
    registrationId: z.uuid().nullable().describe('null for institutions registered before Youyu received registrations'),
    name: z.string(),
    creditCode: z.string(),
    legalNature: LegalNature,
    registrar: Registrar,
    kind: InstitutionKind,
    address: z.string(),
    districtCode: z.string(),
    subdistrictCode: z.string(),
    contactName: z.string(),
    contactPhone: z.string(),
    filingStatus: FilingStatus,
    source: RegistrationSource.nullable(),
    registrationDate: IsoDate.nullable(),
    receivedAt: IsoDateTime.nullable(),
    invitedAt: IsoDateTime.nullable().describe('when the invitation to file was last sent'),
    daysWaiting: z.number().int().nullable().describe('calendar days since the registration date'),
  })
  .meta({ id: 'RegistrationQueueItem' });
export type RegistrationQueueItem = z.infer<typeof RegistrationQueueItem>;
export const RegistrationQueuePage = paginated(RegistrationQueueItem);
export type RegistrationQueuePage = z.infer<typeof RegistrationQueuePage>;

export const InvitationResult = z.object({ invitedAt: IsoDateTime });

/** The columns of a registrar's batch file: the push's fields, one registration per row. */
export const registrationBatchColumns = [
  { key: 'eventId', header: '事件编号', aliases: ['eventId', 'event id', '业务编号'], isRequired: false },
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['creditCode', 'credit code', '信用代码'], isRequired: true },
  { key: 'name', header: '机构名称', aliases: ['name', '名称'], isRequired: true },
  { key: 'legalNature', header: '法人性质', aliases: ['legalNature', 'legal nature'], isRequired: true },
  { key: 'registrar', header: '登记机关', aliases: ['registrar'], isRequired: false },
  { key: 'registrationDate', header: '登记日期', aliases: ['registrationDate', 'registration date', '成立日期'], isRequired: true },
  { key: 'businessScope', header: '业务范围', aliases: ['businessScope', 'business scope', '经营范围'], isRequired: true },
  { key: 'address', header: '地址', aliases: ['address', '住所', '机构地址'], isRequired: true },
  { key: 'districtCode', header: '所属区代码', aliases: ['districtCode', 'district code', 'district'], isRequired: false },
  { key: 'subdistrictCode', header: '所属街道代码', aliases: ['subdistrictCode', 'subdistrict code', 'subdistrict', '街道代码'], isRequired: false },
  { key: 'lat', header: '纬度', aliases: ['lat', 'latitude'], isRequired: false },
  { key: 'lng', header: '经度', aliases: ['lng', 'lon', 'longitude'], isRequired: false },
  { key: 'kind', header: '机构类型', aliases: ['kind', 'type'], isRequired: false },
  { key: 'contactName', header: '联系人', aliases: ['contactName', 'contact name', '法定代表人'], isRequired: true },
  { key: 'contactPhone', header: '联系电话', aliases: ['contactPhone', 'contact phone', 'phone', '手机号'], isRequired: true },
] as const satisfies readonly TableColumn<keyof RegistrationPush>[];

/** `check`: validate only; otherwise write, all rows or none, or the rows that passed. */
export const BatchMode = z.union([z.literal('check'), CommitMode]);
export type BatchMode = z.infer<typeof BatchMode>;
export const BatchUploadQuery = z.object({ mode: BatchMode.default('check') });

export const BatchReport = z
  .object({
    fileName: z.string(),
    mode: BatchMode,
    totalRows: z.number().int(),
    validRows: z.number().int(),
    isWritten: z.boolean().describe('false for a check, and for all-or-nothing when any row failed'),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int().describe('rows already received (same event) or older than the registration they update'),
    problems: z.array(RowProblem),
  })
  .meta({ id: 'RegistrationBatchReport' });
export type BatchReport = z.infer<typeof BatchReport>;
