import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type QuestionNode } from '@gci/shared';
import { Button, buttonClass } from '../../../components/button/index.tsx';
import { EvidenceList, evidenceEntry } from '../../../components/evidence-list/index.tsx';
import { QuestionFrame } from '../../../components/question-frame/index.tsx';
import { Tag, TagList } from '../../../components/tag/index.tsx';
import { classNames } from '../../../lib/class-names.ts';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { canCorrect } from '../lib/permissions.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { CorrectionForm } from './correction-form.tsx';
import { CorrectionNote } from './correction-note.tsx';
import { NewThread } from './new-thread.tsx';
import { ThreadView } from './thread-view.tsx';
import { SharingConfirmation } from './sharing-confirmation.tsx';
import styles from './review-question.module.css';

const downloadUrl = (id: string) => `/api/evidence/${encodeURIComponent(id)}/download`;

interface Props {
  question: QuestionNode;
  level: number;
  /** the reviewer asked for work on it in the latest return */
  isFlagged?: boolean;
  /** its value or evidence changed in the latest resubmission */
  isChanged?: boolean;
  /** where the country team edits it, when it can */
  editHref?: string;
}

/** One question, read-only: the answer and evidence, reviewer corrections, its threads, and the actions on it. */
export function ReviewQuestion({ question, level, isFlagged = false, isChanged = false, editHref }: Props) {
  const { t } = useTranslation();
  const { answers, threads, corrections, locale, assessment, user } = useReview();
  const format = useFormatters();
  const [isCorrecting, setCorrecting] = useState(false);
  const { key } = question;
  const spec = question.question;
  const answer = answers[key];
  const own = threads.filter((thread) => thread.questionKey === key);
  const hasOpenThread = own.some((thread) => thread.status === 'open');
  const fixes = corrections.byQuestion.get(key) ?? [];
  const title = localize(question.texts.title, locale);

  return (
    <QuestionFrame
      questionKey={key}
      level={level}
      headingId={`q-${key}-title`}
      title={title}
      titleClassName={styles.title}
      aside={
        <TagList as="p" className={styles.tags}>
          {spec.required && <Tag>{t('review.question.required')}</Tag>}
          {isFlagged && <Tag tone="flagged">{t('review.question.flagged')}</Tag>}
          {isChanged && <Tag tone="changed">{t('review.question.changed')}</Tag>}
          {fixes.length > 0 && <Tag tone="corrected">{t('review.question.corrected')}</Tag>}
        </TagList>
      }
      className={classNames(styles.question, isFlagged && styles.flagged, hasOpenThread && styles.open)}
      data-flagged={isFlagged || undefined}
    >
      <dl className={styles.answer}>
        <div>
          <dt>{t('review.question.answer')}</dt>
          <dd className={styles.value} data-testid="answer-value" dir="auto">
            {formatAnswer(spec, answer?.value, locale, t)}
          </dd>
        </div>
        {answer?.updatedBy && (
          <div>
            <dt>{t('review.question.lastChange')}</dt>
            <dd>
              <bdi>{answer.updatedBy.name}</bdi> · {format.dateTime(answer.updatedAt)}
            </dd>
          </div>
        )}
      </dl>
      {spec.evidence !== 'none' && (
        <div>
          <p className={styles.label}>
            {t('review.evidence.title')}
            {spec.evidence === 'required' && (answer?.evidence.length ?? 0) === 0 && (
              <Tag tone="warning" className={styles.labelTag}>
                {t('review.evidence.missing')}
              </Tag>
            )}
          </p>
          <EvidenceList
            items={(answer?.evidence ?? []).map((item) => evidenceEntry(item, downloadUrl(item.id)))}
            empty={t('review.evidence.none')}
            action={(entry) => {
              const item = answer?.evidence.find((e) => e.id === entry.id);
              return item && <SharingConfirmation item={item} mayConfirm={user.role === 'reviewer' || user.role === 'admin'} />;
            }}
          />
        </div>
      )}
      {fixes.map((entry) => (
        <CorrectionNote key={entry.version} entry={entry} spec={spec} />
      ))}
      {own.map((thread) => (
        <ThreadView key={thread.id} thread={thread} />
      ))}
      {isCorrecting && answer ? (
        <CorrectionForm questionKey={key} spec={spec} answer={answer} onDone={() => setCorrecting(false)} />
      ) : (
        <div className={styles.actions}>
          {!hasOpenThread && <NewThread questionKey={key} buttonLabel={t('review.question.comment')} label={t('review.question.commentLabel', { title })} />}
          {answer && canCorrect(assessment.status, user.role) && (
            <Button size="small" onClick={() => setCorrecting(true)} data-testid="correct-answer">
              {t('review.question.correct')}
            </Button>
          )}
          {editHref && (
            <Link className={buttonClass({ size: 'small' })} to={editHref}>
              {t('review.question.edit')}
            </Link>
          )}
        </div>
      )}
    </QuestionFrame>
  );
}
