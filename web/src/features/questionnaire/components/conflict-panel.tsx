import { useTranslation } from 'react-i18next';
import type { AnswerState, AnswerValue, QuestionSpec } from '@gci/shared';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

interface Props {
  questionKey: string;
  spec: QuestionSpec;
  mine: AnswerValue | undefined;
  theirs: AnswerState | null;
}

/** A 409: someone saved this answer since the user loaded it. Both values side by side; the user chooses. */
export function ConflictPanel({ questionKey, spec, mine, theirs }: Props) {
  const { t } = useTranslation();
  const { locale, sync } = useQuestionnaire();
  const format = useFormatters();
  return (
    <div className="conflict" role="alert" data-testid="conflict">
      <p className="conflict__title">{t('questionnaire.conflict.title')}</p>
      <div className="conflict__values">
        <div>
          <p className="conflict__label">{t('questionnaire.conflict.yours')}</p>
          <p className="conflict__value" data-testid="conflict-mine">
            {formatAnswer(spec, mine, locale, t)}
          </p>
        </div>
        <div>
          <p className="conflict__label">
            {theirs?.updatedBy
              ? t('questionnaire.conflict.theirsBy', { name: theirs.updatedBy.name, when: format.dateTime(theirs.updatedAt) })
              : t('questionnaire.conflict.theirs')}
          </p>
          <p className="conflict__value" data-testid="conflict-theirs">
            {formatAnswer(spec, theirs?.value, locale, t)}
          </p>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => sync.keepMine(questionKey)}>
          {t('questionnaire.conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={() => sync.discard(questionKey)}>
          {t('questionnaire.conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
