import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Where a tracking code is typed in; case and dashes do not matter. */
export function LookupBox({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  return (
    <Input.Search
      value={code}
      onChange={(e) => setCode(e.target.value.toUpperCase())}
      onSearch={(value) => {
        const typed = value.trim();
        if (typed) void navigate(`/cases/${encodeURIComponent(typed)}`);
      }}
      placeholder={t('cases:lookup.placeholder')}
      enterButton={
        <>
          <SearchOutlined /> {t('cases:lookup.button')}
        </>
      }
      size="large"
      maxLength={16}
      aria-label={t('cases:lookup.title')}
      autoCapitalize="characters"
      spellCheck={false}
    />
  );
}
