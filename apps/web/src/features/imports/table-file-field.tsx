import { Button, Flex, Typography, Upload } from 'antd';
import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { downloadUrl } from './upload-table.ts';

type Props = {
  file: File | null;
  onChange: (file: File | null) => void;
  /** The API path of the template, e.g. /imports/template. */
  templatePath: string;
  disabled?: boolean;
};

/** Picks one CSV or Excel file (nothing is sent until the page says so), beside the template to fill in. */
export function TableFileField({ file, onChange, templatePath, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        disabled={disabled}
        showUploadList={false}
        beforeUpload={(chosen) => {
          onChange(chosen);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">{file ? <FileExcelOutlined /> : <InboxOutlined />}</p>
        <p className="ant-upload-text">{file ? file.name : t('imports:file.choose')}</p>
        <p className="ant-upload-hint">{file ? t('imports:file.size', { size: (file.size / 1024).toFixed(1) }) : t('imports:file.formats')}</p>
      </Upload.Dragger>
      <Flex gap={8} wrap align="center">
        <Typography.Text type="secondary">{t('imports:file.template')}</Typography.Text>
        <Button size="small" icon={<DownloadOutlined />} href={downloadUrl(templatePath, 'xlsx')}>
          Excel
        </Button>
        <Button size="small" icon={<DownloadOutlined />} href={downloadUrl(templatePath, 'csv')}>
          CSV
        </Button>
        {file && !disabled ? (
          <Button size="small" type="link" onClick={() => onChange(null)}>
            {t('imports:file.clear')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
