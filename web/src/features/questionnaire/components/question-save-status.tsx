import { useTranslation } from 'react-i18next';
import type { SaveStateKind } from '../lib/save-state.ts';

/** The save state of one answer, in words (colour and icon only repeat it). */
export function QuestionSaveStatus({ state }: { state: SaveStateKind | null }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <p className={`save-badge save-badge--${state}`} data-testid="question-save-state">
      <span className="save-badge__dot" aria-hidden="true" />
      {t(`questionnaire.questionState.${state}`)}
    </p>
  );
}
