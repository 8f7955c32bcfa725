import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Methodology } from '@gci/shared';
import { shareOf, weightRows, type WeightRow as Row } from '../../lib/weight-rows.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import { Tag } from '../common/tag.tsx';
import text from '../common/text.module.css';
import { WeightRow } from './weight-row.tsx';
import styles from './weights-panel.module.css';

interface Props {
  methodology: Methodology;
  weights: Readonly<Record<string, number>>;
  format: Formatters;
  onWeight: (key: string, weight: number, base: number) => void;
}

/** Weights at every level: the pillars first, then each pillar's tree folded until opened. */
export function WeightsPanel({ methodology, weights, format, onWeight }: Props) {
  const { t } = useTranslation();
  const rows = useMemo(() => weightRows(methodology), [methodology]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const weightOf = (key: string) => weights[key] ?? byKey.get(key)?.base ?? 0;
  const render = (row: Row) => (
    <WeightRow key={row.key} row={row} weight={weightOf(row.key)} share={shareOf(row, weightOf)} format={format} onWeight={onWeight} />
  );
  const pillars = rows.filter((r) => r.depth === 0);
  return (
    <section className={layout.panel} aria-labelledby="weights-title">
      <h2 id="weights-title">{t('workbench.whatIf.weights')}</h2>
      <p className={text.muted}>{t('workbench.whatIf.weightsHint')}</p>
      <div className={styles.pillars} role="group" aria-label={t('workbench.whatIf.pillarWeights')}>
        {pillars.map(render)}
      </div>
      {pillars.map((pillar) => {
        const inside = rows.filter((r) => r.pillar === pillar.key && r.depth > 0);
        const changed = inside.filter((r) => weights[r.key] !== undefined).length;
        const isOpen = open.has(pillar.key);
        return (
          <details
            key={pillar.key}
            data-pillar={pillar.key}
            open={isOpen}
            onToggle={(e) => {
              const next = e.currentTarget.open;
              setOpen((s) => (next === s.has(pillar.key) ? s : next ? new Set([...s, pillar.key]) : new Set([...s].filter((k) => k !== pillar.key))));
            }}
          >
            <summary className={styles.summary}>
              {t('workbench.whatIf.insidePillar', { name: format.text(pillar.title), count: inside.length })}
              {changed > 0 && <Tag look="note">{t('workbench.whatIf.changedCount', { count: changed })}</Tag>}
            </summary>
            {isOpen && <div>{inside.map(render)}</div>}
          </details>
        );
      })}
    </section>
  );
}
