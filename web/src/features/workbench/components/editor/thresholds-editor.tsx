import { useTranslation } from 'react-i18next';
import type { TierThreshold } from '@gci/shared';
import { newTier } from '../../lib/node-factory.ts';
import { fieldId } from '../../lib/tree-path.ts';
import { FieldIssues } from '../common/field-issues.tsx';
import { Button } from '../../../../components/button/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { useEditor } from './editor-context.ts';
import { LocalizedField, NumberField, TextField } from './fields.tsx';
import styles from './thresholds-editor.module.css';

/** Tier thresholds from tier 1 (best) down; tiers are renumbered by position when one is added or removed. */
export function ThresholdsEditor({ thresholds }: { thresholds: readonly TierThreshold[] }) {
  const { t } = useTranslation();
  const { dispatch, issues } = useEditor();
  const renumbered = (list: TierThreshold[]) => list.map((th, i) => ({ ...th, tier: i + 1 }));
  return (
    <section className={layout.panel} aria-labelledby="tiers-title" id={fieldId('thresholds')} tabIndex={-1}>
      <h2 id="tiers-title">{t('workbench.editor.tiers')}</h2>
      <p className={text.muted}>{t('workbench.editor.tiersHint')}</p>
      <FieldIssues path="thresholds" issues={issues.get('thresholds')} />
      <ol className={styles.list}>
        {thresholds.map((th, i) => {
          const at = `thresholds[${i}]`;
          return (
            <li key={i} className={styles.tier} data-tier-row={th.tier}>
              <div className={styles.head} id={fieldId(`${at}.tier`)}>
                <TierBadge tier={th.tier} />
                <FieldIssues path={`${at}.tier`} issues={issues.get(`${at}.tier`)} />
              </div>
              <div className={`${layout.formGrid} ${styles.numbers}`}>
                <TextField path={`${at}.key`} label={t('workbench.editor.key')} value={th.key} />
                <NumberField path={`${at}.min`} label={t('workbench.editor.tierMin')} value={th.min} min={0} max={100} />
              </div>
              <LocalizedField path={`${at}.name`} label={t('workbench.editor.tierName')} value={th.name} />
              <Button
                size="small"
                variant="danger"
                disabled={thresholds.length <= 1}
                onClick={() => dispatch({ type: 'set', path: 'thresholds', value: renumbered(thresholds.filter((_, j) => j !== i)) })}
                aria-label={t('workbench.editor.removeTier', { tier: th.tier })}
              >
                {t('workbench.editor.remove')}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button size="small" className={styles.add} onClick={() => dispatch({ type: 'append', path: 'thresholds', item: newTier(thresholds) })}>
        {t('workbench.editor.addTier')}
      </Button>
    </section>
  );
}
