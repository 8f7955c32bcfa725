import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../button/index.tsx';
import styles from './dialog.module.css';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** the buttons, in reading order; the one to focus first carries `autoFocus` */
  actions: ReactNode;
  /** Escape, or the browser closing the dialog */
  onCancel: () => void;
  testId?: string;
}

/**
 * A modal dialog (native <dialog>: the page behind is inert and focus stays inside). It opens when
 * rendered and closes when removed, so the caller renders it only while the question is open.
 */
export function Dialog({ title, children, actions, onCancel, testId }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault(); // the caller removes the dialog, which closes it
        onCancel();
      }}
      data-testid={testId}
    >
      <h2 id={`${id}-title`} className={styles.title}>
        {title}
      </h2>
      <div id={`${id}-body`} className={styles.body}>
        {children}
      </div>
      <div className={styles.actions}>{actions}</div>
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** defaults to "Cancel" */
  cancelLabel?: string;
  /** the action destroys or discards something: the safe answer becomes the primary button */
  isDanger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** A question with two answers. The safe answer (cancel) comes first and has the focus. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  isDanger = false,
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onCancel={onCancel}
      testId={testId}
      actions={
        <>
          <Button variant={isDanger ? 'primary' : 'secondary'} onClick={onCancel} autoFocus>
            {cancelLabel ?? t('ui.cancel')}
          </Button>
          <Button variant={isDanger ? 'danger' : 'primary'} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
