import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../button/index.tsx';
import { Notice } from '../notice/index.tsx';
import styles from './confirm-panel.module.css';

interface Props {
  /** the question: "Submit now? You cannot change the answers afterwards." */
  message: string;
  confirmLabel: string;
  /** defaults to "Cancel" */
  cancelLabel?: string;
  /** the action is under way: the confirm button is disabled */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/**
 * "Are you sure?" in the page flow, below the button that asked, for an action that cannot be
 * taken back. The confirm button takes the focus, so Enter confirms and Tab reaches Cancel.
 */
export function ConfirmPanel({ message, confirmLabel, cancelLabel, busy = false, onConfirm, onCancel, testId = 'confirm-panel' }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Notice tone="warning" role="alertdialog" aria-labelledby={id} data-testid={testId}>
      <p id={id}>{message}</p>
      <div className={styles.actions}>
        <Button variant="primary" disabled={busy} onClick={onConfirm} autoFocus>
          {confirmLabel}
        </Button>
        <Button onClick={onCancel}>{cancelLabel ?? t('ui.cancel')}</Button>
      </div>
    </Notice>
  );
}
