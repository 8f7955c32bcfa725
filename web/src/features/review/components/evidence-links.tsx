import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@gci/shared';

const downloadUrl = (id: string) => `/api/evidence/${encodeURIComponent(id)}/download`;

/** The evidence of an answer, read-only: links open in a new tab, documents download. */
export function EvidenceLinks({ items }: { items: readonly EvidenceItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('review.evidence.none')}</p>;
  return (
    <ul className="evidence-list">
      {items.map((item) => (
        <li key={item.id} data-evidence-kind={item.kind}>
          {item.kind === 'link' && item.url ? (
            <a href={item.url} target="_blank" rel="noopener noreferrer">
              {item.title}
              <span className="visually-hidden"> {t('review.evidence.newTab')}</span>
            </a>
          ) : (
            <a href={downloadUrl(item.id)} download={item.fileName ?? true}>
              {item.title}
            </a>
          )}
          <span className="evidence-list__meta">{item.kind === 'link' ? hostOf(item.url) : item.fileName}</span>
        </li>
      ))}
    </ul>
  );
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}
