import { useTranslation } from 'react-i18next';
import styles from './loading-state.module.css';

/** "Loading…" with a spinner, announced politely; `label` says what is loading when that helps. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className={styles.loading} role="status" data-testid="page-loading">
      <span className={styles.spinner} aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}
