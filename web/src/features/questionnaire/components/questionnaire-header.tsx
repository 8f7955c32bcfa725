import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize } from '@gci/shared';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { DaysLeft } from './days-left.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './questionnaire-header.module.css';

/** Country, cycle, status and deadline of the questionnaire on screen. */
export function QuestionnaireHeader() {
  const { t } = useTranslation();
  const { assessment, snapshot, locale } = useQuestionnaire();
  const format = useFormatters();
  return (
    <header className={styles.header}>
      <p className={styles.breadcrumb}>
        <Link to="/assessments">{t('assessments.title')}</Link>
      </p>
      <h1>
        <bdi>{localize(assessment.country.names, locale)}</bdi>
        <span className={styles.cycle}>
          <bdi>{assessment.cycle.name}</bdi>
        </span>
      </h1>
      <dl className={styles.facts}>
        <div>
          <dt>{t('assessments.status')}</dt>
          <dd>
            <StatusTag status={snapshot.assessmentStatus} testId="assessment-status" />
          </dd>
        </div>
        <div>
          <dt>{t('assessments.deadline')}</dt>
          <dd>
            {format.deadline(assessment.deadline)}
            <DaysLeft assessment={assessment} />
          </dd>
        </div>
      </dl>
    </header>
  );
}
