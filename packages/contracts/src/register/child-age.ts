import type { ClassType } from '../institutions/enums.ts';

/**
 * The ages each class type takes, in whole months, from the national class standard (托育机构设置标准
 * art. 19–20; see the glossary): 乳儿班 6–12, 托小班 12–24, 托大班 24–36, 混龄班 from the profile's
 * `classRules.mixedMinAgeMonths` (18 nationally) to 36. Lower bound included, upper excluded.
 * A kindergarten's childcare classes are twos classes only, so they follow from the class type.
 */
export const classTypeAgeMonths: Record<Exclude<ClassType, 'mixedClass'>, readonly [number, number]> = {
  infantClass: [6, 12],
  toddlerClass: [12, 24],
  twosClass: [24, 36],
};
/** Childcare is for children under three. */
export const CHILDCARE_MAX_AGE_MONTHS = 36;

/** Whole months from the birth date to the date (a child born on 15 March is 2 months old on 15 May, not on 14 May). */
export function ageInMonths(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/** The class types that can take a child of this age (in months); none below 6 months or from 3 years. */
export function classTypesForAge(months: number, mixedMinAgeMonths: number): ClassType[] {
  const types = (Object.entries(classTypeAgeMonths) as [ClassType, readonly [number, number]][]).filter(([, [from, to]]) => months >= from && months < to).map(([type]) => type);
  if (months >= mixedMinAgeMonths && months < CHILDCARE_MAX_AGE_MONTHS) types.push('mixedClass');
  return types;
}
