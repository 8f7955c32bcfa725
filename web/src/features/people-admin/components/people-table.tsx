import { useTranslation } from 'react-i18next';
import type { UserList, UserStatus, UserSummary } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { Tag, type TagTone } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { CountryOption } from '../lib/country-options.ts';
import { SORT_DIRECTIONS, type UserSort } from '../lib/people-filters.ts';
import { PersonActions, type ActionResult } from './person-actions.tsx';
import styles from './people.module.css';

const STATUS_TONES: Readonly<Record<UserStatus, TagTone>> = { invited: 'changed', active: 'neutral', deactivated: 'flagged' };

interface Props {
  list: UserList;
  sort: UserSort;
  countries: readonly CountryOption[];
  isAdmin: boolean;
  selfId: string;
  onSort: (key: string) => void;
  onPage: (page: number) => void;
  onEdit: (person: UserSummary) => void;
  onResult: (result: ActionResult) => void;
}

/** One page of people, in the order and page the server was asked for. */
export function PeopleTable({ list, sort, countries, isAdmin, selfId, onSort, onPage, onEdit, onResult }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const countryName = (iso3: string) => {
    const found = countries.find((c) => c.iso3 === iso3);
    return found ? `${format.text(found.names)} (${iso3})` : iso3;
  };
  const columns: Column<UserSummary>[] = [
    { key: 'name', header: t('people.columns.name'), isRowHeader: true, isSortable: true, cell: (p) => <bdi>{p.name}</bdi> },
    { key: 'email', header: t('people.columns.email'), isSortable: true, cell: (p) => <bdi>{p.email}</bdi> },
    { key: 'role', header: t('people.columns.role'), cell: (p) => t(`people.roles.${p.role}`) },
    { key: 'country', header: t('people.columns.country'), cell: (p) => (p.country ? countryName(p.country) : '') },
    {
      key: 'status',
      header: t('people.columns.status'),
      cell: (p) => (
        <span data-status={p.status}>
          <Tag tone={STATUS_TONES[p.status]}>{t(`people.status.${p.status}`)}</Tag>
        </span>
      ),
    },
    { key: 'lead', header: t('people.columns.lead'), cell: (p) => p.lead && <Tag tone="changed">{t('people.lead')}</Tag> },
    {
      key: 'lastSignIn',
      header: t('people.columns.lastSignIn'),
      isSortable: true,
      cell: (p) =>
        p.lastSignInAt ? <time dateTime={p.lastSignInAt}>{format.dateTime(p.lastSignInAt)}</time> : <span className={styles.muted}>{t('people.never')}</span>,
    },
    {
      key: 'actions',
      header: t('people.columns.actions'),
      cell: (p) => <PersonActions person={p} isAdmin={isAdmin} isSelf={p.id === selfId} onEdit={() => onEdit(p)} onResult={onResult} />,
    },
  ];
  return (
    <DataTable
      caption={t('people.caption')}
      isCaptionHidden
      isBoxed
      density="compact"
      columns={columns}
      rows={list.users}
      rowProps={(p) => ({ 'data-email': p.email })}
      remoteSort={{ sort: { key: sort, direction: SORT_DIRECTIONS[sort] }, onSort }}
      remotePaging={{ page: list.page, pageSize: list.pageSize, total: list.total, onPage }}
      empty={<EmptyState>{t('people.empty')}</EmptyState>}
      testId="people-table"
    />
  );
}
