import { useTranslation } from 'react-i18next';
import type { MethodologyStatus } from '@gci/shared';

/** A version's status in words (draft, in consultation, published, archived). */
export function StatusTag({ status }: { status: MethodologyStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-tag methodology-status methodology-status--${status}`} data-status={status}>
      {t(`workbench.status.${status}`)}
    </span>
  );
}
