import { useState } from 'react';
import { Alert, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, type FieldErrorGroup } from '../api/form-errors.ts';
import { requestIdOf, useErrorText } from './error-text.ts';
import { isApiError } from '../api/problem.ts';

type Problem = { error: unknown; unmatched: FieldErrorGroup[] };

/**
 * A form's failed submission: field errors go onto their fields, the rest (and the summary) into
 * an alert above the buttons.
 */
export function useFormProblem(form: FormInstance) {
  const [problem, setProblem] = useState<Problem | null>(null);
  return {
    problem,
    report: (error: unknown) => setProblem({ error, unmatched: applyFieldErrors(form, error) }),
    clear: () => setProblem(null),
  };
}

export function FormProblem({ problem, type = 'error' }: { problem: Problem | null; type?: 'error' | 'warning' }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!problem) return null;
  const requestId = isApiError(problem.error) && problem.error.status >= 500 ? requestIdOf(problem.error) : null;
  const details = [...problem.unmatched.flatMap((g) => g.errors), ...(requestId ? [t('common:states.requestId', { requestId })] : [])];
  return (
    <Alert
      type={type}
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={errorText(problem.error)}
      description={details.length ? details.map((line) => <div key={line}>{line}</div>) : undefined}
    />
  );
}
