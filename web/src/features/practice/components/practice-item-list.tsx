import { useTranslation } from 'react-i18next';
import { DOWNLOAD_PATHS, localize, type Locale, type PracticeItem } from '@gci/shared';
import { addressOf } from '../../../lib/api-client.ts';
import { useLanguageName } from '../../../lib/use-language-name.ts';
import styles from './practice-item-list.module.css';

/**
 * Published items: a link opens in a new tab (never passing the page as referrer), an allowed
 * document downloads, a title alone otherwise; then type, country, language, date and cycle.
 */
export function PracticeItemList({ items, empty }: { items: PracticeItem[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  if (items.length === 0) return <p className={styles.empty}>{empty}</p>;
  return (
    <ul className={styles.list} data-testid="practice-items">
      {items.map((item) => {
        const facts = [
          t(`practice.types.${item.type}`),
          localize(item.countryNames, i18n.language as Locale),
          languageName(item.language),
          item.date,
          t('practice.cycle', { year: item.year }),
        ].filter(Boolean);
        return (
          <li key={item.id} className={styles.item} lang={item.language}>
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer nofollow">
                {item.title}
                <span className="visually-hidden"> {t('ui.newTab')}</span>
              </a>
            ) : item.hasFile ? (
              <a href={addressOf(DOWNLOAD_PATHS.practiceFile, { evidenceId: item.id })} download={item.fileName ?? true}>
                {item.title}
              </a>
            ) : (
              <span>{item.title}</span>
            )}
            <span className={styles.facts} lang={i18n.language}>
              {facts.join(' · ')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
