import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleSummary, Role } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { Fact, FactList } from '../../../components/fact-list/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import styles from './admin-overview-page.module.css';

export interface PeopleCounts {
  byRole: Record<Role, number>;
  /** invited, not yet signed in */
  invited: number;
}

const ROLES: Role[] = ['focal_point', 'reviewer', 'analyst', 'admin'];

/** `/admin/overview`, where an administrator lands: the cycles with what waits in each, and the people. */
export function AdminOverviewPage({ cycles, people }: { cycles: readonly CycleSummary[]; people: PeopleCounts }) {
  const { t } = useTranslation();
  const awaitingReview = (c: CycleSummary) => (c.assessments.submitted ?? 0) + (c.assessments.resubmitted ?? 0);
  const columns: Column<CycleSummary>[] = [
    { key: 'cycle', header: t('cyclesAdmin.list.cycle'), isRowHeader: true, cell: (c) => <Link to={`/admin/cycles/${c.id}`}>{c.name}</Link> },
    { key: 'status', header: t('cyclesAdmin.list.status'), cell: (c) => <Tag>{t(`workbench.cycleStatus.${c.status}`)}</Tag> },
    { key: 'participants', header: t('cyclesAdmin.list.participants'), isNumeric: true, cell: (c) => c.participants },
    {
      key: 'awaiting',
      header: t('admin.overview.awaitingReview'),
      isNumeric: true,
      cell: awaitingReview,
      cellProps: () => ({ 'data-testid': 'awaiting-review' }),
    },
  ];
  return (
    <section aria-labelledby="admin-overview-title" className={styles.page}>
      <PageTitle title={t('admin.overview.title')} />
      <h1 id="admin-overview-title">{t('admin.overview.title')}</h1>
      <h2>{t('admin.overview.cycles')}</h2>
      <DataTable
        caption={t('admin.overview.cycles')}
        isCaptionHidden
        columns={columns}
        rows={cycles}
        rowProps={(c) => ({ 'data-year': c.year })}
        empty={<p>{t('cyclesAdmin.list.empty')}</p>}
        isBoxed
      />
      <h2>{t('admin.overview.people')}</h2>
      <FactList>
        {ROLES.map((role) => (
          <Fact key={role} label={t(`review.roles.${role}`)} testId={`people-${role}`}>
            <Link to={`/admin/people?role=${role}`}>{people.byRole[role]}</Link>
          </Fact>
        ))}
        <Fact label={t('admin.overview.invited')} testId="people-invited">
          <Link to="/admin/people?status=invited">{people.invited}</Link>
        </Fact>
      </FactList>
    </section>
  );
}
