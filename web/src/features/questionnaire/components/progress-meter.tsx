import { useTranslation } from 'react-i18next';
import type { CompletionCounts } from '@gci/shared';
import styles from './progress-meter.module.css';

/** "7 of 12 answered" as text and as a bar; hidden questions are not counted (shared `completion`). */
export function ProgressMeter({
  label,
  labelLang = {},
  counts,
  testId,
}: {
  label: string;
  labelLang?: { lang?: string; dir?: string };
  counts: CompletionCounts;
  testId?: string;
}) {
  const { t } = useTranslation();
  const text = t('questionnaire.progress.answered', { answered: counts.answered, visible: counts.visible });
  return (
    <span className={styles.meter} data-testid={testId} data-answered={counts.answered} data-visible={counts.visible}>
      <span className={styles.label}>
        <span lang={labelLang.lang} dir={labelLang.dir}>
          {label}
        </span>
        <span className={styles.count}>{text}</span>
      </span>
      <progress className={styles.bar} max={Math.max(counts.visible, 1)} value={counts.answered} aria-label={`${label}: ${text}`} />
    </span>
  );
}
