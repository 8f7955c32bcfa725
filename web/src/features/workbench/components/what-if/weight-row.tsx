import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeightRow as Row } from '../../lib/weight-rows.ts';
import { Button } from '../../../../components/button/index.tsx';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import styles from './weight-row.module.css';

interface Props {
  row: Row;
  weight: number;
  /** share of its level, 0–1 */
  share: number;
  format: Formatters;
  onWeight: (key: string, weight: number, base: number) => void;
}

/**
 * One weight as a slider and a number input side by side (the same value). Memoised: moving one
 * slider re-renders only the rows of its level, whose shares change.
 */
export const WeightRow = memo(function WeightRow({ row, weight, share, format, onWeight }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(weight));
  const [shown, setShown] = useState(weight);
  // A change from the slider or a reset replaces what the number input shows, unless it already means that value.
  if (shown !== weight) {
    setShown(weight);
    if (Number(draft) !== weight || draft === '') setDraft(String(weight));
  }
  const max = row.base > 0 ? row.base * 3 : 1;
  const step = row.base > 0 ? row.base / 20 : 0.01;
  const title = format.text(row.title);
  const id = `w-${row.key.replace(/[^a-z0-9_-]/gi, '_')}`;
  const isChanged = weight !== row.base;
  return (
    <div
      className={styles.row}
      data-weight-key={row.key}
      data-kind={row.kind}
      data-changed={isChanged || undefined}
      style={{ paddingInlineStart: `${row.depth * 1.25}rem` }}
    >
      <label className={styles.label} htmlFor={id} id={`${id}-label`}>
        <span className={styles.title}>{title}</span> <span className={styles.key}>{row.key}</span>
      </label>
      <input
        id={id}
        className={styles.slider}
        type="range"
        min={0}
        max={Math.max(max, weight)}
        step={step}
        value={weight}
        aria-valuetext={t('workbench.whatIf.weightValue', { weight: format.number(weight), share: format.percent(share) })}
        onChange={(e) => onWeight(row.key, e.currentTarget.valueAsNumber, row.base)}
      />
      <input
        className={styles.number}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        value={draft}
        aria-label={t('workbench.whatIf.weightNumber', { name: title })}
        data-weight-input={row.key}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const value = Number(text);
          if (text.trim() !== '' && Number.isFinite(value) && value >= 0) onWeight(row.key, value, row.base);
        }}
      />
      <span className={styles.share} title={t('workbench.whatIf.shareHint')}>
        {format.percent(share)}
      </span>
      {isChanged ? (
        <Button
          variant="link"
          size="small"
          aria-label={t('workbench.whatIf.resetWeightOf', { name: title })}
          onClick={() => onWeight(row.key, row.base, row.base)}
        >
          {t('workbench.whatIf.reset')}
        </Button>
      ) : (
        <span />
      )}
    </div>
  );
});
