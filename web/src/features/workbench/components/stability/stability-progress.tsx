import { useTranslation } from 'react-i18next';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import text from '../common/text.module.css';
import styles from './stability-progress.module.css';

/** The run's progress as a real progress bar (aria-valuenow in per cent) with the draws done in words. */
export function StabilityProgress({ done, total, format }: { done: number; total: number; format: Formatters }) {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.round((100 * done) / total) : 0;
  return (
    <div>
      <div
        className={styles.bar}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} %`}
        aria-labelledby="stability-progress-label"
      >
        <span style={{ inlineSize: `${percent}%` }} />
      </div>
      <p id="stability-progress-label" className={text.muted}>
        {t('workbench.stability.progress', { done: format.integer(done), total: format.integer(total), percent })}
      </p>
    </div>
  );
}
