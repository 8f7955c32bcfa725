import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@gci/shared';
import { evidenceDownloadUrl, removeEvidence } from '../api/remove-evidence.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { useFormatters } from '../lib/use-formatters.ts';

/** The evidence of one answer: links open in a new tab, documents download. */
export function EvidenceList({ items, onRemoved }: { items: EvidenceItem[]; onRemoved: (id: string) => void }) {
  const { t } = useTranslation();
  const { canEdit, locale } = useQuestionnaire();
  const format = useFormatters(locale);
  const [error, setError] = useState<string | null>(null);

  const remove = async (item: EvidenceItem) => {
    setError(null);
    try {
      await removeEvidence(item.id);
      onRemoved(item.id);
    } catch {
      setError(t('questionnaire.evidence.removeFailed', { title: item.title }));
    }
  };

  if (items.length === 0) return <p className="muted">{t('questionnaire.evidence.none')}</p>;
  return (
    <>
      <ul className="evidence-list">
        {items.map((item) => (
          <li key={item.id} data-evidence-kind={item.kind}>
            {item.kind === 'link' && item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.title}
                <span className="visually-hidden"> {t('questionnaire.evidence.newTab')}</span>
              </a>
            ) : (
              <a href={evidenceDownloadUrl(item.id)} download={item.fileName ?? true}>
                {item.title}
              </a>
            )}
            <span className="evidence-list__meta">
              {item.kind === 'link' ? safeHost(item.url) : [item.fileName, item.sizeBytes ? format.size(item.sizeBytes) : null].filter(Boolean).join(' · ')}
              {item.carriedOver && ` · ${t('questionnaire.carriedOver.label')}`}
            </span>
            {canEdit && (
              <button
                type="button"
                className="button button--link button--small"
                aria-label={`${t('questionnaire.evidence.remove')}: ${item.title}`}
                onClick={() => void remove(item)}
              >
                {t('questionnaire.evidence.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function safeHost(url: string | null): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}
