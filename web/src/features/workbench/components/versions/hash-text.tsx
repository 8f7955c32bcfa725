import { useTranslation } from 'react-i18next';
import { shortHash } from '../../lib/short-hash.ts';
import styles from './hash-text.module.css';

/** A SHA-256 content hash: the first digits on screen, all of them for copying and for screen readers. */
export function HashText({ hash }: { hash: string }) {
  const { t } = useTranslation();
  return (
    <code className={styles.hash} title={hash} data-hash={hash}>
      <span aria-hidden="true">{shortHash(hash)}…</span>
      <span className="visually-hidden">{t('workbench.common.hashFull', { hash })}</span>
    </code>
  );
}
