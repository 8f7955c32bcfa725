import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem, EvidenceSharing } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { EvidenceList as List, evidenceEntry, type EvidenceEntry } from '../../../components/evidence-list/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { evidenceDownloadUrl, removeEvidence } from '../api/remove-evidence.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { EvidenceSharingForm } from './evidence-sharing-form.tsx';

interface Props {
  items: EvidenceItem[];
  onRemoved: (id: string) => void;
  onSharingSaved: (id: string, sharing: EvidenceSharing) => void;
}

/**
 * The evidence of one answer, each with a Remove button while the answers can be changed, and
 * whether it may be published in the library of national practice (a choice open after submission too).
 */
export function EvidenceList({ items, onRemoved, onSharingSaved }: Props) {
  const { t } = useTranslation();
  const { canEdit, canShare } = useQuestionnaire();
  const format = useFormatters();
  const [error, setError] = useState<string | null>(null);

  const remove = async ({ id, title }: EvidenceEntry) => {
    setError(null);
    try {
      await removeEvidence(id);
      onRemoved(id);
    } catch {
      setError(t('questionnaire.evidence.removeFailed', { title }));
    }
  };

  const entries = items.map((item) =>
    evidenceEntry(item, evidenceDownloadUrl(item.id), [
      item.sizeBytes ? format.size(item.sizeBytes) : null,
      item.carriedOver && t('questionnaire.carriedOver.label'),
    ]),
  );
  return (
    <>
      <List
        items={entries}
        empty={t('questionnaire.evidence.none')}
        action={(entry) => {
          const item = items.find((i) => i.id === entry.id);
          return (
            <>
              {canEdit && (
                <Button variant="link" size="small" aria-label={`${t('questionnaire.evidence.remove')}: ${entry.title}`} onClick={() => void remove(entry)}>
                  {t('questionnaire.evidence.remove')}
                </Button>
              )}
              {item && <EvidenceSharingForm item={item} readOnly={!canShare} onSaved={(sharing) => onSharingSaved(item.id, sharing)} />}
            </>
          );
        }}
      />
      <FormError message={error} />
    </>
  );
}
