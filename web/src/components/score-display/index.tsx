import { useFormatters } from '../../lib/use-formatters.ts';
import styles from './score-display.module.css';

interface Props {
  value: number;
  /** the most it could be: "62.3 / 100" */
  max?: number;
  /** words for screen readers before the figure, when the figure stands alone ("Overall score") */
  label?: string;
  className?: string;
  testId?: string;
}

/** A score as the pages show every score: one decimal (the formatters' one rounding rule), aligned figures. */
export function ScoreDisplay({ value, max, label, className, testId }: Props) {
  const format = useFormatters();
  return (
    <span className={className ? `${styles.score} ${className}` : styles.score} data-testid={testId}>
      {label && <span className="visually-hidden">{label}: </span>}
      {format.score(value)}
      {max !== undefined && ` / ${format.bound(max)}`}
    </span>
  );
}
