import { Form } from 'antd';
import { useFormProblem } from './form-problem.tsx';

/**
 * A modal's form that hands its values to the caller's `save` (class, staff member, reasons): on
 * OK the fields are validated and saved, then the modal closes; a failure stays open with the
 * problem shown. Cancelling or closing clears the form and the problem. Written once because the
 * filing modals each carried the same close/submit pair.
 */
export function useModalForm<V>(onClose: () => void, save: (values: V) => Promise<unknown>) {
  const [form] = Form.useForm<V>();
  const { problem, report, clear } = useFormProblem(form);
  const close = () => {
    clear();
    form.resetFields();
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await save(values);
      close();
    } catch (error) {
      report(error);
    }
  };
  return { form, problem, close, submit };
}
