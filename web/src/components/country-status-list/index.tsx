import { useTranslation } from 'react-i18next';
import type { PendingAssessment } from '@gci/shared';
import { useFormatters } from '../../lib/use-formatters.ts';
import { StatusTag } from '../status-tag/index.tsx';
import styles from './country-status-list.module.css';

/** Countries with their assessment's state and open threads: what a confirmation ("close anyway", "publish without them") is about. */
export function CountryStatusList({ items, testId }: { items: readonly PendingAssessment[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className={styles.list} data-testid={testId}>
      {items.map((p) => (
        <li key={p.assessmentId} data-country={p.iso3}>
          <bdi>{format.text(p.names)}</bdi> <StatusTag status={p.status} />
          {p.openThreads > 0 && <> {t('ui.openThreads', { count: p.openThreads })}</>}
        </li>
      ))}
    </ul>
  );
}
