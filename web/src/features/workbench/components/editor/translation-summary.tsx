import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { translationCompleteness, type Methodology, type MissingText, type TranslatableField, type TranslatedLocale } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { Disclosure } from '../../../../components/disclosure/index.tsx';
import { useLanguageName } from './fields.tsx';
import layout from '../common/layout.module.css';
import styles from './translation-summary.module.css';

// The editor's own label of each field, so that the list names a field the way its form does.
const FIELD_LABEL = {
  name: 'workbench.editor.name',
  tier_name: 'workbench.editor.tierName',
  title: 'workbench.editor.title',
  description: 'workbench.editor.description',
  help: 'workbench.editor.help',
  criteria: 'workbench.editor.criteria',
  evidence: 'workbench.editor.evidenceText',
  option_label: 'workbench.editor.optionLabel',
} as const satisfies Record<TranslatableField, string>;

/** Shown at most per language; the rest are counted (fixing the first ones shows the next). */
const LISTED = 100;

/**
 * How complete each language is, and which texts it lacks: readers of a language see English where
 * a text is missing. Each missing text is a button that switches the second language to that one
 * and unfolds the tree to the field.
 */
export function TranslationSummary({ methodology, onFix }: { methodology: Methodology; onFix: (locale: TranslatedLocale, path: string) => void }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const languages = useMemo(() => translationCompleteness(methodology), [methodology]);

  const describe = (m: MissingText) =>
    [m.owner || t('workbench.editor.translations.methodology'), t(FIELD_LABEL[m.field]), m.option].filter(Boolean).join(' · ');

  return (
    <section className={layout.panel} aria-labelledby="translations-title" data-testid="translation-summary">
      <h2 id="translations-title">{t('workbench.editor.translations.title')}</h2>
      <ul className={styles.languages}>
        {languages.map((language) => (
          <li key={language.locale} data-locale={language.locale} data-percent={language.percent}>
            <Disclosure
              summary={
                <span className={styles.summary}>
                  <span className={styles.language}>{languageName(language.locale)}</span>
                  <meter className={styles.meter} min={0} max={100} value={language.percent} aria-hidden="true" />
                  <span>
                    {t('workbench.editor.translations.percent', { percent: language.percent, translated: language.translated, total: language.total })}
                  </span>
                </span>
              }
            >
              {language.missing.length === 0 ? (
                <p>{t('workbench.editor.translations.complete')}</p>
              ) : (
                <>
                  <p>{t('workbench.editor.translations.missing', { count: language.missing.length })}</p>
                  <ul className={styles.missing}>
                    {language.missing.slice(0, LISTED).map((m) => (
                      <li key={m.path} data-missing-path={m.path}>
                        <Button variant="link" size="small" onClick={() => onFix(language.locale, m.path)}>
                          {describe(m)}
                        </Button>{' '}
                        <span className={styles.english} lang="en">
                          {m.english}
                        </span>
                      </li>
                    ))}
                  </ul>
                  {language.missing.length > LISTED && <p>{t('workbench.editor.translations.more', { count: language.missing.length - LISTED })}</p>}
                </>
              )}
            </Disclosure>
          </li>
        ))}
      </ul>
    </section>
  );
}
