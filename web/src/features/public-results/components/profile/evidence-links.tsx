import { useTranslation } from 'react-i18next';
import { localize, type EvidenceLink, type Locale, type LocalizedString } from '@gci/shared';

/** Published evidence: links only (uploaded documents are never public), under the question they support. */
export function EvidenceLinks({ evidence, titles, locale }: { evidence: EvidenceLink[]; titles: Map<string, LocalizedString>; locale: Locale }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <p className="muted">{t('public.profile.noEvidence')}</p>;
  const byQuestion = new Map<string, EvidenceLink[]>();
  for (const e of evidence) byQuestion.set(e.questionKey, [...(byQuestion.get(e.questionKey) ?? []), e]);
  return (
    <dl className="evidence-links">
      {[...byQuestion].map(([key, links]) => (
        <div key={key}>
          <dt>{localize(titles.get(key) ?? { en: key }, locale)}</dt>
          {links.map((link) => (
            <dd key={link.url + link.title}>
              <a href={link.url} rel="noopener noreferrer nofollow" target="_blank">
                {link.title}
                <span className="visually-hidden"> {t('public.profile.newTab')}</span>
              </a>
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
