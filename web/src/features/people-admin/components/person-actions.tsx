import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { resendInvitation } from '../api/resend-invitation.ts';
import { updateUser } from '../api/update-user.ts';
import styles from './people.module.css';

export interface ActionResult {
  tone: 'success' | 'error';
  text: string;
}

interface Props {
  person: UserSummary;
  /** an admin manages the account; a lead focal point may only resend an invitation */
  isAdmin: boolean;
  /** the signed-in admin's own row: they cannot deactivate themselves */
  isSelf: boolean;
  onEdit: () => void;
  onResult: (result: ActionResult) => void;
}

/** A row's actions: edit, deactivate or reactivate (asked first, in the row), resend a pending invitation. */
export function PersonActions({ person, isAdmin, isSelf, onEdit, onResult }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [isConfirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const failed = (failure: unknown) =>
    onResult({ tone: 'error', text: isApiError(failure) && failure.status === 0 ? t('errors.network') : t('people.actions.failed', { name: person.name }) });

  async function run(action: () => Promise<ActionResult>) {
    setBusy(true);
    try {
      onResult(await action());
      setConfirming(false);
    } catch (failure) {
      failed(failure);
    } finally {
      setBusy(false);
    }
  }

  const toggle = () =>
    run(async () => {
      await updateUser(person.id, { disabled: !person.disabled });
      return { tone: 'success', text: t(person.disabled ? 'people.actions.reactivated' : 'people.actions.deactivated', { name: person.name }) };
    });
  const resend = () =>
    run(async () => {
      const { invitation } = await resendInvitation(person.id);
      return { tone: 'success', text: t('people.actions.resent', { email: person.email, date: format.dateTime(invitation.expiresAt) }) };
    });

  if (isConfirming) {
    return (
      <div className={styles.confirm}>
        <ConfirmPanel
          message={t(person.disabled ? 'people.actions.confirmReactivate' : 'people.actions.confirmDeactivate', { name: person.name })}
          confirmLabel={t(person.disabled ? 'people.actions.reactivate' : 'people.actions.deactivate')}
          busy={busy}
          onConfirm={() => void toggle()}
          onCancel={() => setConfirming(false)}
        />
      </div>
    );
  }
  return (
    <div className={styles.actions}>
      {isAdmin && (
        <Button size="small" onClick={onEdit} data-action="edit">
          {t('people.actions.edit')}
        </Button>
      )}
      {isAdmin && !isSelf && (
        <Button
          size="small"
          variant={person.disabled ? 'secondary' : 'danger'}
          onClick={() => setConfirming(true)}
          data-action={person.disabled ? 'reactivate' : 'deactivate'}
        >
          {t(person.disabled ? 'people.actions.reactivate' : 'people.actions.deactivate')}
        </Button>
      )}
      {person.status === 'invited' && (
        <Button size="small" disabled={busy} onClick={() => void resend()} data-action="resend">
          {t('people.actions.resend')}
        </Button>
      )}
    </div>
  );
}
