import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { clientCodes, isApiError } from '../api/problem.ts';

/** The sentence to show for a failure: the server's translated detail, else the client's own words. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.detail) return error.detail;
    if (error.code === clientCodes.network) return t('common:errors.network');
  }
  return t('common:errors.unexpected');
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => describeError(error, t);
}

export const requestIdOf = (error: unknown): string | null => (isApiError(error) ? error.requestId : null);
