import type { RegisterItem } from '@youyu/contracts';

/** "朝阳区 · 望京街道", in English where English names are kept. */
export function areaOf(item: Pick<RegisterItem, 'districtName' | 'districtNameEn' | 'subdistrictName' | 'subdistrictNameEn'>, language: string): string {
  const english = language.startsWith('en');
  const district = english && item.districtNameEn ? item.districtNameEn : item.districtName;
  const subdistrict = english && item.subdistrictNameEn ? item.subdistrictNameEn : item.subdistrictName;
  return `${district} · ${subdistrict}`;
}
