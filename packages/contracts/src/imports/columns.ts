import type { FilingStatus } from '../institutions/index.ts';
import type { TableColumn } from './tabular.ts';

/**
 * The bulk import's file: one row per institution, its classes in one cell
 * (`name:class type:capacity`, separated by `;`, e.g. `向日葵班:托大班:20; 月亮班:托小班:15`),
 * lists (service modes) separated by `、`, `,` or `;`. Vocabulary cells take the Chinese label or
 * the English code (托大班 / twosClass).
 */
export const institutionImportColumns = [
  { key: 'creditCode', header: '统一社会信用代码', aliases: ['creditCode', 'credit code', '信用代码'], isRequired: true },
  { key: 'name', header: '机构名称', aliases: ['name', '名称'], isRequired: true },
  { key: 'legalNature', header: '法人性质', aliases: ['legalNature', 'legal nature'], isRequired: true },
  { key: 'registrar', header: '登记机关', aliases: ['registrar'], isRequired: true },
  { key: 'registrationDate', header: '登记日期', aliases: ['registrationDate', 'registration date'], isRequired: false },
  { key: 'kind', header: '机构类型', aliases: ['kind', 'type'], isRequired: true },
  { key: 'ownership', header: '举办性质', aliases: ['ownership'], isRequired: true },
  { key: 'isInclusive', header: '普惠', aliases: ['inclusive', 'isInclusive', '是否普惠'], isRequired: true },
  { key: 'brand', header: '品牌', aliases: ['brand', 'chain', '连锁品牌'], isRequired: false },
  { key: 'address', header: '地址', aliases: ['address', '机构地址'], isRequired: true },
  { key: 'lat', header: '纬度', aliases: ['lat', 'latitude'], isRequired: true },
  { key: 'lng', header: '经度', aliases: ['lng', 'lon', 'longitude'], isRequired: true },
  { key: 'subdistrictCode', header: '所属街道代码', aliases: ['subdistrictCode', 'subdistrict code', 'subdistrict', '街道代码'], isRequired: true },
  { key: 'contactName', header: '联系人', aliases: ['contactName', 'contact name'], isRequired: true },
  { key: 'contactPhone', header: '联系电话', aliases: ['contactPhone', 'contact phone', 'phone'], isRequired: true },
  { key: 'openingHours', header: '服务时间', aliases: ['openingHours', 'opening hours'], isRequired: true },
  { key: 'serviceModes', header: '服务形式', aliases: ['serviceModes', 'service modes'], isRequired: true },
  { key: 'premises', header: '场地', aliases: ['premises', 'tenure', '场地性质'], isRequired: true },
  { key: 'leaseEndDate', header: '租赁到期日', aliases: ['leaseEndDate', 'lease end date'], isRequired: false },
  { key: 'floorAreaM2', header: '建筑面积', aliases: ['floorAreaM2', 'floor area', '建筑面积（平方米）'], isRequired: true },
  { key: 'hasMeals', header: '提供膳食', aliases: ['hasMeals', 'meals'], isRequired: true },
  { key: 'classes', header: '班级', aliases: ['classes'], isRequired: true },
  { key: 'filingStatus', header: '备案状态', aliases: ['filingStatus', 'filing status'], isRequired: true },
  { key: 'filingNumber', header: '备案编号', aliases: ['filingNumber', 'filing number'], isRequired: false },
  { key: 'filedAt', header: '备案日期', aliases: ['filedAt', 'filing date', 'filed at'], isRequired: false },
] as const satisfies readonly TableColumn[];

export type InstitutionImportField = (typeof institutionImportColumns)[number]['key'];

/**
 * The filing statuses an import may carry: the end points of a filing's history. A filing still in
 * review is finished in the old system, or filed again in Youyu.
 */
export const importableFilingStatuses = ['registered', 'filed', 'suspended', 'withdrawn'] as const satisfies readonly FilingStatus[];

/** Most rows one import takes; a larger city imports district by district. */
export const MAX_IMPORT_ROWS = 20_000;
