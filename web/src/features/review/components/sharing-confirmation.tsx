import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { confirmEvidenceSharing } from '../api/confirm-evidence-sharing.ts';

/**
 * For an item its focal point allowed to publish: what they said it is, and the reviewer's
 * Confirm (or Clear). Nothing for an item kept private.
 */
export function SharingConfirmation({ item, mayConfirm }: { item: EvidenceItem; mayConfirm: boolean }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(item.sharing.confirmed);
  const [error, setError] = useState<string | null>(null);
  const { sharing } = item;
  if (!sharing.mayPublish || !sharing.type) return null;
  const toggle = async () => {
    setError(null);
    try {
      setConfirmed((await confirmEvidenceSharing(item.id, !confirmed)).confirmed);
    } catch {
      setError(t('practice.sharing.failed'));
    }
  };
  return (
    <span data-testid="sharing-confirmation">
      <Tag tone={confirmed ? 'changed' : 'warning'}>
        {confirmed ? t('practice.sharing.confirmed') : t('practice.sharing.awaiting')} · {t(`practice.types.${sharing.type}`)}
        {sharing.allowFile && item.kind === 'file' ? ` · ${t('practice.sharing.fileToo')}` : ''}
      </Tag>
      {mayConfirm && (
        <Button
          variant="link"
          size="small"
          onClick={() => void toggle()}
          aria-label={`${confirmed ? t('practice.sharing.clear') : t('practice.sharing.confirm')}: ${item.title}`}
        >
          {confirmed ? t('practice.sharing.clear') : t('practice.sharing.confirm')}
        </Button>
      )}
      <FormError message={error} />
    </span>
  );
}
