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
