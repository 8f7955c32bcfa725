import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '@gci/shared';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** Country, cycle, status and deadline of the questionnaire on screen. */
export function QuestionnaireHeader() {
  const { t } = useTranslation();
  const { assessment, snapshot, locale } = useQuestionnaire();
  const format = useFormatters();
  return (
    <header className="questionnaire__header">
      <p className="breadcrumb">
        <Link to="/assessments">{t('assessments.title')}</Link>
      </p>
      <h1>
        <bdi>{localize(assessment.country.names, locale)}</bdi>
        <span className="questionnaire__cycle">
          <bdi>{assessment.cycle.name}</bdi>
        </span>
      </h1>
      <dl className="meta-list">
        <div>
          <dt>{t('assessments.status')}</dt>
          <dd>
            <span className={`status-tag status-tag--${snapshot.assessmentStatus}`} data-testid="assessment-status">
              {t(`assessmentStatus.${snapshot.assessmentStatus}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('assessments.deadline')}</dt>
          <dd>{format.deadline(assessment.deadline)}</dd>
        </div>
      </dl>
    </header>
  );
}
