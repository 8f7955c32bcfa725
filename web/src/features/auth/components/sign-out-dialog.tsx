import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before a sign-out that would discard edits not yet sent to the server. */
export function SignOutDialog({ count, onConfirm, onCancel }: { count: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="sign-out-title" aria-describedby="sign-out-body" onCancel={onCancel} data-testid="sign-out-dialog">
      <h2 id="sign-out-title">{t('auth.signOutDialog.title')}</h2>
      <p id="sign-out-body">{t('auth.signOutDialog.body', { count })}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onCancel} autoFocus>
          {t('auth.signOutDialog.stay')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('auth.signOutDialog.confirm')}
        </button>
      </div>
    </dialog>
  );
}
