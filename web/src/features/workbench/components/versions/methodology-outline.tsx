import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Methodology, MethodologyNode } from '@gci/shared';
import { useFormatters, type Formatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { KindTag } from '../common/kind-tag.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import styles from './methodology-outline.module.css';

/** A version read-only, as focal points see it in consultation: the tree, weights, tiers; every node can be commented on. */
export function MethodologyOutline({ methodology, commentPath }: { methodology: Methodology; commentPath: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div data-testid="methodology-outline">
      <section className={layout.panel} aria-labelledby="outline-tiers">
        <h2 id="outline-tiers">{t('workbench.editor.tiers')}</h2>
        <ul className={styles.list}>
          {methodology.thresholds.map((th) => (
            <li key={th.tier}>
              <TierBadge tier={th.tier} /> {format.text(th.name)} · {t('workbench.outline.from', { min: format.number(th.min) })}
            </li>
          ))}
        </ul>
      </section>
      <section className={layout.panel} aria-labelledby="outline-tree">
        <h2 id="outline-tree">{t('workbench.editor.tree')}</h2>
        <ol className={`${styles.list} ${styles.tree}`}>
          {methodology.pillars.map((p) => (
            <OutlineNode key={p.key} node={p} siblings={methodology.pillars} format={format} commentPath={commentPath} />
          ))}
        </ol>
      </section>
    </div>
  );
}

function OutlineNode({
  node,
  siblings,
  format,
  commentPath,
}: {
  node: MethodologyNode;
  siblings: readonly MethodologyNode[];
  format: Formatters;
  commentPath: string | null;
}) {
  const { t } = useTranslation();
  const sum = siblings.reduce((s, n) => s + n.weight, 0);
  const title = format.text(node.texts.title);
  return (
    <li data-node-key={node.key} data-kind={node.kind}>
      <div className={styles.row} data-testid="outline-row">
        <KindTag kind={node.kind} /> <span>{title}</span> <code>{node.key}</code>{' '}
        <span className={text.muted}>{t('workbench.outline.share', { share: format.percent(sum > 0 ? node.weight / sum : 0) })}</span>
        {node.kind === 'question' && <span className={text.muted}> · {t(`workbench.questionType.${node.question.type}`)}</span>}
        {commentPath && (
          <Link className={styles.comment} to={`${commentPath}?node=${encodeURIComponent(node.key)}#comment-form`}>
            {t('workbench.consultation.commentOn')}
            <span className="visually-hidden"> {title}</span>
          </Link>
        )}
      </div>
      {node.kind !== 'question' && node.children.length > 0 && (
        <ol className={styles.list}>
          {node.children.map((c) => (
            <OutlineNode key={c.key} node={c} siblings={node.children} format={format} commentPath={commentPath} />
          ))}
        </ol>
      )}
    </li>
  );
}
