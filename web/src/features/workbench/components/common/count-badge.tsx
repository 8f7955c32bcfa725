import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './count-badge.module.css';

/** How many things a heading's section holds, beside the heading: "Added (3)" without the brackets. */
export function CountBadge({ count }: { count: number }) {
  const format = useFormatters();
  return <span className={styles.badge}>{format.integer(count)}</span>;
}
