import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Col, Flex, Popconfirm, Result, Row, Steps, Typography } from 'antd';
import { ArrowLeftOutlined, FileSearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { registrars, registrationBatchColumns, type BatchMode, type BatchReport } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { useUploadBatch } from '../../../features/exchange/exchange-api.ts';
import { ColumnGuide } from '../../../features/imports/column-guide.tsx';
import { ProblemsTable } from '../../../features/imports/problems-table.tsx';
import { TableFileField } from '../../../features/imports/table-file-field.tsx';

/**
 * A registrar's batch of registrations (CSV or Excel): checked row by row first, then sent — every
 * row or none, or the rows that passed. Sending the same file twice registers nothing twice.
 */
export function BatchUploadPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const me = useSignedInMe();
  const isRegistrar = (registrars as readonly string[]).includes(me.department ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<BatchReport | null>(null);
  const upload = useUploadBatch(i18n.language);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    upload.reset();
  };
  const send = (mode: BatchMode) => file && upload.mutate({ file, mode }, { onSuccess: setReport });
  const step = !report ? 0 : report.isWritten ? 2 : 1;

  return (
    <>
      <Link to=".." relative="path">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
          {t('exchange:batch.back')}
        </Button>
      </Link>
      <PageHeader title={t('exchange:batch.title')} description={t('exchange:batch.description')} />
      {!isRegistrar ? <Alert type="info" showIcon message={t('exchange:batch.notRegistrar')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={t('exchange:batch.fileTitle')}>
            <Flex vertical gap={16}>
              <TableFileField file={file} onChange={choose} templatePath="/exchange/registration-batches/template" disabled={upload.isPending} />
              <Button type="primary" size="large" icon={<FileSearchOutlined />} disabled={!file || !isRegistrar} loading={upload.isPending && upload.variables?.mode === 'check'} onClick={() => send('check')}>
                {t('exchange:batch.check')}
              </Button>
              <ColumnGuide columns={registrationBatchColumns} describedAt="exchange:columns" />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card>
            <Steps current={step} items={[{ title: t('exchange:batch.steps.choose') }, { title: t('exchange:batch.steps.check') }, { title: t('exchange:batch.steps.send') }]} style={{ marginBottom: 24 }} />
            {upload.isError ? <Alert type="error" showIcon role="alert" message={errorText(upload.error)} style={{ marginBottom: 16 }} /> : null}
            {!report ? (
              <Typography.Paragraph type="secondary">{t('exchange:batch.howTo')}</Typography.Paragraph>
            ) : report.isWritten ? (
              <Flex vertical gap={8}>
                <Result status="success" title={t('exchange:batch.sentTitle')} subTitle={t('exchange:batch.sent', { created: report.created, updated: report.updated, unchanged: report.unchanged })} style={{ paddingTop: 0 }} />
                {report.problems.length > 0 ? (
                  <>
                    <Typography.Text strong>{t('exchange:batch.skipped', { count: report.totalRows - report.validRows })}</Typography.Text>
                    <ProblemsTable problems={report.problems} columns={registrationBatchColumns} />
                  </>
                ) : null}
              </Flex>
            ) : (
              <Flex vertical gap={16}>
                <Alert
                  type={report.problems.length > 0 ? 'warning' : 'success'}
                  showIcon
                  message={t('exchange:batch.summary', { total: report.totalRows, valid: report.validRows, problems: report.problems.length })}
                  description={report.problems.length > 0 ? t('exchange:batch.fixOrSkip') : t('exchange:batch.ready')}
                />
                <Flex gap={8} wrap>
                  <Button type="primary" disabled={report.problems.length > 0} loading={upload.isPending && upload.variables?.mode === 'allOrNothing'} onClick={() => send('allOrNothing')}>
                    {t('exchange:batch.sendAll', { count: report.totalRows })}
                  </Button>
                  {report.problems.length > 0 && report.validRows > 0 ? (
                    <Popconfirm title={t('exchange:batch.confirmValid', { count: report.validRows })} onConfirm={() => send('validRowsOnly')}>
                      <Button loading={upload.isPending && upload.variables?.mode === 'validRowsOnly'}>{t('exchange:batch.sendValid', { count: report.validRows })}</Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
                <ProblemsTable problems={report.problems} columns={registrationBatchColumns} />
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
