import type { PolicyBasis } from '@youyu/contracts';
import { translate, type Locale } from '@youyu/i18n';
import type { RuleViolation } from './filing-class-rules.ts';

/** "托育机构设置标准（试行） 第19—20条（待核实）": the document, the article, and whether it is second-hand. */
export function formatBasis(locale: Locale, basis: PolicyBasis | null): string {
  if (!basis) return translate(locale, 'filings:basis.unknown');
  const text = basis.article ? `${basis.document} ${basis.article}` : basis.document;
  return basis.isSecondHand ? `${text}${translate(locale, 'filings:basis.secondHand')}` : text;
}

/** The values a violation's message (`filings:errors.<code>`) is filled with, in the caller's language. */
export function violationParams(locale: Locale, v: RuleViolation): Record<string, string | number> {
  const classTypeName = 'classType' in v ? translate(locale, `institutions:classTypes.${v.classType}`) : '';
  switch (v.code) {
    case 'CLASS_TOO_LARGE':
      return { className: v.className, classTypeName, capacity: v.capacity, max: v.rule.value, basis: formatBasis(locale, v.rule.basis) };
    case 'FAMILY_POINT_TOO_MANY_CHILDREN':
      return { places: v.places, max: v.rule.value, basis: formatBasis(locale, v.rule.basis) };
    case 'KINDERGARTEN_TWOS_ONLY':
      return { className: v.className, classTypeName };
    case 'CLASS_RATIO_NOT_MET':
      return { className: v.className, classTypeName, capacity: v.capacity, caregivers: v.caregivers, required: v.required, ratio: `1:${v.rule.value}`, basis: formatBasis(locale, v.rule.basis) };
    case 'FAMILY_POINT_RATIO_NOT_MET':
      return { places: v.places, carers: v.carers, required: v.required, ratio: `1:${v.rule.value}`, basis: formatBasis(locale, v.rule.basis) };
  }
}

export function violationMessage(locale: Locale, v: RuleViolation): string {
  return translate(locale, `filings:errors.${v.code}`, violationParams(locale, v));
}
