import { useState, type ReactNode } from 'react';
import { Alert, Button, Checkbox, Flex, Modal } from 'antd';

type Props = {
  open: boolean;
  title: ReactNode;
  /** Why this cannot be shown again. */
  warning: ReactNode;
  /** What the user confirms before the dialog may close. */
  confirmLabel: ReactNode;
  doneLabel: ReactNode;
  width?: number;
  onClose: () => void;
  /** The secret itself, and how to use it. */
  children: ReactNode;
};

/**
 * A secret shown exactly once, the server keeping only its hash: the dialog closes only through
 * its button, and only after the user confirms having noted or passed the secret on.
 */
export function ShownOnceModal({ open, title, warning, confirmLabel, doneLabel, width, onClose, children }: Props) {
  const [noted, setNoted] = useState(false);
  const close = () => {
    setNoted(false);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      width={width}
      footer={
        <Button type="primary" disabled={!noted} onClick={close}>
          {doneLabel}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="warning" showIcon message={warning} />
        {children}
        <Checkbox checked={noted} onChange={(e) => setNoted(e.target.checked)}>
          {confirmLabel}
        </Checkbox>
      </Flex>
    </Modal>
  );
}
