import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleAction, CycleDetail, PendingAssessment } from '@gci/shared';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { CycleSteps } from './cycle-steps.tsx';
import { ParticipantsTable } from './participants-table.tsx';
import styles from './cycles-admin.module.css';

interface Props {
  detail: CycleDetail;
  onStep: (step: CycleAction, confirmed: readonly PendingAssessment[] | null) => Promise<void>;
  onDeadline: (assessmentId: string, deadline: string | null) => Promise<void>;
}

/** `/admin/cycles/:cycleId`: the cycle's definition, its next step, and its participants' assessments. */
export function CycleDetailPage({ detail, onStep, onDeadline }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { cycle, methodology, participants } = detail;
  return (
    <section aria-labelledby="cycle-title" data-cycle-id={cycle.id} data-status={cycle.status}>
      <PageTitle title={cycle.name} />
      <p>
        <Link to="/admin/cycles">{t('cyclesAdmin.title')}</Link>
      </p>
      <h1 id="cycle-title">
        <bdi>{cycle.name}</bdi> <Tag tone={cycle.status === 'published' ? 'changed' : 'neutral'}>{t(`workbench.cycleStatus.${cycle.status}`)}</Tag>
      </h1>
      <dl className={styles.facts}>
        <div>
          <dt>{t('cyclesAdmin.detail.methodology')}</dt>
          <dd>
            <bdi>{format.text(methodology.name)}</bdi> ({methodology.key})
          </dd>
        </div>
        <div>
          <dt>{t('cyclesAdmin.detail.opens')}</dt>
          <dd>{format.dateTime(cycle.opensAt)}</dd>
        </div>
        <div>
          <dt>{t('cyclesAdmin.detail.closes')}</dt>
          <dd>{format.dateTime(cycle.closesAt)}</dd>
        </div>
        <div>
          <dt>{t('cyclesAdmin.detail.validationEnds')}</dt>
          <dd data-testid="validation-ends">
            {cycle.validationEndedAt
              ? t('cyclesAdmin.detail.validationEndedEarly', { date: format.dateTime(cycle.validationEndedAt) })
              : format.dateTime(cycle.validationClosesAt)}
          </dd>
        </div>
        <div>
          <dt>{t('cyclesAdmin.detail.reminderDays')}</dt>
          <dd>{cycle.reminderDays.length ? cycle.reminderDays.map((d) => format.integer(d)).join(', ') : t('cyclesAdmin.detail.noReminders')}</dd>
        </div>
        <div>
          <dt>{t('cyclesAdmin.detail.participants')}</dt>
          <dd>{format.integer(cycle.participants)}</dd>
        </div>
      </dl>
      {cycle.publications.length > 0 && (
        <p>
          <Link to={`/cycles/${cycle.year}`}>{t('cyclesAdmin.detail.publicResults', { year: cycle.year })}</Link>
        </p>
      )}
      <CycleSteps cycle={cycle} onStep={onStep} />
      <ParticipantsTable participants={participants} isOpen={cycle.status === 'open'} onDeadline={onDeadline} />
    </section>
  );
}
