import type { TFunction } from 'i18next';
import type { RegisterItem } from '@youyu/contracts';
import { formatFen } from '../institutions/institution-labels.ts';

/** "¥2,600–¥4,200／月", one figure when every fee is the same, or a plain "not published". */
export function feeRangeText(range: RegisterItem['feeRange'], t: TFunction, locale: string): string {
  if (!range) return t('register:card.noFee');
  const [min, max] = [formatFen(range.minMonthlyFeeFen, locale), formatFen(range.maxMonthlyFeeFen, locale)];
  return min === max ? t('register:card.feeSingle', { fee: min }) : t('register:card.feeRange', { min, max });
}

/** Yuan without the currency sign, for tables whose header says the unit. */
export function yuan(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(fen / 100);
}
