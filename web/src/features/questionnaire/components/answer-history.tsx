import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answersApi, type AnswerHistoryEntry, type QuestionNode } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { Disclosure } from '../../../components/disclosure/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { LoadingState } from '../../../components/loading-state/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import styles from './answer-history.module.css';

type Loaded = { state: 'idle' | 'loading' | 'failed' } | { state: 'done'; history: AnswerHistoryEntry[] };

/** Every accepted change of the answer, newest first; fetched each time the panel opens. */
export function AnswerHistory({ question }: { question: QuestionNode }) {
  const { t } = useTranslation();
  const { assessment, locale } = useQuestionnaire();
  const format = useFormatters();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'idle' });

  const load = async () => {
    setLoaded({ state: 'loading' });
    try {
      const { history } = await callApi(answersApi.history, { params: { assessmentId: assessment.id, questionKey: question.key } });
      setLoaded({ state: 'done', history });
    } catch {
      setLoaded({ state: 'failed' });
    }
  };

  return (
    <Disclosure summary={t('questionnaire.history.title')} onToggle={(event) => event.currentTarget.open && void load()}>
      <div aria-live="polite">
        {loaded.state === 'loading' && <LoadingState />}
        {loaded.state === 'failed' && <Notice tone="error">{t('questionnaire.history.failed')}</Notice>}
        {loaded.state === 'done' && loaded.history.length === 0 && <EmptyState>{t('questionnaire.history.empty')}</EmptyState>}
        {loaded.state === 'done' && loaded.history.length > 0 && (
          <ol className={styles.history} data-testid="history">
            {loaded.history.map((entry) => (
              <li key={entry.version} className={styles.entry}>
                <span className={styles.value}>{formatAnswer(question.question, entry.after, locale, t)}</span>
                <span className={styles.meta}>
                  {t(`questionnaire.history.kind.${entry.kind}`)} · {t('questionnaire.history.version', { version: entry.version })} ·{' '}
                  <bdi>{entry.changedBy?.name ?? t('questionnaire.history.system')}</bdi> · {format.dateTime(entry.changedAt)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </Disclosure>
  );
}
