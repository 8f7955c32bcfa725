import { useTranslation } from 'react-i18next';
import type { MethodologyStatus } from '@gci/shared';
import { Tag, type TagTone } from '../common/tag.tsx';

const TONES: Record<MethodologyStatus, TagTone> = { draft: 'neutral', consultation: 'info', published: 'success', archived: 'muted' };

/** A version's status in words (draft, in consultation, published, archived). */
export function StatusTag({ status }: { status: MethodologyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag tone={TONES[status]} data-status={status}>
      {t(`workbench.status.${status}`)}
    </Tag>
  );
}
