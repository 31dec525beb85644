import type { TFunction } from 'i18next';
import type { FilingStatus } from '@youyu/contracts';

/** Filing states as tag colours: green once filed, blue in progress, amber when action is needed, red when refused or stopped. */
export const filingStatusColors: Record<FilingStatus, string> = {
  registered: 'default',
  draft: 'default',
  submitted: 'processing',
  underReview: 'processing',
  returned: 'warning',
  filed: 'success',
  refused: 'error',
  suspended: 'error',
  withdrawn: 'default',
};

/** Fees are integer fen; shown as yuan with two decimals in the user's locale. */
export function formatFen(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(fen / 100);
}

/** "62.5%" or "—" when there are no places to divide by. */
export function utilisation(enrolled: number, places: number): string {
  return places > 0 ? `${((enrolled / places) * 100).toFixed(1)}%` : '—';
}

export const yesNo = (t: TFunction, value: boolean) => t(value ? 'common:yes' : 'common:no');
