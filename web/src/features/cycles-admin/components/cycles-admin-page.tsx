import { useTranslation } from 'react-i18next';
import type { CycleDetail, CycleSetup, CycleSummary } from '@gci/shared';
import { PageTitle } from '../../../components/page-title/index.tsx';
import type { NewCycleInput } from '../api/create-cycle.ts';
import { CycleForm } from './cycle-form.tsx';
import { CyclesTable } from './cycles-table.tsx';
import styles from './cycles-admin.module.css';

interface Props {
  cycles: readonly CycleSummary[];
  setup: CycleSetup;
  onCreate: (body: NewCycleInput) => Promise<CycleDetail>;
  onCreated: (cycle: CycleDetail) => void;
}

/** `/admin/cycles`: every cycle with its state and counts, and the form for a new one. */
export function CyclesAdminPage({ cycles, setup, onCreate, onCreated }: Props) {
  const { t } = useTranslation();
  const nextYear = Math.max(new Date().getUTCFullYear(), ...cycles.map((c) => c.year + 1));
  return (
    <section aria-labelledby="cycles-admin-title">
      <PageTitle title={t('cyclesAdmin.title')} />
      <h1 id="cycles-admin-title">{t('cyclesAdmin.title')}</h1>
      <p className={styles.intro}>{t('cyclesAdmin.intro')}</p>
      <CyclesTable cycles={cycles} />
      <CycleForm setup={setup} nextYear={nextYear} onCreate={onCreate} onCreated={onCreated} />
    </section>
  );
}
