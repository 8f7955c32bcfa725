import { useTranslation } from 'react-i18next';
import { localize, type Locale, type NodeTexts, type QuestionSpec } from '@gci/shared';
import { fallbackLang } from '../../../lib/fallback-lang.ts';
import styles from './question-guidance.module.css';

/** Help text, the criteria and the accepted evidence of a question. */
export function QuestionGuidance({ texts, spec, helpId, locale }: { texts: NodeTexts; spec: QuestionSpec; helpId: string; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <div className={styles.guidance}>
      {texts.help && (
        <p id={helpId} {...fallbackLang(texts.help, locale)}>
          {localize(texts.help, locale)}
        </p>
      )}
      {(texts.criteria || texts.evidence) && (
        <dl className={styles.facts}>
          {texts.criteria && (
            <>
              <dt>{t('questionnaire.criteria')}</dt>
              <dd {...fallbackLang(texts.criteria, locale)}>{localize(texts.criteria, locale)}</dd>
            </>
          )}
          {texts.evidence && spec.evidence !== 'none' && (
            <>
              <dt>{spec.evidence === 'required' ? t('questionnaire.evidenceRequired') : t('questionnaire.evidenceAccepted')}</dt>
              <dd {...fallbackLang(texts.evidence, locale)}>{localize(texts.evidence, locale)}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
