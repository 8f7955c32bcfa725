import type { ReactNode } from 'react';
import styles from './pillar-bar-chart.module.css';

export interface ChartBar {
  key: string;
  value: number;
  /** any CSS colour, `var(--tier-2)` included */
  color: string;
  /** drawn pale and dashed: a reference (an average) beside the bar it belongs to */
  isReference?: boolean;
}

export interface ChartRow {
  key: string;
  /** the pillar's name, written above its bars */
  name: string;
  bars: ChartBar[];
}

interface Props {
  rows: readonly ChartRow[];
  /** the end of the score axis */
  max: number;
  /** under the chart, inside its frame (a key) */
  footer?: ReactNode;
}

const BAR = 14;
const GAP = 3;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Bars by pillar, one row per pillar with its name above, drawn as plain SVG: the server sends it
 * with the page, it needs no script and no chart library, and a row never runs out of room for its
 * label on a phone. Widths are percentages of the row, so the chart follows its container. Hidden
 * from assistive technology: a table beside it carries the same figures. In right-to-left
 * languages the bars grow from the right (the stylesheet mirrors the drawing, not the text).
 */
export function PillarBarChart({ rows, max, footer }: Props) {
  const percent = (value: number) => `${(Math.min(Math.max(value, 0), max) / max) * 100}%`;
  return (
    <div className={styles.frame} aria-hidden="true">
      <ol className={styles.rows}>
        {rows.map((row) => {
          const height = row.bars.length * (BAR + GAP) + GAP;
          return (
            <li key={row.key} className={styles.row} data-chart-row={row.key}>
              <span className={styles.name}>{row.name}</span>
              <svg className={styles.bars} width="100%" height={height} role="presentation" focusable="false">
                {TICKS.map((tick) => (
                  <line key={tick} className={styles.grid} x1={`${tick * 100}%`} x2={`${tick * 100}%`} y1={0} y2={height} />
                ))}
                {row.bars.map((bar, i) => (
                  <rect
                    key={bar.key}
                    data-bar={bar.key}
                    className={bar.isReference ? styles.reference : styles.bar}
                    x={0}
                    y={GAP + i * (BAR + GAP)}
                    width={percent(bar.value)}
                    height={BAR}
                    style={{ fill: bar.color, stroke: bar.isReference ? bar.color : undefined }}
                  />
                ))}
              </svg>
            </li>
          );
        })}
      </ol>
      <div className={styles.scale}>
        {TICKS.map((tick) => (
          <span key={tick}>{Number((tick * max).toFixed(1))}</span>
        ))}
      </div>
      {footer}
    </div>
  );
}
