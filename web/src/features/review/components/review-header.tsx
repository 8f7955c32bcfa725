import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '@gci/shared';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { StatusTag } from './status-tag.tsx';

/** Country, cycle, state, deadline and submission date of the assessment on screen. */
export function ReviewHeader({ back, kicker, children }: { back: { to: string; label: string }; kicker: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const { assessment, locale } = useReview();
  const format = useFormatters();
  return (
    <header className="review-header">
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <p className="review-header__kicker">{kicker}</p>
      <h1>
        <bdi>{localize(assessment.country.names, locale)}</bdi>
        <span className="review-header__cycle">
          <bdi>{assessment.cycle.name}</bdi>
        </span>
      </h1>
      <dl className="meta-list">
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
