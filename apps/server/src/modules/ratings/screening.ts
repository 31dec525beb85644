import type { ScreeningFlag } from '@youyu/contracts';

/**
 * The automatic screening of a text published under a family's name: personal data (phone and ID
 * numbers, what looks like a person's name) or abusive words hold it for a moderator. It only
 * holds; a person decides. False alarms cost a moderator a click, misses cost someone's privacy.
 */
const MOBILE = /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/;
const ID_NUMBER = /(?<!\d)(\d{17}[\dXx]|\d{15})(?!\d)/;

// The most common surnames (over half of the population): a surname, one or two characters, then
// a title or a word that introduces a name.
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const NAME_WITH_TITLE = new RegExp(`[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}(?:老师|阿姨|园长|保育员|保健医|妈妈|爸爸|宝宝)`);
const NAME_INTRODUCED = new RegExp(`(?:叫|名叫|姓名[:：]?|名字是)\\s*[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}`);

/** A small list: insults that have no place in a public rating, in either language. */
const ABUSIVE = ['傻逼', '煞笔', '傻b', '去死', '混蛋', '王八蛋', '畜生', '贱人', '他妈的', '操你', '狗东西', '脑残', '人渣', 'fuck', 'shit', 'bitch'];

export function screenText(text: string): ScreeningFlag[] {
  const flags: ScreeningFlag[] = [];
  const compact = text.toLowerCase();
  if (MOBILE.test(text) || LANDLINE.test(text)) flags.push('phone');
  if (ID_NUMBER.test(text)) flags.push('idNumber');
  if (NAME_WITH_TITLE.test(text) || NAME_INTRODUCED.test(text)) flags.push('name');
  if (ABUSIVE.some((word) => compact.includes(word))) flags.push('abuse');
  return flags;
}
