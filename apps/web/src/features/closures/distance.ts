import type { TFunction } from 'i18next';

/** 1234 → "1.2 公里"; under a kilometre with one decimal too, so nearby reads as near. */
export const distanceText = (metres: number, t: TFunction) => t('closures:nearby.distanceValue', { km: (metres / 1000).toFixed(1) });
