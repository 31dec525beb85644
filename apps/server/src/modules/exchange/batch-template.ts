import { FOR_PROFIT_SCOPE, registrationBatchColumns, type TableFormat } from '@youyu/contracts';
import { translate } from '@youyu/i18n';
import type { RequestContext } from '../../platform/http/context.ts';
import { buildTemplate, type TemplateFile } from '../imports/index.ts';

const example = {
  eventId: 'SCJG-2025-000123',
  creditCode: '91110105MA01ABCD13',
  name: '北京市朝阳区小太阳托育有限公司',
  legalNature: '营利性',
  registrar: '市场监管部门',
  registrationDate: '2025-02-28',
  businessScope: `${FOR_PROFIT_SCOPE}；婴幼儿照护服务`,
  address: '北京市朝阳区望京街道阜通东大街 1 号',
  districtCode: '110105',
  subdistrictCode: '110105026',
  lat: '',
  lng: '',
  kind: '社会力量办托育机构',
  contactName: '王芳',
  contactPhone: '13800138000',
};

/** The registrar's batch file, blank but for an example row. */
export function registrationBatchTemplate(ctx: RequestContext, format: TableFormat): Promise<TemplateFile> {
  return buildTemplate(
    { columns: registrationBatchColumns, textColumns: ['eventId', 'creditCode', 'registrationDate', 'districtCode', 'subdistrictCode', 'contactPhone'], examples: [example], describedAt: 'exchange:columns', sheetNameKey: 'exchange:batch.dataSheet' },
    format,
    ctx.locale,
    translate(ctx.locale, 'exchange:batch.templateFileName'),
  );
}
