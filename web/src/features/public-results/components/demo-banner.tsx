import { useTranslation } from 'react-i18next';
import styles from './demo-banner.module.css';

/** Synthetic results must never be mistaken for real GCI results, in any language. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className={styles.banner} role="note" data-testid="demo-banner">
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 7v6M12 16.5v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <div>
        <p className={styles.title}>{t('results.demoTitle')}</p>
        <p>{t('results.demoBody')}</p>
      </div>
    </div>
  );
}
