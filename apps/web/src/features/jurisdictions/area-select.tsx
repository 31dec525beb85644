import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName, useChildJurisdictions } from './jurisdictions.ts';

/*
 * The area filter of the regulators' lists (filing queue, registrations): one level below the
 * user's own jurisdiction, so districts for a city and subdistricts for a district.
 */

/** A city's code ends in 0000; a district's does not. */
export const isCityCode = (code: string | null | undefined) => (code ?? '').endsWith('0000');

/** The list query for the chosen area: `district` under a city, `subdistrict` under a district; nothing when none is chosen. */
export function areaQuery(area: string | undefined, parentCode: string | null | undefined): { district?: string; subdistrict?: string } {
  if (!area) return {};
  return isCityCode(parentCode) ? { district: area } : { subdistrict: area };
}

type Props = { parentCode: string | null | undefined; value: string | undefined; onChange: (area: string | undefined) => void; placeholder: string; width: number };

/** Picks one of the areas directly below `parentCode`, searchable by name. */
export function AreaSelect({ parentCode, value, onChange, placeholder, width }: Props) {
  const { i18n } = useTranslation();
  const areas = useChildJurisdictions(parentCode);
  return (
    <Select
      value={value}
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder={placeholder}
      onChange={(area?: string) => onChange(area)}
      options={(areas.data ?? []).map((a) => ({ value: a.code, label: localName(a, i18n.language) }))}
      style={{ width }}
    />
  );
}
