import { useTranslation } from 'react-i18next';
import type { NodeKind } from '@gci/shared';
import styles from './kind-tag.module.css';

/** A node's kind in a tree or a list (pillar, indicator, sub-indicator, question), coloured by kind. */
export function KindTag({ kind }: { kind: NodeKind }) {
  const { t } = useTranslation();
  return (
    <span className={styles.tag} data-kind={kind}>
      {t(`workbench.kind.${kind}`)}
    </span>
  );
}
