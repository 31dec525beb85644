import { NATIONAL, type CityKey } from '@youyu/contracts';

/**
 * The documents the policy library ships. `textFile` names Youyu's own summary of the document in
 * apps/server/data/policy-library/: its facts and figures in our words, never the official sentences
 * (the city plans are reference material). The summary's first line, `source` and that folder's
 * README say so and where the official text is published. Without a text file the library holds the
 * reference only — title, issuer, number — as quoted by the city plans and the national rules
 * (docs/rules.md of the shared project documents), and the page says the text is to be read at the
 * source. A date is given only where the document itself states it.
 */
export type ShippedDocument = {
  shippedKey: string;
  /** Which demo city's library carries it; national documents go into every library. */
  city: CityKey | null;
  title: string;
  issuer: string;
  documentNumber: string | null;
  issuedOn: string | null;
  jurisdictionCode: string;
  tags: string[];
  textFile: string | null;
  source: string | null;
};

const reference = (doc: Omit<ShippedDocument, 'textFile' | 'city' | 'jurisdictionCode'> & Partial<Pick<ShippedDocument, 'city' | 'jurisdictionCode'>>): ShippedDocument => ({
  city: null,
  jurisdictionCode: NATIONAL,
  textFile: null,
  ...doc,
});

export const shippedDocuments: readonly ShippedDocument[] = [
  {
    shippedKey: 'beijing-2023-childcare-system-plan',
    city: 'beijing',
    title: '北京市人民政府办公厅关于印发《北京市托育服务体系建设三年行动方案（2023年—2025年）》的通知',
    issuer: '北京市人民政府办公厅',
    documentNumber: '京政办发〔2023〕6号',
    issuedOn: '2023-03-25',
    jurisdictionCode: '110000',
    tags: ['托育服务体系', '普惠托育', '托位', '发展规划'],
    textFile: 'beijing-2023-childcare-system-plan.txt',
    source: '幼有所育摘要；原文见北京市人民政府网站（首都之窗）',
  },
  {
    shippedKey: 'beijing-2023-childcare-progress-report',
    city: 'beijing',
    title: '关于市十五届人大常委会第四十三次会议对《市人民政府关于本市托育服务体系建设情况的报告》审议意见的研究处理报告',
    issuer: '北京市卫生健康委员会',
    documentNumber: null,
    issuedOn: null,
    jurisdictionCode: '110000',
    tags: ['工作报告', '普惠托育', '监管'],
    textFile: 'beijing-2023-childcare-progress-report.txt',
    source: '幼有所育摘要；原文见北京市人大常委会公报 2023年第7号（北京市人大常委会网站）',
  },
  {
    shippedKey: 'miyun-childcare-plan-draft',
    city: 'beijing',
    title: '密云区婴幼儿照护服务发展的实施方案（征求意见稿）',
    issuer: '北京市密云区人民政府',
    documentNumber: null,
    issuedOn: null,
    jurisdictionCode: '110118',
    tags: ['婴幼儿照护', '科学育儿', '征求意见稿'],
    textFile: 'miyun-childcare-plan-draft.txt',
    source: '幼有所育摘要；征求意见稿，以北京市密云区人民政府网站正式发布的文件为准',
  },
  {
    shippedKey: 'tianjin-14th-five-year-childcare-plan',
    city: 'tianjin',
    title: '天津市托育服务发展“十四五”实施方案',
    issuer: '天津市（发文机关以原文件为准）',
    documentNumber: null,
    issuedOn: null,
    jurisdictionCode: '120000',
    tags: ['十四五', '普惠托育', '托位', '发展规划'],
    textFile: 'tianjin-14th-five-year-childcare-plan.txt',
    source: '幼有所育摘要；原文以天津市人民政府及其有关部门网站发布的为准',
  },
  {
    shippedKey: 'chongqing-2023-childcare-capacity-plan',
    city: 'chongqing',
    title: '重庆市人民政府办公厅关于印发《重庆市3岁以下婴幼儿照护服务能力提升三年行动计划(2023—2025年)》的通知',
    issuer: '重庆市人民政府办公厅',
    documentNumber: '渝府办发〔2023〕77号',
    issuedOn: '2023-10-20',
    jurisdictionCode: '500000',
    tags: ['婴幼儿照护', '普惠托育', '托位', '发展规划'],
    textFile: 'chongqing-2023-childcare-capacity-plan.txt',
    source: '幼有所育摘要；原文见重庆市人民政府网站（索引号 11500000009275780L/2023-00128，发布日期 2023-10-27）',
  },
  reference({ shippedKey: 'beijing-2019-infant-care-opinions', city: 'beijing', jurisdictionCode: '110000', title: '北京市人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见', issuer: '北京市人民政府办公厅', documentNumber: '京政办发〔2019〕26号', issuedOn: null, tags: ['婴幼儿照护'], source: '引自密云区实施方案（征求意见稿）' }),
  reference({ shippedKey: 'tianjin-2020-infant-care-rules', city: 'tianjin', jurisdictionCode: '120000', title: '天津市促进3岁以下婴幼儿照护服务发展实施细则', issuer: '天津市人民政府办公厅', documentNumber: '津政办规〔2020〕17号', issuedOn: null, tags: ['婴幼儿照护'], source: '引自天津市托育服务发展“十四五”实施方案' }),
  reference({ shippedKey: 'national-2019-infant-care-guidance', title: '国务院办公厅关于促进3岁以下婴幼儿照护服务发展的指导意见', issuer: '国务院办公厅', documentNumber: '国办发〔2019〕15号', issuedOn: null, tags: ['婴幼儿照护'], source: '引自天津市托育服务发展“十四五”实施方案' }),
  reference({ shippedKey: 'national-2020-elderly-and-childcare-opinions', title: '国务院办公厅关于促进养老托育服务健康发展的意见', issuer: '国务院办公厅', documentNumber: '国办发〔2020〕52号', issuedOn: null, tags: ['普惠托育'], source: '引自天津市托育服务发展“十四五”实施方案' }),
  reference({ shippedKey: 'national-2019-institution-standards', title: '托育机构设置标准（试行）和托育机构管理规范（试行）', issuer: '国家卫生健康委员会', documentNumber: '国卫人口发〔2019〕58号', issuedOn: null, tags: ['设置标准', '管理规范', '班级规模'], source: null }),
  reference({ shippedKey: 'national-2019-registration-and-filing', title: '托育机构登记和备案办法（试行）', issuer: '国家卫生健康委员会办公厅', documentNumber: '国卫办人口发〔2019〕25号', issuedOn: null, tags: ['备案', '登记'], source: null }),
  reference({ shippedKey: 'national-2010-health-care-measures', title: '托儿所幼儿园卫生保健管理办法', issuer: '卫生部、教育部', documentNumber: '卫生部 教育部令第76号', issuedOn: null, tags: ['卫生保健'], source: null }),
  reference({ shippedKey: 'national-2021-care-guidelines', title: '托育机构保育指导大纲（试行）', issuer: '国家卫生健康委员会', documentNumber: '国卫人口发〔2021〕2号', issuedOn: null, tags: ['保育', '保育指导'], source: '引自北京市托育服务体系建设三年行动方案' }),
  reference({ shippedKey: 'national-2019-inclusive-childcare-action', title: '支持社会力量发展普惠托育服务专项行动实施方案（试行）', issuer: '国家发展改革委', documentNumber: '发改社会〔2019〕1606号', issuedOn: null, tags: ['普惠托育', '补贴'], source: '引自天津市托育服务发展“十四五”实施方案' }),
  reference({ shippedKey: 'national-2021-ageing-and-childcare-projects', title: '“十四五”积极应对人口老龄化工程和托育建设实施方案', issuer: '国家发展改革委', documentNumber: '发改社会〔2021〕895号', issuedOn: null, tags: ['托育建设', '十四五'], source: '引自天津市托育服务发展“十四五”实施方案' }),
  reference({ shippedKey: 'national-2023-quality-assessment-standard', title: '托育机构质量评估标准', issuer: '国家卫生健康委员会', documentNumber: 'WS/T 821—2023', issuedOn: null, tags: ['质量评估', '标准'], source: '推荐性卫生行业标准，2024年4月1日起施行' }),
];
