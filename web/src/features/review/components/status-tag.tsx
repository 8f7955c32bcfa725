import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '@gci/shared';

/** The state of an assessment as a coloured label (the colour only repeats the words). */
export function StatusTag({ status, testId }: { status: AssessmentStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-tag status-tag--${status}`} data-status={status} data-testid={testId}>
      {t(`assessmentStatus.${status}`)}
    </span>
  );
}
