import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceEntry } from './evidence-entry.ts';
import styles from './evidence-list.module.css';

export { evidenceEntry, type EvidenceEntry } from './evidence-entry.ts';

interface Props {
  items: readonly EvidenceEntry[];
  /** shown instead of an empty list */
  empty: string;
  /** an action on one entry (e.g. Remove), after its facts */
  action?: (entry: EvidenceEntry) => ReactNode;
}

/**
 * The evidence of an answer: links open in a new tab (and say so to screen readers), documents
 * download; each entry names its site or file. Evidence addresses come from users, so links are
 * nofollow and never pass the page as referrer.
 */
export function EvidenceList({ items, empty, action }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className={styles.empty}>{empty}</p>;
  return (
    <ul className={styles.list}>
      {items.map((entry) => {
        const facts = [entry.kind === 'link' ? hostOf(entry.href) : entry.fileName, ...(entry.details ?? [])].filter(Boolean);
        return (
          <li key={entry.id} className={styles.item} data-evidence-kind={entry.kind}>
            {entry.kind === 'link' ? (
              <a href={entry.href} target="_blank" rel="noopener noreferrer nofollow">
                {entry.title}
                <span className="visually-hidden"> {t('ui.newTab')}</span>
              </a>
            ) : (
              <a href={entry.href} download={entry.fileName ?? true}>
                {entry.title}
              </a>
            )}
            {facts.length > 0 && <span className={styles.facts}>{facts.join(' · ')}</span>}
            {action?.(entry)}
          </li>
        );
      })}
    </ul>
  );
}

/** "example.org" of a link; nothing for an address that does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
