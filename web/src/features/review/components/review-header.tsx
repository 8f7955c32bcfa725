import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '@gci/shared';
import { SpreadsheetLinks } from '../../../components/download-links/index.tsx';
import { AssessmentHeader } from '../../../components/assessment-header/index.tsx';
import { Fact } from '../../../components/fact-list/index.tsx';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { exportLinks } from '../api/export-links.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** Country, cycle, state, deadline and submission date of the assessment on screen; `children`: more `Fact`s. */
export function ReviewHeader({ back, kicker, children }: { back: { to: string; label: string }; kicker: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const { assessment, locale } = useReview();
  const format = useFormatters();
  const links = exportLinks(assessment.id, locale);
  return (
    <AssessmentHeader
      back={back}
      kicker={kicker}
      kickerTestId="review-kicker"
      country={localize(assessment.country.names, locale)}
      cycle={assessment.cycle.name}
    >
      <Fact label={t('review.page.status')}>
        <StatusTag status={assessment.status} testId="assessment-status" />
      </Fact>
      <Fact label={t('review.page.deadline')}>{format.date(assessment.deadline)}</Fact>
      {assessment.submittedAt && <Fact label={t('review.page.submitted')}>{format.dateTime(assessment.submittedAt)}</Fact>}
      <Fact label={t('exports.questionnaire')}>
        <SpreadsheetLinks label={t('exports.questionnaire')} hrefs={links} testId="questionnaire-export" />
      </Fact>
      {children}
    </AssessmentHeader>
  );
}
