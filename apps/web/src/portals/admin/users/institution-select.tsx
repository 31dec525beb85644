import { useState } from 'react';
import { Flex, Select, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { institutionLookupLimit, type InstitutionLookupItem } from '@youyu/contracts';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { useErrorText } from '../../../components/error-text.ts';
import { useInstitutionLookup } from '../../../features/accounts/admin-api.ts';
import { filingStatusColors } from '../../../features/institutions/institution-labels.ts';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

type Props = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Only institutions of this district (or city), e.g. the jurisdiction chosen above. */
  district?: string;
  /** The whole institution picked, for fields that follow from it. */
  onPick?: (institution: InstitutionLookupItem) => void;
  id?: string;
};

/**
 * Picks an institution by typing part of its name: the administrators' way to place an
 * institution account, since they cannot browse the registry. Shows district and filing status so
 * two institutions of one name can be told apart.
 */
export function InstitutionSelect({ value, onChange, district, onPick, id }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim()) || undefined;
  const results = useInstitutionLookup({ q, district });
  const items = results.data?.items ?? [];
  // A value set before any search (the account's current institution) is looked up by its id, to show its name.
  const isListed = !value || items.some((i) => i.id === value);
  const current = useInstitutionLookup({ q: value ?? undefined }, !isListed);
  const chosen = isListed ? undefined : current.data?.items.find((i) => i.id === value);
  const shown = chosen ? [chosen, ...items] : items;

  const empty = results.isFetching ? <Spin size="small" /> : results.isError ? errorText(results.error) : t('admin:users.institutionNoMatch');
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      placeholder={t('admin:users.institutionPlaceholder')}
      filterOption={false}
      onSearch={setText}
      onChange={(picked: string | undefined) => {
        onChange?.(picked ?? null);
        const institution = shown.find((i) => i.id === picked);
        if (institution) onPick?.(institution);
      }}
      onOpenChange={(open) => {
        if (!open) setText('');
      }}
      loading={results.isFetching}
      notFoundContent={empty}
      options={shown.map((i) => ({ value: i.id, label: i.name, institution: i }))}
      optionRender={(option) => <InstitutionOption institution={option.data.institution} />}
      popupRender={(menu) => (
        <>
          {menu}
          {items.length >= institutionLookupLimit ? (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '6px 12px', fontSize: 12 }}>
              {t('admin:users.institutionMore', { count: institutionLookupLimit })}
            </Typography.Text>
          ) : null}
        </>
      )}
      style={{ width: '100%' }}
    />
  );
}

function InstitutionOption({ institution }: { institution: InstitutionLookupItem }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="space-between" gap={8}>
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text ellipsis>{institution.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <JurisdictionName code={institution.districtCode} />
        </Typography.Text>
      </Flex>
      <Tag color={filingStatusColors[institution.filingStatus]} style={{ marginInlineEnd: 0, flex: 'none' }}>
        {t(`institutions:filingStatuses.${institution.filingStatus}`)}
      </Tag>
    </Flex>
  );
}
