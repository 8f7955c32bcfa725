import { useTranslation } from 'react-i18next';
import { buttonClass } from '../button/index.tsx';
import styles from './download-links.module.css';

export interface DownloadLink {
  href: string;
  label: string;
}

/** Files to download (exports), as small buttons side by side; the server names each file. */
export function DownloadLinks({ label, links, testId }: { label: string; links: readonly DownloadLink[]; testId?: string }) {
  return (
    <ul className={styles.links} aria-label={label} data-testid={testId}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} download className={buttonClass({ size: 'small' })}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The same table as XLSX and as CSV, side by side: what every export offers. */
export function SpreadsheetLinks({ label, hrefs, testId }: { label: string; hrefs: { xlsx: string; csv: string }; testId?: string }) {
  const { t } = useTranslation();
  return (
    <DownloadLinks
      label={label}
      links={[
        { href: hrefs.xlsx, label: t('exports.xlsx') },
        { href: hrefs.csv, label: t('exports.csv') },
      ]}
      testId={testId}
    />
  );
}
