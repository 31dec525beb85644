import { useState, type ReactNode } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditChainReport } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { useVerifyAuditChain } from '../../../features/audit/audit-api.ts';

/** Runs the hash-chain check and renders its verdict: intact, or the first entry that was altered. */
export function useChainCheck(): { run: () => void; isPending: boolean; result: ReactNode } {
  const { t } = useTranslation();
  const verify = useVerifyAuditChain();
  const [report, setReport] = useState<AuditChainReport | null>(null);
  const close = () => {
    setReport(null);
    verify.reset();
  };
  let result: ReactNode = null;
  if (verify.isError) result = <div style={{ marginBottom: 16 }}><ErrorState compact error={verify.error} onRetry={() => verify.mutate(undefined, { onSuccess: setReport })} /></div>;
  else if (report?.ok) result = <Alert type="success" showIcon closable onClose={close} style={{ marginBottom: 16 }} message={t('audit:verify.ok', { checked: report.checked })} />;
  else if (report)
    result = (
      <Alert
        type="error"
        showIcon
        closable
        onClose={close}
        style={{ marginBottom: 16 }}
        message={t('audit:verify.broken', { seq: report.firstBadSeq ?? '—', checked: report.checked, reason: report.reason ? t(`audit:verify.reasons.${report.reason}`) : '—' })}
      />
    );
  return { run: () => verify.mutate(undefined, { onSuccess: setReport }), isPending: verify.isPending, result };
}
