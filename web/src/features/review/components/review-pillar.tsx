import { localize, type GroupNode, type MethodologyNode } from '@gci/shared';
import { classNames } from '../../../lib/class-names.ts';
import { useReview } from '../lib/review-context.ts';
import { ReviewQuestion } from './review-question.tsx';
import styles from './review-pillar.module.css';

interface Marks {
  visible: ReadonlySet<string>;
  flagged: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}

const hasVisible = (node: MethodologyNode, visible: ReadonlySet<string>): boolean =>
  node.kind === 'question' ? visible.has(node.key) : node.children.some((child) => hasVisible(child, visible));

function NodeBlock({ node, level, marks }: { node: MethodologyNode; level: number; marks: Marks }) {
  const { locale } = useReview();
  if (node.kind === 'question') {
    if (!marks.visible.has(node.key)) return null;
    return <ReviewQuestion question={node} level={level} isFlagged={marks.flagged.has(node.key)} isChanged={marks.changed.has(node.key)} />;
  }
  if (!hasVisible(node, marks.visible)) return null;
  const Heading = level <= 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  return (
    <div className={classNames(styles.group, node.kind === 'sub_indicator' && styles.subIndicator)}>
      <Heading className={styles.groupTitle}>{localize(node.texts.title, locale)}</Heading>
      {node.children.map((child) => (
        <NodeBlock key={child.key} node={child} level={level + 1} marks={marks} />
      ))}
    </div>
  );
}

/** The questions of one pillar as the team answered them (hidden questions left out). */
export function ReviewPillar({ pillar, ...marks }: { pillar: GroupNode } & Marks) {
  const { locale } = useReview();
  return (
    <section aria-labelledby="review-pillar-title" data-pillar={pillar.key}>
      <h2 id="review-pillar-title">{localize(pillar.texts.title, locale)}</h2>
      {pillar.children.map((child) => (
        <NodeBlock key={child.key} node={child} level={3} marks={marks} />
      ))}
    </section>
  );
}
