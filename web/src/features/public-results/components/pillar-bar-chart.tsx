import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { isRtl, type Locale } from '@gci/shared';
import styles from './pillar-bar-chart.module.css';

interface Props {
  /** one entry per pillar: `name` on the axis, then the values the bars read */
  data: readonly ({ name: string } & Record<string, unknown>)[];
  /** the top of the score axis */
  max: number;
  height: number;
  locale: Locale;
  /** the <Bar>s, and a <Legend> if any */
  children: ReactNode;
  /** under the chart, inside its frame (a key) */
  footer?: ReactNode;
}

/**
 * Bars by pillar in a framed box, hidden from assistive technology: a table beside it carries the
 * same figures. Recharts lays the chart out left to right; in right-to-left languages the axes
 * are mirrored instead.
 */
export function PillarBarChart({ data, max, height, locale, children, footer }: Props) {
  const rtl = isRtl(locale);
  return (
    <div className={styles.frame} aria-hidden="true">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" reversed={rtl} interval={0} tick={{ fontSize: 12 }} height={48} />
          <YAxis domain={[0, max]} orientation={rtl ? 'right' : 'left'} width={32} />
          {children}
        </BarChart>
      </ResponsiveContainer>
      {footer}
    </div>
  );
}
