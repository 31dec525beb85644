import { classTypes, type ClassType } from '@youyu/contracts';

/** Whole months from birth to a date (a child born on 15 March is 1 month old on 15 April). */
export function ageInMonths(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0));
}

/**
 * The class types whose age range takes a child of `ageMonths` (托育机构设置标准: 乳儿班 6–12,
 * 托小班 12–24, 托大班 24–36 months, 混龄班 from the profile's minimum age). The ranges are
 * closed at the edges so every child under three has a class type: younger than 6 months counts
 * as the infant class, three and older as the twos class.
 */
export function classTypesForAge(ageMonths: number, mixedMinAgeMonths: number): ClassType[] {
  const fits: Record<ClassType, boolean> = {
    infantClass: ageMonths < 12,
    toddlerClass: ageMonths >= 12 && ageMonths < 24,
    twosClass: ageMonths >= 24,
    mixedClass: ageMonths >= mixedMinAgeMonths,
  };
  return classTypes.filter((type) => fits[type]);
}
