import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once right after enrolment; the server keeps only their hashes. */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="auth-form" aria-labelledby="recovery-title">
      <h2 id="recovery-title" ref={heading} tabIndex={-1}>
        {t('auth.recovery.title')}
      </h2>
      <p>{t('auth.recovery.intro')}</p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onContinue}>
        {t('auth.recovery.continue')}
      </button>
    </section>
  );
}
