import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type GroupNode, type MethodologyNode } from '@gci/shared';
import { classNames } from '../../../lib/class-names.ts';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { QuestionCard } from './question-card.tsx';
import styles from './pillar-section.module.css';

const hasVisibleQuestion = (node: MethodologyNode, visible: ReadonlySet<string>): boolean =>
  node.kind === 'question' ? visible.has(node.key) : node.children.some((child) => hasVisibleQuestion(child, visible));

/** A group (indicator, sub-indicator) and what it holds; hidden questions are not rendered at all. */
function NodeBlock({ node, level, visible }: { node: MethodologyNode; level: number; visible: ReadonlySet<string> }) {
  const { locale } = useQuestionnaire();
  if (node.kind === 'question') return visible.has(node.key) ? <QuestionCard question={node} level={level} /> : null;
  if (!hasVisibleQuestion(node, visible)) return null;
  const Heading = level <= 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  return (
    <div className={classNames(styles.group, node.kind === 'sub_indicator' && styles.subIndicator)}>
      <Heading className={styles.groupTitle} {...fallbackLang(node.texts.title, locale)}>
        {localize(node.texts.title, locale)}
      </Heading>
      {node.texts.description && (
        <p className={styles.description} {...fallbackLang(node.texts.description, locale)}>
          {localize(node.texts.description, locale)}
        </p>
      )}
      {node.children.map((child) => (
        <NodeBlock key={child.key} node={child} level={level + 1} visible={visible} />
      ))}
    </div>
  );
}

/** One pillar of the questionnaire, with links to the pillars before and after it. */
export function PillarSection({ pillar, visible }: { pillar: GroupNode; visible: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { methodology, locale } = useQuestionnaire();
  const index = methodology.pillars.findIndex((p) => p.key === pillar.key);
  const previous = methodology.pillars[index - 1];
  const next = methodology.pillars[index + 1];
  return (
    <section aria-labelledby="pillar-title" data-pillar={pillar.key}>
      <h2 id="pillar-title" className={styles.title} tabIndex={-1} data-focus-on-change {...fallbackLang(pillar.texts.title, locale)}>
        {localize(pillar.texts.title, locale)}
      </h2>
      {pillar.texts.description && (
        <p className={styles.description} {...fallbackLang(pillar.texts.description, locale)}>
          {localize(pillar.texts.description, locale)}
        </p>
      )}
      {pillar.children.map((child) => (
        <NodeBlock key={child.key} node={child} level={3} visible={visible} />
      ))}
      <nav className={styles.pager} aria-label={t('questionnaire.pager')}>
        {previous && (
          <Link to={{ search: `?pillar=${encodeURIComponent(previous.key)}` }} rel="prev" className={styles.previous}>
            {localize(previous.texts.title, locale)}
          </Link>
        )}
        <Link to={{ search: next ? `?pillar=${encodeURIComponent(next.key)}` : '?view=submit' }} rel="next" className={styles.next}>
          {next ? localize(next.texts.title, locale) : t('questionnaire.submit.nav')}
        </Link>
      </nav>
    </section>
  );
}
