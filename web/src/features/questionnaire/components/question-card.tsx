import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type AnswerValue, type QuestionNode } from '@gci/shared';
import { Tag } from '../../../components/tag/index.tsx';
import { AnswerInput } from '../../../components/answer-input/answer-input.tsx';
import { QuestionFrame } from '../../../components/question-frame/index.tsx';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { questionSaveState } from '../lib/save-state.ts';
import { AnswerHistory } from './answer-history.tsx';
import { CarriedOverNotice } from './carried-over-notice.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { EvidencePanel } from './evidence-panel.tsx';
import { QuestionGuidance } from './question-guidance.tsx';
import { QuestionSaveStatus } from './question-save-status.tsx';
import { RejectedNotice } from './rejected-notice.tsx';
import styles from './question-card.module.css';
import { ReturnedFlag } from './returned-flag.tsx';

/** One question: its texts, the input for its type, its save state, and what hangs off a saved answer. */
export function QuestionCard({ question, level }: { question: QuestionNode; level: number }) {
  const { t } = useTranslation();
  const { locale, answers, snapshot, sync, canEdit } = useQuestionnaire();
  const id = useId();
  const { key, texts } = question;
  const spec = question.question;
  const title = localize(texts.title, locale);
  const server = snapshot.server[key];
  const state = questionSaveState(snapshot, key);
  const rejected = snapshot.rejected[key];
  const onChange = useCallback((value: AnswerValue) => sync.edit(key, value), [sync, key]);
  const onDrafting = useCallback((on: boolean) => sync.setDrafting(key, on), [sync, key]);

  return (
    <QuestionFrame
      questionKey={key}
      level={level}
      headingId={`${id}-title`}
      title={
        <>
          <span {...fallbackLang(texts.title, locale)}>{title}</span>
          {spec.required && <Tag className={styles.tag}>{t('questionnaire.required')}</Tag>}
        </>
      }
      aside={<QuestionSaveStatus state={state} />}
      className={styles.question}
      data-state={state ?? 'empty'}
    >
      <ReturnedFlag questionKey={key} />
      <QuestionGuidance texts={texts} spec={spec} helpId={`${id}-help`} locale={locale} />
      <AnswerInput
        spec={spec}
        mode="questionnaire"
        label={title}
        value={answers[key]}
        id={`${id}-input`}
        describedBy={texts.help ? `${id}-help` : undefined}
        disabled={!canEdit}
        locale={locale}
        onChange={onChange}
        onDrafting={onDrafting}
      />
      {key in snapshot.conflicts && <ConflictPanel questionKey={key} spec={spec} mine={answers[key]} theirs={snapshot.conflicts[key] ?? null} />}
      {rejected && <RejectedNotice questionKey={key} code={rejected.code} />}
      {server?.carriedOver && !(key in snapshot.edits) && <CarriedOverNotice answer={server} />}
      {server && (
        <div className={styles.extras}>
          {spec.evidence !== 'none' && <EvidencePanel answer={server} requirement={spec.evidence} />}
          <AnswerHistory question={question} />
        </div>
      )}
      {!server && spec.evidence === 'required' && canEdit && <p className={styles.hint}>{t('questionnaire.evidence.afterSave')}</p>}
    </QuestionFrame>
  );
}
