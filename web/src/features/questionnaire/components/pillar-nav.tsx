import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type Completion } from '@gci/shared';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { ProgressMeter } from './progress-meter.tsx';
import styles from './pillar-nav.module.css';

/** The pillars with their progress, overall progress, and the way to the submission check. */
export function PillarNav({ progress, current }: { progress: Completion; current: string }) {
  const { t } = useTranslation();
  const { methodology, locale } = useQuestionnaire();
  return (
    <nav className={styles.nav} aria-label={t('questionnaire.pillarsNav')} data-testid="pillar-nav">
      <div className={styles.overall}>
        <ProgressMeter label={t('questionnaire.progress.overall')} counts={progress} testId="progress-overall" />
      </div>
      <ul className={styles.list}>
        {methodology.pillars.map((pillar) => {
          const counts = progress.pillars.find((p) => p.key === pillar.key);
          return (
            <li key={pillar.key}>
              <Link
                to={{ search: `?pillar=${encodeURIComponent(pillar.key)}` }}
                className={styles.link}
                aria-current={current === pillar.key ? 'page' : undefined}
                data-pillar={pillar.key}
              >
                {counts ? (
                  <ProgressMeter
                    label={localize(pillar.texts.title, locale)}
                    labelLang={fallbackLang(pillar.texts.title, locale)}
                    counts={counts}
                    testId={`progress-${pillar.key}`}
                  />
                ) : (
                  localize(pillar.texts.title, locale)
                )}
              </Link>
            </li>
          );
        })}
        <li>
          <Link
            to={{ search: '?view=submit' }}
            aria-current={current === 'submit' ? 'page' : undefined}
            className={`${styles.link} ${styles.submit}`}
            data-testid="nav-submit"
          >
            {t('questionnaire.submit.nav')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
