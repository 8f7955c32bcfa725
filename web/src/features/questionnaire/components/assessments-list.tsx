import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type AssessmentSummary } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** The caller's assessments, newest cycle first: country, cycle, status, deadline and whether answers can change. */
export function AssessmentsList({ assessments }: { assessments: AssessmentSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatters();
  if (assessments.length === 0) return <p className="notice notice--info">{t('assessments.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('assessments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.country')}</th>
            <th scope="col">{t('assessments.cycle')}</th>
            <th scope="col">{t('assessments.status')}</th>
            <th scope="col">{t('assessments.deadline')}</th>
            <th scope="col">{t('assessments.editable')}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.id} data-assessment-id={assessment.id} data-year={assessment.cycle.year}>
              <th scope="row">
                <Link to={`/assessments/${assessment.id}`}>
                  <bdi>{localize(assessment.country.names, locale)}</bdi>
                  <span className="visually-hidden">, {assessment.cycle.name}</span>
                </Link>
              </th>
              <td>
                <bdi>{assessment.cycle.name}</bdi>
              </td>
              <td>
                <span className={`status-tag status-tag--${assessment.status}`}>{t(`assessmentStatus.${assessment.status}`)}</span>
              </td>
              <td>{format.deadline(assessment.deadline)}</td>
              <td>{assessment.editable ? t('assessments.open') : t('assessments.locked')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
