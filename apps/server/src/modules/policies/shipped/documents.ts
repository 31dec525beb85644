import type { Document } from './define.ts';

/** The documents shipped values rest on. Second-hand ones are shown as "to confirm". */
export const documents = {
  settingStandard: { document: '托育机构设置标准（试行）（国卫人口发〔2019〕58号）', isSecondHand: true },
  managementNorms: { document: '托育机构管理规范（试行）（国卫人口发〔2019〕58号）' },
  managementNormsSecondHand: { document: '托育机构管理规范（试行）（国卫人口发〔2019〕58号）', isSecondHand: true },
  healthCareRules: { document: '托儿所幼儿园卫生保健管理办法（卫生部、教育部令第76号）' },
  filingRules: { document: '托育机构登记和备案办法（试行）（国卫办人口发〔2019〕25号）', isSecondHand: true },
  familyPointRules: { document: '家庭托育点管理办法（试行）（2023年）' },
  healthEvaluation: { document: '托育机构卫生评价有关通知（2022年）' },
  qualityStandard: { document: 'WS/T 821—2023 托育机构质量评估标准', isSecondHand: true },
  qualityStandardFirstHand: { document: 'WS/T 821—2023 托育机构质量评估标准' },
  directorTrainingOutline: { document: '托育机构负责人培训大纲（试行）' },
  caregiverTrainingOutline: { document: '托育机构保育人员培训大纲（试行）' },
  centralSupport: { document: '支持社会力量发展普惠托育服务专项行动实施方案（试行）（发改社会〔2019〕1606号）', isSecondHand: true },
  methodDefaults: { document: '可达性测算方法默认值' },
  platformDefaults: { document: '幼有所育平台默认值' },
  petitionRules: { document: '信访工作条例（2022年）', isSecondHand: true },
  foodSafetyLaw: { document: '中华人民共和国食品安全法（2021年修正）', isSecondHand: true },
  priceLaw: { document: '中华人民共和国价格法', isSecondHand: true },
  beijingPlan: { document: '北京市托育服务体系建设三年行动方案（2023年—2025年）（京政办发〔2023〕6号）' },
  beijingReport: { document: '北京市卫生健康委员会关于托育服务体系建设审议意见研究处理情况的报告（2023年）' },
  miyunPlan: { document: '密云区婴幼儿照护服务发展的实施方案（征求意见稿）' },
  tianjinPlan: { document: '天津市托育服务发展“十四五”实施方案' },
  chongqingPlan: { document: '重庆市3岁以下婴幼儿照护服务能力提升三年行动计划（2023—2025年）（渝府办发〔2023〕77号）' },
} as const satisfies Record<string, Document>;
