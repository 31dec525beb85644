import { Flex, Grid, Select, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyLibraryFacets } from '@youyu/contracts';
import { useIssuedIn } from './policy-labels.ts';

type Props = {
  facets: PolicyLibraryFacets | undefined;
  jurisdiction: string | undefined;
  tag: string | undefined;
  onChange: (patch: { jurisdiction?: string; tag?: string }) => void;
};

/** Where a document was issued (a select) and its topic (chips that scroll sideways on a phone). */
export function PolicyFilters({ facets, jurisdiction, tag, onChange }: Props) {
  const { t } = useTranslation();
  const issuedIn = useIssuedIn();
  const isPhone = Grid.useBreakpoint().md === false;
  if (!facets) return <Skeleton.Input active size="small" style={{ width: 240 }} />;
  return (
    <Flex gap={12} align={isPhone ? 'center' : 'flex-start'} wrap={false} style={{ minWidth: 0 }}>
      <Select
        value={jurisdiction ?? ''}
        onChange={(value: string) => onChange({ jurisdiction: value || undefined })}
        aria-label={t('policyLibrary:filters.jurisdiction')}
        popupMatchSelectWidth={false}
        style={{ minWidth: 112, flexShrink: 0 }}
        options={[
          { value: '', label: t('policyLibrary:filters.allJurisdictions') },
          ...facets.jurisdictions.map((j) => ({ value: j.code, label: `${issuedIn({ jurisdictionCode: j.code, jurisdictionName: j.name, jurisdictionNameEn: j.nameEn })} (${j.count})` })),
        ]}
      />
      <Flex gap={6} wrap={!isPhone} role="group" aria-label={t('policyLibrary:filters.tag')} style={isPhone ? { overflowX: 'auto', paddingBottom: 2, minWidth: 0, scrollbarWidth: 'none' } : { paddingTop: 4 }}>
        <Tag.CheckableTag checked={!tag} onChange={() => onChange({ tag: undefined })} style={{ flexShrink: 0, padding: '2px 10px' }}>
          {t('policyLibrary:filters.allTags')}
        </Tag.CheckableTag>
        {facets.tags.map((f) => (
          <Tag.CheckableTag key={f.tag} checked={tag === f.tag} onChange={(checked) => onChange({ tag: checked ? f.tag : undefined })} style={{ flexShrink: 0, padding: '2px 10px' }}>
            {f.tag}
          </Tag.CheckableTag>
        ))}
      </Flex>
    </Flex>
  );
}
