import { Fragment, type ReactNode } from 'react';
import { localize, type Locale, type MethodologyNode, type QuestionNode } from '@gci/shared';
import { classNames } from '../../lib/class-names.ts';
import { fallbackLang } from '../../lib/fallback-lang.ts';
import styles from './question-tree.module.css';

const hasVisibleQuestion = (node: MethodologyNode, visible: ReadonlySet<string>): boolean =>
  node.kind === 'question' ? visible.has(node.key) : node.children.some((child) => hasVisibleQuestion(child, visible));

const NO_LANG = {};

interface Props {
  /** what a pillar holds: indicators, sub-indicators and questions */
  nodes: readonly MethodologyNode[];
  /** the heading level of these nodes: 3 under a pillar's h2 */
  level: number;
  /** the questions shown; hidden ones, and groups with none shown, are not rendered at all */
  visible: ReadonlySet<string>;
  locale: Locale;
  /** each group's description under its title */
  hasDescriptions?: boolean;
  /** lang and dir on a text shown in the fallback language */
  isFallbackMarked?: boolean;
  renderQuestion: (question: QuestionNode, level: number) => ReactNode;
}

/** The groups (indicator, sub-indicator) of a pillar and the questions they hold, each group's heading one level below its parent's. */
export function QuestionTree({ nodes, level, visible, locale, hasDescriptions = false, isFallbackMarked = false, renderQuestion }: Props) {
  const lang = (text: Parameters<typeof fallbackLang>[0]) => (isFallbackMarked ? fallbackLang(text, locale) : NO_LANG);
  return nodes.map((node) => {
    if (node.kind === 'question') return visible.has(node.key) ? <Fragment key={node.key}>{renderQuestion(node, level)}</Fragment> : null;
    if (!hasVisibleQuestion(node, visible)) return null;
    const Heading = level <= 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
    return (
      <div key={node.key} className={classNames(styles.group, node.kind === 'sub_indicator' && styles.subIndicator)}>
        <Heading className={styles.title} {...lang(node.texts.title)}>
          {localize(node.texts.title, locale)}
        </Heading>
        {hasDescriptions && node.texts.description && (
          <p className={styles.description} {...lang(node.texts.description)}>
            {localize(node.texts.description, locale)}
          </p>
        )}
        <QuestionTree
          nodes={node.children}
          level={level + 1}
          visible={visible}
          locale={locale}
          hasDescriptions={hasDescriptions}
          isFallbackMarked={isFallbackMarked}
          renderQuestion={renderQuestion}
        />
      </div>
    );
  });
}
