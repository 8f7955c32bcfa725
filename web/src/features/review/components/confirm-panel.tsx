import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Are you sure?" in the page flow, for an action that cannot be taken back. */
export function ConfirmPanel({ message, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="notice notice--warning" role="alertdialog" aria-labelledby={id} data-testid="confirm-panel">
      <p id={id}>{message}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onConfirm} autoFocus>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('review.comment.cancel')}
        </button>
      </div>
    </div>
  );
}
