import { useTranslation } from 'react-i18next';
import type { CycleParticipant } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { StatusTag } from '../../../components/status-tag/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { DeadlineForm } from './deadline-form.tsx';

interface Props {
  participants: readonly CycleParticipant[];
  /** deadlines can be extended only while the cycle is open */
  isOpen: boolean;
  onDeadline: (assessmentId: string, deadline: string | null) => Promise<void>;
}

const PAGE_SIZE = 50;

/** The participating countries and where each assessment stands: state, deadline (and extension), open threads. */
export function ParticipantsTable({ participants, isOpen, onDeadline }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns: Column<CycleParticipant>[] = [
    {
      key: 'country',
      header: t('cyclesAdmin.participants.country'),
      isRowHeader: true,
      sortValue: (p) => format.text(p.names),
      cell: (p) => <bdi>{format.text(p.names)}</bdi>,
    },
    { key: 'region', header: t('cyclesAdmin.participants.region'), sortValue: (p) => p.region, cell: (p) => t(`regions.${p.region}`) },
    {
      key: 'status',
      header: t('cyclesAdmin.participants.status'),
      sortValue: (p) => p.assessment?.status ?? '',
      cell: (p) => (p.assessment ? <StatusTag status={p.assessment.status} /> : t('cyclesAdmin.participants.notOpened')),
    },
    {
      key: 'deadline',
      header: t('cyclesAdmin.participants.deadline'),
      sortValue: (p) => (p.assessment ? Date.parse(p.assessment.deadline) : null),
      cell: (p) =>
        p.assessment && (
          <>
            {format.deadline(p.assessment.deadline)}
            {p.assessment.deadlineOverride && (
              <>
                {' '}
                <Tag tone="changed">{t('cyclesAdmin.participants.extended')}</Tag>
              </>
            )}
          </>
        ),
    },
    {
      key: 'threads',
      header: t('cyclesAdmin.participants.openThreads'),
      isNumeric: true,
      sortValue: (p) => p.assessment?.openThreads ?? 0,
      cell: (p) => format.integer(p.assessment?.openThreads ?? 0),
    },
  ];
  if (isOpen) {
    columns.push({
      key: 'extend',
      header: t('cyclesAdmin.participants.extend'),
      cell: (p) =>
        p.assessment && (
          <DeadlineForm
            countryName={format.text(p.names)}
            current={p.assessment.deadlineOverride}
            onSave={(deadline) => onDeadline(p.assessment!.id, deadline)}
          />
        ),
    });
  }
  return (
    <DataTable
      caption={t('cyclesAdmin.participants.caption')}
      columns={columns}
      rows={participants}
      rowKey={(p) => p.iso3}
      rowProps={(p) => ({ 'data-country': p.iso3, 'data-status': p.assessment?.status ?? 'none' })}
      pageSize={PAGE_SIZE}
      density="compact"
      isBoxed
    />
  );
}
