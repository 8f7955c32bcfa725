import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '@gci/shared';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './review-header.module.css';

/** Country, cycle, state, deadline and submission date of the assessment on screen. */
export function ReviewHeader({ back, kicker, children }: { back: { to: string; label: string }; kicker: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const { assessment, locale } = useReview();
  const format = useFormatters();
  return (
    <header className={styles.header}>
      <p className={styles.breadcrumb}>
        <Link to={back.to}>{back.label}</Link>
      </p>
      <p className={styles.kicker} data-testid="review-kicker">
        {kicker}
      </p>
      <h1>
        <bdi>{localize(assessment.country.names, locale)}</bdi>
        <span className={styles.cycle}>
          <bdi>{assessment.cycle.name}</bdi>
        </span>
      </h1>
      <dl className={styles.facts}>
        <div>
          <dt>{t('review.page.status')}</dt>
          <dd>
            <StatusTag status={assessment.status} testId="assessment-status" />
          </dd>
        </div>
        <div>
          <dt>{t('review.page.deadline')}</dt>
          <dd>{format.date(assessment.deadline)}</dd>
        </div>
        {assessment.submittedAt && (
          <div>
            <dt>{t('review.page.submitted')}</dt>
            <dd>{format.dateTime(assessment.submittedAt)}</dd>
          </div>
        )}
        {children}
      </dl>
    </header>
  );
}
