import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, type GroupNode } from '@gci/shared';
import { QuestionTree } from '../../../components/question-tree/index.tsx';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { QuestionCard } from './question-card.tsx';
import focus from './focus-heading.module.css';
import styles from './pillar-section.module.css';

/** One pillar of the questionnaire, with links to the pillars before and after it. */
export function PillarSection({ pillar, visible }: { pillar: GroupNode; visible: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const { methodology, locale } = useQuestionnaire();
  const index = methodology.pillars.findIndex((p) => p.key === pillar.key);
  const previous = methodology.pillars[index - 1];
  const next = methodology.pillars[index + 1];
  return (
    <section aria-labelledby="pillar-title" data-pillar={pillar.key}>
      <h2 id="pillar-title" className={focus.heading} tabIndex={-1} data-focus-on-change {...fallbackLang(pillar.texts.title, locale)}>
        {localize(pillar.texts.title, locale)}
      </h2>
      {pillar.texts.description && (
        <p className={styles.description} {...fallbackLang(pillar.texts.description, locale)}>
          {localize(pillar.texts.description, locale)}
        </p>
      )}
      <QuestionTree
        nodes={pillar.children}
        level={3}
        visible={visible}
        locale={locale}
        hasDescriptions
        isFallbackMarked
        renderQuestion={(question, level) => <QuestionCard question={question} level={level} />}
      />
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
