import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerState, EvidenceItem, QuestionSpec } from '@gci/shared';
import { Disclosure } from '../../../components/disclosure/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { EvidenceList } from './evidence-list.tsx';
import { LinkEvidenceForm } from './link-evidence-form.tsx';
import { UploadEvidenceForm } from './upload-evidence-form.tsx';
import styles from './evidence-panel.module.css';

/** Links and documents that support a saved answer: the list, and (while editable) the two ways to add. */
export function EvidencePanel({ answer, requirement }: { answer: AnswerState; requirement: QuestionSpec['evidence'] }) {
  const { t } = useTranslation();
  const { sync, canEdit } = useQuestionnaire();
  const { questionKey, evidence } = answer;
  const isMissing = requirement === 'required' && evidence.length === 0;
  // Opened at first when evidence is due; after that it is the user's to open and close.
  const [initiallyOpen] = useState(isMissing && canEdit);
  const setEvidence = (next: EvidenceItem[]) => sync.setEvidence(questionKey, next);
  return (
    <Disclosure
      open={initiallyOpen}
      data-testid="evidence"
      summary={
        <>
          {t('questionnaire.evidence.title', { n: evidence.length })}
          {isMissing && (
            <Tag tone="warning" className={styles.tag}>
              {t('questionnaire.evidence.missing')}
            </Tag>
          )}
        </>
      }
    >
      <EvidenceList
        items={evidence}
        onRemoved={(id) => setEvidence(evidence.filter((item) => item.id !== id))}
        onSharingSaved={(id, sharing) => setEvidence(evidence.map((item) => (item.id === id ? { ...item, sharing } : item)))}
      />
      {canEdit && (
        <div className={styles.forms} data-testid="evidence-forms">
          <LinkEvidenceForm questionKey={questionKey} onAdded={(item) => setEvidence([...evidence, item])} />
          <UploadEvidenceForm questionKey={questionKey} onAdded={(item) => setEvidence([...evidence, item])} />
        </div>
      )}
    </Disclosure>
  );
}
