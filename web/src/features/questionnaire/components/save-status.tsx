import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button/index.tsx';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { summarizeSaveState } from '../lib/save-state.ts';
import { SaveDot } from './save-dot.tsx';
import styles from './save-status.module.css';

/** The page-wide save state, announced politely to screen readers whenever it changes. */
export function SaveStatus({ signInPath }: { signInPath: string }) {
  const { t } = useTranslation();
  const { snapshot, sync } = useQuestionnaire();
  const { kind, pending, conflicts, rejected } = summarizeSaveState(snapshot);
  const firstConflict = Object.keys(snapshot.conflicts)[0];

  let message: string;
  if (kind === 'saved') message = t('questionnaire.saveState.saved');
  else if (kind === 'saving') message = pending > 0 ? t('questionnaire.saveState.saving', { count: pending }) : t('questionnaire.questionState.saving');
  else if (kind === 'offline')
    message = snapshot.online ? t('questionnaire.saveState.unreachable', { count: pending }) : t('questionnaire.saveState.offline', { count: pending });
  else if (kind === 'conflict') message = t('questionnaire.saveState.conflict', { count: conflicts });
  else if (kind === 'error') message = t('questionnaire.saveState.error', { count: rejected });
  else message = t('questionnaire.saveState.signedOut', { count: pending });

  return (
    <div className={styles.status} data-testid="save-status" data-save-state={kind} data-pending={pending}>
      <SaveDot state={kind} />
      <p className={styles.message} role="status" aria-live="polite" aria-atomic="true">
        {message}
      </p>
      {kind === 'offline' && snapshot.online && (
        <Button size="small" onClick={() => sync.retryNow()}>
          {t('questionnaire.saveState.retryNow')}
        </Button>
      )}
      {kind === 'conflict' && firstConflict && <a href={`#q-${firstConflict}`}>{t('questionnaire.saveState.showConflict')}</a>}
      {kind === 'signed_out' && <Link to={signInPath}>{t('questionnaire.saveState.signInAgain')}</Link>}
    </div>
  );
}
