import { Button, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { DeleteOutlined, FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { FilingMaterial } from '@youyu/contracts';
import { materialUrl } from './filings-api.ts';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

type Props = { filingId: string; materials: readonly FilingMaterial[]; onDelete?: (materialId: string) => void; deleting?: boolean };

/** Materials with a preview link each (opens the file in a new tab); deletable while the applicant holds the filing. */
export function MaterialsList({ filingId, materials, onDelete, deleting }: Props) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={[...materials]}
      locale={{ emptyText: t('filings:materials.none') }}
      renderItem={(m) => (
        <List.Item
          actions={
            onDelete
              ? [
                  <Popconfirm key="delete" title={t('filings:materials.deleteConfirm')} onConfirm={() => onDelete(m.id)} okButtonProps={{ loading: deleting }}>
                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('filings:materials.delete')} />
                  </Popconfirm>,
                ]
              : undefined
          }
        >
          <Flex gap={10} align="center" style={{ minWidth: 0 }}>
            {m.contentType === 'application/pdf' ? <FilePdfOutlined style={{ color: '#d4380d', fontSize: 18 }} /> : <FileImageOutlined style={{ color: '#1677ff', fontSize: 18 }} />}
            <Flex vertical style={{ minWidth: 0 }}>
              <a href={materialUrl(filingId, m.id)} target="_blank" rel="noreferrer">
                {m.fileName}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {sizeText(m.sizeBytes)} · {dayjs(m.uploadedAt).format('YYYY-MM-DD HH:mm')}
                {m.uploadedByName ? ` · ${m.uploadedByName}` : ''}
              </Typography.Text>
            </Flex>
            <Tag style={{ marginInlineStart: 'auto' }}>{m.contentType === 'application/pdf' ? 'PDF' : m.contentType === 'image/png' ? 'PNG' : 'JPG'}</Tag>
          </Flex>
        </List.Item>
      )}
    />
  );
}
