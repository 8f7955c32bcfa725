import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleAction, CycleDetail, PendingAssessment } from '@gci/shared';
import { SpreadsheetLinks } from '../../../components/download-links/index.tsx';
import { Fact, FactList } from '../../../components/fact-list/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { useLocale } from '../../../i18n/use-locale.ts';
import { answersExportLinks } from '../../../lib/cycle-answers-links.ts';
import { CycleSteps } from './cycle-steps.tsx';
import { ParticipantsTable } from './participants-table.tsx';

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
  const links = answersExportLinks(cycle.id, useLocale());
  return (
    <section aria-labelledby="cycle-title" data-cycle-id={cycle.id} data-status={cycle.status}>
      <PageTitle title={cycle.name} />
      <p>
        <Link to="/admin/cycles">{t('cyclesAdmin.title')}</Link>
      </p>
      <h1 id="cycle-title">
        <bdi>{cycle.name}</bdi> <Tag tone={cycle.status === 'published' ? 'changed' : 'neutral'}>{t(`workbench.cycleStatus.${cycle.status}`)}</Tag>
      </h1>
      <FactList layout="grid">
        <Fact label={t('cyclesAdmin.detail.methodology')}>
          <bdi>{format.text(methodology.name)}</bdi> ({methodology.key})
        </Fact>
        <Fact label={t('cyclesAdmin.detail.opens')}>{format.dateTime(cycle.opensAt)}</Fact>
        <Fact label={t('cyclesAdmin.detail.closes')}>{format.dateTime(cycle.closesAt)}</Fact>
        <Fact label={t('cyclesAdmin.detail.validationEnds')} testId="validation-ends">
          {cycle.validationEndedAt
            ? t('cyclesAdmin.detail.validationEndedEarly', { date: format.dateTime(cycle.validationEndedAt) })
            : format.dateTime(cycle.validationClosesAt)}
        </Fact>
        <Fact label={t('cyclesAdmin.detail.reminderDays')}>
          {cycle.reminderDays.length ? cycle.reminderDays.map((d) => format.integer(d)).join(', ') : t('cyclesAdmin.detail.noReminders')}
        </Fact>
        <Fact label={t('cyclesAdmin.detail.participants')}>{format.integer(cycle.participants)}</Fact>
        {cycle.status !== 'draft' && (
          <Fact label={t('exports.cycleAnswers')}>
            <SpreadsheetLinks label={t('exports.cycleAnswers')} hrefs={links} testId="cycle-answers-export" />
          </Fact>
        )}
      </FactList>
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
