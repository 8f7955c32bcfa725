import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '@gci/shared';
import styles from './status-tag.module.css';

/** The state of an assessment in words, on the colour of its stage (answering, with the reviewers, settled). */
export function StatusTag({ status, testId }: { status: AssessmentStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={styles.status} data-status={status} data-testid={testId}>
      {t(`assessmentStatus.${status}`)}
    </span>
  );
}
