import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicySearchPage } from '@youyu/contracts';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createUserForTest, signInAs, type SignedInTestUser } from '../../../test/sign-in.ts';
import { importJurisdictions } from '../jurisdictions/index.ts';
import { installShippedPolicyDocuments } from './index.ts';

/**
 * Chinese search relevance on a small library: for questions people ask, the document that
 * answers them comes first. The texts are short paraphrases written for the test; the last tests
 * add the shipped documents (Youyu's summaries of the city plans) and ask what only their bodies answer.
 */
const library = {
  filing: { title: '托育机构登记和备案办法', issuer: '测试市卫生健康委员会', documentNumber: '测卫发〔2019〕25号', jurisdictionCode: 'national', tags: ['备案', '登记'], body: '举办托育机构，应当向机构所在地县级卫生健康部门备案，提交营业执照或登记证书、场地证明、消防安全证明、托幼机构卫生评价报告和工作人员资格证明等材料。材料齐全的，出具备案回执。' },
  subsidy: { title: '关于印发普惠托育服务运营补贴实施办法的通知', issuer: '测试市财政局', documentNumber: '测财社〔2024〕8号', jurisdictionCode: '110000', tags: ['普惠托育', '补贴'], body: '对纳入普惠托育服务的机构，按照实际收托婴幼儿人数给予运营补贴，乳儿班、托小班、托大班补贴标准不同。补贴资金按季度拨付。' },
  familyPoint: { title: '家庭托育点管理办法（试行）', issuer: '测试市卫生健康委员会', documentNumber: null, jurisdictionCode: 'national', tags: ['家庭托育'], body: '家庭托育点收托人数不得超过5人，每名照护人员最多看护3名婴幼儿。照护人员应当具有保育师或育婴员资格。请问怎么样办理？应向所在地乡镇（街道）登记。' },
  plan: { title: '托育服务体系建设三年行动方案', issuer: '测试市人民政府办公厅', documentNumber: '测政办发〔2023〕6号', jurisdictionCode: '110000', tags: ['发展规划', '托位'], body: '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，其中普惠托位占比不少于60%。完善托育服务体系，扩大托育服务供给，加强托育服务监管，推动托育服务高质量发展。' },
  guidelines: { title: '托育机构保育指导大纲（试行）', issuer: '测试市卫生健康委员会', documentNumber: '测卫发〔2021〕2号', jurisdictionCode: 'national', tags: ['保育'], body: '托育机构应当做好晨午检和全日健康观察，合理安排婴幼儿饮食、睡眠、盥洗等生活照料，每日户外活动不少于2小时。' },
  workforce: { title: '朝阳区托育从业人员职业技能培训方案', issuer: '北京市朝阳区人力资源和社会保障局', documentNumber: null, jurisdictionCode: '110105', tags: ['人才队伍', '培训'], body: '组织保育师、育婴员参加职业技能培训，托育机构负责人培训不少于60学时，保育人员培训不少于120学时，培训合格的给予补贴。' },
};
type Key = keyof typeof library;

describe('policy search relevance', () => {
  let t: TestApp;
  let city: SignedInTestUser;
  const ids = {} as Record<Key, string>;
  const keyOf = (id: string) => (Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id) as Key;
  const search = async (query: string): Promise<PolicySearchPage> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/policies?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const ranking = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).items.map((i) => keyOf(i.id));

  beforeAll(async () => {
    t = await buildTestApp();
    await importJurisdictions(t.database.db, 'beijing');
    city = await signInAs(t.app, await createUserForTest(t.database, { role: 'regulator', jurisdictionCode: '110000' }));
    for (const [key, doc] of Object.entries(library) as [Key, (typeof library)[Key]][]) {
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/policy-library/documents', headers: city.headers, payload: { ...doc, issuedOn: `20${doc.documentNumber?.match(/〔20(\d\d)〕/)?.[1] ?? '20'}-06-01` } });
      expect(created.statusCode, created.body).toBe(201);
      ids[key] = created.json().id;
      const published = await t.app.inject({ method: 'POST', url: `/api/v1/policy-library/documents/${ids[key]}/publish`, headers: city.headers, payload: { revision: 1 } });
      expect(published.statusCode, published.body).toBe(200);
    }
  }, 60_000);
  afterAll(() => t?.close());

  it.each<[string, Key]>([
    ['托育机构备案需要哪些材料', 'filing'],
    ['备案回执', 'filing'],
    ['普惠托育补贴', 'subsidy'],
    ['运营补贴怎么拨付', 'subsidy'],
    ['家庭托育点最多收几个孩子', 'familyPoint'],
    ['保育师培训学时', 'workforce'],
    ['每千人口托位数', 'plan'],
    ['托育服务体系', 'plan'],
    ['晨午检', 'guidelines'],
    ['户外活动时间', 'guidelines'],
    ['测政办发〔2023〕6号', 'plan'],
    ['测政办发[2023]6号', 'plan'],
  ])('%s → %s first', async (q, expected) => {
    const [first] = await ranking(q);
    expect(first).toBe(expected);
  });

  it('finds a phrase of words too common to search for, as text', async () => {
    expect(await ranking('怎么样')).toEqual(['familyPoint']);
  });

  it('lists everything newest first without a query, and nothing for words no document holds', async () => {
    const all = await search('');
    expect(all.total).toBe(6);
    const dates = all.items.map((i) => i.issuedOn!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(all.terms).toEqual([]);
    expect((await search(`q=${encodeURIComponent('量子计算')}`)).total).toBe(0);
  });

  it('marks the words found in the title and in a passage of the text', async () => {
    const page = await search(`q=${encodeURIComponent('普惠托育补贴')}`);
    expect(page.terms).toEqual(['普惠', '托育', '补贴']);
    const [hit] = page.items;
    expect(hit!.titleSegments.map((s) => s.text).join('')).toBe(library.subsidy.title);
    expect(hit!.titleSegments.filter((s) => s.isHit).map((s) => s.text)).toEqual(['普惠托育', '补贴']);
    expect(hit!.snippet.some((s) => s.isHit && s.text === '补贴')).toBe(true);
    expect(hit!.hasText).toBe(true);
  });

  it('filters by jurisdiction and topic, with counts for the filters', async () => {
    const national = await search('jurisdiction=national');
    expect(national.items.map((i) => keyOf(i.id)).sort()).toEqual(['familyPoint', 'filing', 'guidelines']);
    const chaoyang = await search(`jurisdiction=110105&q=${encodeURIComponent('培训')}`);
    expect(chaoyang.items.map((i) => keyOf(i.id))).toEqual(['workforce']);
    expect(chaoyang.items[0]).toMatchObject({ jurisdictionName: '朝阳区', jurisdictionNameEn: expect.any(String) });
    const tagged = await search(`tag=${encodeURIComponent('补贴')}&q=${encodeURIComponent('托育')}`);
    expect(tagged.items.map((i) => keyOf(i.id))).toEqual(['subsidy']);
    const paged = await search('pageSize=4&page=2');
    expect(paged).toMatchObject({ total: 6 });
    expect(paged.items).toHaveLength(2);

    const facets = (await t.app.inject({ method: 'GET', url: '/api/v1/public/policies/facets' })).json();
    expect(facets.jurisdictions.map((j: { code: string; count: number }) => [j.code, j.count])).toEqual([
      ['national', 3],
      ['110000', 2],
      ['110105', 1],
    ]);
    expect(facets.tags).toContainEqual({ tag: '补贴', count: 1 });
  });

  it('ranks the real city plans for realistic questions', async () => {
    for (const city of ['beijing', 'tianjin', 'chongqing'] as const) await installShippedPolicyDocuments(t.database.db, city);
    const firstFor = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).items[0]!.title;
    expect(await firstFor('京政办发〔2023〕6号')).toContain('北京市托育服务体系建设三年行动方案');
    expect(await firstFor('北京 托育服务体系 三年行动')).toContain('北京市托育服务体系建设三年行动方案');
    expect(await firstFor('密云 婴幼儿照护 征求意见')).toContain('密云区');
    expect(await firstFor('人大常委会 审议意见 研究处理')).toContain('审议意见的研究处理报告');
    expect(await firstFor('托育机构设置标准')).toContain('托育机构设置标准');
  });

  // Questions answered only by the body of one summary, while several documents hold some of their words.
  it.each<[string, string]>([
    ['新增普惠托位', '北京市托育服务体系建设三年行动方案'],
    ['生态涵养区 普惠托育覆盖', '北京市托育服务体系建设三年行动方案'],
    ['千人口托位数 2022年底', '审议意见的研究处理报告'],
    ['公办托育收费上限', '审议意见的研究处理报告'],
    ['托育机构减免租金', '审议意见的研究处理报告'],
    ['保育师 取证人数', '审议意见的研究处理报告'],
    ['监控录像保存多少天', '密云区'],
    ['虐童 终身禁入', '密云区'],
    ['社区托育服务覆盖率', '天津市托育服务发展'],
    ['吹哨报到', '天津市托育服务发展'],
    ['托大班 每生每年 运营补贴', '重庆市3岁以下婴幼儿照护服务能力提升'],
    ['托位使用率', '重庆市3岁以下婴幼儿照护服务能力提升'],
    ['住房公积金 二孩', '重庆市3岁以下婴幼儿照护服务能力提升'],
  ])('the summaries: %s → %s first', async (q, expected) => {
    const page = await search(`q=${encodeURIComponent(q)}`);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items[0]!.title).toContain(expected);
  });

  it('shows the passage of a summary that holds the figure asked for', async () => {
    const [hit] = (await search(`q=${encodeURIComponent('托大班 每生每年 运营补贴')}`)).items;
    const passage = hit!.snippet.map((s) => s.text).join('');
    expect(passage).toContain('700元');
    const marked = hit!.snippet.filter((s) => s.isHit).map((s) => s.text);
    expect(marked).toContain('托大班');
    expect(marked.some((text) => text.includes('运营补贴'))).toBe(true);
  });
});
