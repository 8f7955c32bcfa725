import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/use-locale.ts';
import { downloadLinks } from '../api/download-links.ts';
import styles from './downloads.module.css';

/** Open data of the cycle, names in the reader's language, and the bundle that reproduces it. */
export function Downloads({ year }: { year: number }) {
  const { t } = useTranslation();
  const links = downloadLinks(year, useLocale());
  return (
    <section className={styles.downloads} aria-labelledby="downloads-title" data-testid="downloads">
      <h2 id="downloads-title">{t('public.downloads.title')}</h2>
      <p>{t('public.downloads.intro')}</p>
      <ul>
        <li>
          <a href={links.xlsx} download>
            {t('exports.resultsXlsx')}
          </a>
        </li>
        <li>
          <a href={links.csv} download>
            {t('public.downloads.csv')}
          </a>
        </li>
        <li>
          <a href={links.json} download>
            {t('public.downloads.json')}
          </a>
        </li>
        <li>
          <a href={links.bundle} download>
            {t('public.downloads.bundle')}
          </a>{' '}
          <span className={styles.hint}>
            {t('public.downloads.bundleHint')} <code>npm run gci -- score bundle.json</code>
          </span>
        </li>
      </ul>
    </section>
  );
}
