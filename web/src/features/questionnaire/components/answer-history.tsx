import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answersApi, type AnswerHistoryEntry, type QuestionNode } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

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
    <details className="disclosure" onToggle={(event) => event.currentTarget.open && void load()}>
      <summary>{t('questionnaire.history.title')}</summary>
      <div className="disclosure__body" aria-live="polite">
        {loaded.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
        {loaded.state === 'failed' && <p className="field-error">{t('questionnaire.history.failed')}</p>}
        {loaded.state === 'done' && loaded.history.length === 0 && <p className="muted">{t('questionnaire.history.empty')}</p>}
        {loaded.state === 'done' && loaded.history.length > 0 && (
          <ol className="history" data-testid="history">
            {loaded.history.map((entry) => (
              <li key={entry.version}>
                <span className="history__value">{formatAnswer(question.question, entry.after, locale, t)}</span>
                <span className="history__meta">
                  {t(`questionnaire.history.kind.${entry.kind}`)} · {t('questionnaire.history.version', { version: entry.version })} ·{' '}
                  <bdi>{entry.changedBy?.name ?? t('questionnaire.history.system')}</bdi> · {format.dateTime(entry.changedAt)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
