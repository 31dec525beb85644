import type { ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormProblem, useFormProblem } from './form-problem.tsx';

type Props<V, R> = {
  open: boolean;
  title: string;
  width: number;
  /** The caller's form, so it can watch its own fields. */
  form: FormInstance<V>;
  /** Sends the values (a mutation's `mutate`, or one that maps them to the request body first). */
  mutate: (values: V, callbacks: { onSuccess: (result: R) => void; onError: (error: unknown) => void }) => void;
  pending: boolean;
  initialValues?: Partial<V>;
  onClose: () => void;
  onCreated: (result: R) => void;
  children: ReactNode;
};

/**
 * The administrators' "create" dialog (a user, an API key): a vertical form whose failure shows
 * above the fields, cleared on cancel and reset once the server has created the record. Shared
 * because both dialogs had written the same modal, submit and cancel out in full.
 */
export function CreateFormModal<V, R>({ open, title, width, form, mutate, pending, initialValues, onClose, onCreated, children }: Props<V, R>) {
  const { t } = useTranslation();
  const problem = useFormProblem(form);

  const submit = (values: V) => {
    problem.clear();
    mutate(values, {
      onSuccess: (result) => {
        form.resetFields();
        onCreated(result);
      },
      onError: problem.report,
    });
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common:actions.create')}
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={() => {
        problem.clear();
        onClose();
      }}
      destroyOnHidden
      width={width}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit} preserve={false} initialValues={initialValues}>
        <FormProblem problem={problem.problem} />
        {children}
      </Form>
    </Modal>
  );
}
