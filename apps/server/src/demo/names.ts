import type { Random } from './prng.ts';

/**
 * Syllables for plausible, invented Chinese names: surnames weighted by their approximate share
 * of the population (per mille), given-name characters by generation and sex.
 */
const SURNAMES: Record<string, number> = {
  王: 71, 李: 70, 张: 67, 刘: 54, 陈: 45, 杨: 31, 黄: 22, 赵: 22, 吴: 20, 周: 19, 徐: 15, 孙: 15, 马: 13, 朱: 13, 胡: 12, 郭: 12,
  何: 12, 高: 11, 林: 11, 罗: 10, 郑: 10, 梁: 9, 谢: 8, 宋: 8, 唐: 8, 许: 7, 韩: 7, 冯: 7, 邓: 7, 曹: 7, 彭: 6, 曾: 6, 肖: 6,
  田: 6, 董: 5, 袁: 5, 潘: 5, 于: 5, 蒋: 5, 蔡: 5, 余: 5, 杜: 5, 叶: 4, 程: 4, 苏: 4, 魏: 4, 吕: 4, 丁: 4, 任: 4, 沈: 4, 姚: 4,
  卢: 4, 姜: 3, 崔: 3, 钟: 3, 谭: 3, 陆: 3, 汪: 3, 范: 3, 金: 3, 石: 3, 廖: 3, 贾: 3, 夏: 3, 韦: 3, 付: 3, 方: 3, 白: 2, 邹: 2,
  孟: 2, 熊: 2, 秦: 2, 邱: 2, 江: 2, 尹: 2, 薛: 2, 闫: 2, 段: 2, 雷: 2, 侯: 2, 龙: 2, 史: 2, 陶: 2, 黎: 2, 贺: 2, 顾: 2, 毛: 2,
  郝: 2, 龚: 2, 邵: 2, 万: 2, 欧阳: 0.5, 司马: 0.2, 上官: 0.2,
};

const GIVEN = {
  adult: {
    female: [...'芳娜敏静丽艳娟秀霞平桂英华玲红燕婷丹宁晶雪倩琳颖慧莉萍洁梅兰琴云凤霞佳欣月'],
    male: [...'伟强磊军洋勇杰涛明超刚鹏斌辉浩亮飞波宇峰建国志文斌龙海军东林锋'],
  },
  child: {
    female: [...'欣诺依语涵萱思彤晨雨安悦若汐瑶琪妍嘉可心一梓沐芮禾初柠苒'],
    male: [...'子梓一沐宸浩宇轩睿泽奕博俊铭辰景佑言航程皓然煜哲骁'],
  },
};

export type Generation = keyof typeof GIVEN;
export type PersonSex = 'male' | 'female';

export function surname(random: Random): string {
  return random.weighted(SURNAMES);
}

export function personName(random: Random, generation: Generation, sex: PersonSex, familyName: string = surname(random)): string {
  const chars = GIVEN[generation][sex];
  const isDouble = random.chance(generation === 'child' ? 0.85 : 0.65);
  const first = random.pick(chars);
  if (!isDouble) return familyName + first;
  let second = random.pick(chars);
  if (second === first && random.chance(0.7)) second = random.pick(chars);
  return familyName + first + second;
}

export const NAME_WORDS = ['阳光', '彩虹', '星星', '小树', '贝贝', '童心', '蓝天', '小太阳', '启航', '乐享', '向日葵', '橡果', '萌芽', '蒲公英', '小水滴', '和美', '爱心', '欢乐', '小雨点', '七彩', '禾苗', '小橙子', '金色童年', '童趣', '小脚丫', '暖阳', '春苗', '悦童', '小鹿', '云朵', '书香', '晨曦', '芽芽', '小海豚', '百合', '青苹果'];
const BRAND_HEADS = ['小', '爱', '乐', '童', '贝', '悦', '禾', '睿', '优', '恩'];
const BRAND_TAILS = ['橡树', '贝佳', '童年', '之家', '成长', '启蒙', '米粒', '伴成长', '宝贝', '果果', '森林', '星球'];
const ROAD_WORDS = ['建国', '朝阳', '和平', '光华', '友谊', '新华', '解放', '人民', '文化', '长安', '金融', '科技', '幸福', '团结', '胜利', '东风', '育新', '安华', '花园', '民主', '复兴', '振兴', '滨河', '学院', '体育', '春晓', '翠湖', '丰收'];
const ROAD_SUFFIXES = ['路', '街', '大街', '东路', '西路', '南路', '北路', '中路', '大道'];
const COMMUNITY_WORDS = ['幸福', '和平', '花园', '新村', '东湖', '西苑', '南里', '北里', '安苑', '翠微', '紫竹', '望湖', '锦绣', '康乐', '枫林', '春晖', '桃园', '绿洲', '金桥', '明珠'];
const EMPLOYERS = ['人民医院', '中医医院', '妇幼保健院', '大学', '职业技术学院', '科技有限公司', '电子集团', '能源集团', '建设集团', '区机关事务服务中心', '产业园管理委员会', '银行分行'];

/** 朝阳区 → 朝阳, 石柱土家族自治县 → 石柱, 望京街道 → 望京. */
export function shortPlaceName(name: string): string {
  const stripped = name.replace(/(土家族|苗族|自治县|自治|街道|地区|新区|区|县|镇|乡)+$/u, '');
  return stripped.length >= 2 ? stripped : name;
}

export function brandName(random: Random): string {
  return random.pick(BRAND_HEADS) + random.pick(BRAND_TAILS);
}

export function roadAddress(random: Random): string {
  return `${random.pick(ROAD_WORDS)}${random.pick(ROAD_SUFFIXES)}${random.int(1, 199)}号`;
}

export function communityName(random: Random): string {
  return `${random.pick(COMMUNITY_WORDS)}社区`;
}

export function employerName(random: Random, place: string): string {
  const kind = random.pick(EMPLOYERS);
  return kind.endsWith('医院') ? `${place}第${random.pick(['一', '二', '三', '四', '五'])}${kind}` : `${place}${random.pick(NAME_WORDS)}${kind}`;
}
