import { useTranslation } from 'react-i18next';
import { localize, type LocalizedString, type Locale, type EvidenceLink } from '@gci/shared';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { EvidenceList } from '../../../../components/evidence-list/index.tsx';
import styles from './evidence-links.module.css';

/** Published evidence: links only (uploaded documents are never public), under the question they support. */
export function EvidenceLinks({ evidence, titles, locale }: { evidence: EvidenceLink[]; titles: Map<string, LocalizedString>; locale: Locale }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <EmptyState>{t('public.profile.noEvidence')}</EmptyState>;
  const byQuestion = new Map<string, EvidenceLink[]>();
  for (const e of evidence) byQuestion.set(e.questionKey, [...(byQuestion.get(e.questionKey) ?? []), e]);
  return (
    <dl className={styles.questions}>
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
