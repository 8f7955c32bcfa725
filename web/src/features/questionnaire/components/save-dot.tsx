import type { SaveStateKind } from '../lib/save-state.ts';
import styles from './save-dot.module.css';

/** The colour of a save state, beside the words that say it (decorative: hidden from screen readers). */
export function SaveDot({ state }: { state: SaveStateKind }) {
  return <span className={styles.dot} data-state={state} aria-hidden="true" />;
}
