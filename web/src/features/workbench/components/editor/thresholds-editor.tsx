import { useTranslation } from 'react-i18next';
import type { TierThreshold } from '@gci/shared';
import { newTier } from '../../lib/node-factory.ts';
import { fieldId } from '../../lib/tree-path.ts';
import { FieldIssues } from '../common/field-issues.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { useEditor } from './editor-context.ts';
import { LocalizedField, NumberField, TextField } from './fields.tsx';

/** Tier thresholds from tier 1 (best) down; tiers are renumbered by position when one is added or removed. */
export function ThresholdsEditor({ thresholds }: { thresholds: readonly TierThreshold[] }) {
  const { t } = useTranslation();
  const { dispatch, issues } = useEditor();
  const renumbered = (list: TierThreshold[]) => list.map((th, i) => ({ ...th, tier: i + 1 }));
  return (
    <section className="panel" aria-labelledby="tiers-title" id={fieldId('thresholds')} tabIndex={-1}>
      <h2 id="tiers-title">{t('workbench.editor.tiers')}</h2>
      <p className="muted">{t('workbench.editor.tiersHint')}</p>
      <FieldIssues path="thresholds" issues={issues.get('thresholds')} />
      <ol className="tier-editor">
        {thresholds.map((th, i) => {
          const at = `thresholds[${i}]`;
          return (
            <li key={i} data-tier-row={th.tier}>
              <div className="tier-editor__head" id={fieldId(`${at}.tier`)}>
                <TierBadge tier={th.tier} />
                <FieldIssues path={`${at}.tier`} issues={issues.get(`${at}.tier`)} />
              </div>
              <div className="form-grid">
                <TextField path={`${at}.key`} label={t('workbench.editor.key')} value={th.key} />
                <NumberField path={`${at}.min`} label={t('workbench.editor.tierMin')} value={th.min} min={0} max={100} />
              </div>
              <LocalizedField path={`${at}.name`} label={t('workbench.editor.tierName')} value={th.name} />
              <button
                type="button"
                className="button button--small button--danger"
                disabled={thresholds.length <= 1}
                onClick={() => dispatch({ type: 'set', path: 'thresholds', value: renumbered(thresholds.filter((_, j) => j !== i)) })}
                aria-label={t('workbench.editor.removeTier', { tier: th.tier })}
              >
                {t('workbench.editor.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={() => dispatch({ type: 'append', path: 'thresholds', item: newTier(thresholds) })}>
        {t('workbench.editor.addTier')}
      </button>
    </section>
  );
}
