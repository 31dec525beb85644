import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@youyu/contracts';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12 } as const;

/** Everything the entry records, for the expanded row: ids, digests and the details object. */
export function AuditEntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const hasDetails = Object.keys(entry.details).length > 0;
  return (
    <Descriptions size="small" column={{ xs: 1, lg: 2 }} bordered>
      <Descriptions.Item label={t('audit:columns.entity')}>
        <Typography.Text style={mono} copyable={!!entry.entityId}>
          {[entry.entityType, entry.entityId].filter(Boolean).join(' · ') || '—'}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('audit:columns.jurisdiction')}>
        <JurisdictionName code={entry.jurisdictionCode} />
      </Descriptions.Item>
      <Descriptions.Item label={t('audit:columns.requestId')}>
        <Typography.Text style={mono} copyable={!!entry.requestId}>
          {entry.requestId ?? '—'}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('admin:audit.columns.actorId')}>
        <Typography.Text style={mono}>{entry.actorUserId ?? '—'}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('admin:audit.columns.digestBefore')}>
        <Typography.Text style={mono}>{entry.digestBefore ?? '—'}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('admin:audit.columns.digestAfter')}>
        <Typography.Text style={mono}>{entry.digestAfter ?? '—'}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('audit:columns.details')} span={{ xs: 1, lg: 2 }}>
        {hasDetails ? <pre style={{ ...mono, margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(entry.details, null, 2)}</pre> : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
