import { useTranslation } from 'react-i18next';
import { localize } from '@gci/shared';
import { SpreadsheetLinks } from '../../../components/download-links/index.tsx';
import { AssessmentHeader } from '../../../components/assessment-header/index.tsx';
import { Fact } from '../../../components/fact-list/index.tsx';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { exportLinks } from '../api/export-links.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { DaysLeft } from './days-left.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** Country, cycle, status and deadline of the questionnaire on screen. */
export function QuestionnaireHeader() {
  const { t } = useTranslation();
  const { assessment, snapshot, locale } = useQuestionnaire();
  const format = useFormatters();
  const links = exportLinks(assessment.id, locale);
  return (
    <AssessmentHeader
      back={{ to: '/assessments', label: t('assessments.title') }}
      country={localize(assessment.country.names, locale)}
      cycle={assessment.cycle.name}
    >
      <Fact label={t('assessments.status')}>
        <StatusTag status={snapshot.assessmentStatus} testId="assessment-status" />
      </Fact>
      <Fact label={t('assessments.deadline')}>
        {format.deadline(assessment.deadline)}
        <DaysLeft assessment={assessment} />
      </Fact>
      <Fact label={t('exports.questionnaire')}>
        <SpreadsheetLinks label={t('exports.questionnaire')} hrefs={links} testId="questionnaire-export" />
      </Fact>
    </AssessmentHeader>
  );
}
