import { useTranslation } from 'react-i18next';

/** Synthetic results must never be mistaken for real GCI results, in any language. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <svg className="demo-banner__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 7v6M12 16.5v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <div>
        <p className="demo-banner__title">{t('results.demoTitle')}</p>
        <p>{t('results.demoBody')}</p>
      </div>
    </div>
  );
}
