import { useTranslation } from 'react-i18next';
import type { SaveStateKind } from '../lib/save-state.ts';
import { SaveDot } from './save-dot.tsx';
import styles from './question-save-status.module.css';

/** The save state of one answer, in words (colour and icon only repeat it). */
export function QuestionSaveStatus({ state }: { state: SaveStateKind | null }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <p className={styles.badge} data-testid="question-save-state">
      <SaveDot state={state} />
      {t(`questionnaire.questionState.${state}`)}
    </p>
  );
}
