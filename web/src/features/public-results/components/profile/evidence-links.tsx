import { useTranslation } from 'react-i18next';
import { localize, type EvidenceLink, type Locale, type LocalizedString } from '@gci/shared';
import { EvidenceList } from '../../../../components/evidence-list/index.tsx';

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
          <dd>
            <EvidenceList items={links.map((link) => ({ id: link.url + link.title, kind: 'link', title: link.title, href: link.url }))} empty="" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
