/**
 * Filing numbers from a city's format: {year}, {city} (city code), {district} (district code) and
 * {seq:N} (the sequence, zero-padded to N digits; it grows past N rather than wrap). E.g.
 * 京托备〔{year}〕{district}{seq:4} → 京托备〔2025〕1101050007.
 */
export type NumberPlace = { year: string; cityCode: string; districtCode: string };

const SEQ = /\{seq(?::([1-9]))?\}/;

function renderFixed(format: string, place: NumberPlace): string {
  return format.replaceAll('{year}', place.year).replaceAll('{city}', place.cityCode).replaceAll('{district}', place.districtCode);
}

/** The counter a number draws from: everything but the sequence, so each rendered prefix counts on its own. */
export function numberScope(format: string, place: NumberPlace): string {
  return renderFixed(format, place).replace(SEQ, '#');
}

export function renderFilingNumber(format: string, place: NumberPlace, seq: number): string {
  return renderFixed(format, place).replace(SEQ, (_, width: string | undefined) => String(seq).padStart(Number(width ?? 1), '0'));
}

/** Province-level abbreviations by the first two digits of the code, for the default format. */
const abbreviations: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫',
  '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川', '52': '贵', '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

/** The format a city starts with: its abbreviation, 托备, the year in 〔〕, the district, four digits. */
export function defaultNumberFormat(cityCode: string): string {
  return `${abbreviations[cityCode.slice(0, 2)] ?? ''}托备〔{year}〕{district}{seq:4}`;
}
