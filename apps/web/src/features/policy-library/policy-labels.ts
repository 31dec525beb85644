import { useTranslation } from 'react-i18next';
import { NATIONAL } from '@youyu/contracts';

type Issued = { jurisdictionCode: string; jurisdictionName: string | null; jurisdictionNameEn: string | null };

/** Where a document was issued, in the reader's language: 国家, 北京市, 朝阳区… */
export function useIssuedIn(): (doc: Issued) => string {
  const { t, i18n } = useTranslation();
  return (doc) => {
    if (doc.jurisdictionCode === NATIONAL) return t('policyLibrary:national');
    const english = i18n.language.startsWith('en') ? doc.jurisdictionNameEn : null;
    return english ?? doc.jurisdictionName ?? doc.jurisdictionCode;
  };
}

/** National documents in the civic colour, local ones in a quieter one. */
export const issuedInColor = (jurisdictionCode: string) => (jurisdictionCode === NATIONAL ? 'red' : 'blue');
