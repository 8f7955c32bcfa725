import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysLeft, type AssessmentSummary } from '@gci/shared';
import styles from './days-left.module.css';

/** The days left before the deadline while the cycle is open ("Days left: 12"), counted from when the page opened. */
export function DaysLeft({ assessment }: { assessment: Pick<AssessmentSummary, 'deadline' | 'cycle'> }) {
  const { t } = useTranslation();
  // the moment the page opened, so that rendering stays pure
  const [openedAt] = useState(() => new Date());
  if (assessment.cycle.status !== 'open') return null;
  const left = daysLeft(assessment.deadline, openedAt);
  return (
    <span className={styles.daysLeft} data-testid="days-left">
      {left > 0 ? t('assessments.daysLeft', { count: left }) : t('assessments.deadlinePassed')}
    </span>
  );
}
