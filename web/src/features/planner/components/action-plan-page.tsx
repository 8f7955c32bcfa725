import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type ActionGap, type ActionPlan, type AssistanceRequest, type Role } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { requestAssistance, setPeerOffer } from '../api/action-plan.ts';
import { RequestCard } from './request-card.tsx';
import styles from './planner.module.css';

interface Props {
  plan: ActionPlan;
  requests: AssistanceRequest[];
  offers: string[];
  role: Role;
  onChanged: () => Promise<void>;
}

/** `/planner/:iso3`: a country's gaps, the next tier's first, with what could help; its requests; its peer offers. */
export function ActionPlanPage({ plan, requests, offers, role, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const titleOf = (key: string) => {
    const found = plan.gaps.find((g) => g.indicatorKey === key)?.title ?? plan.met.find((m) => m.indicatorKey === key)?.title;
    return found ? localize(found, locale) : key;
  };
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await onChanged();
    } catch {
      setError(t('planner.requests.failed'));
    }
  };
  const heading = t('planner.plan.title', { country: plan.iso3 });

  return (
    <section className={styles.stack} data-testid="action-plan">
      <PageTitle title={heading} />
      <h1>{heading}</h1>
      {plan.year === null ? (
        <EmptyState>{t('planner.plan.noResults')}</EmptyState>
      ) : (
        <p className={styles.muted}>
          {t('planner.plan.intro', { year: plan.year, tier: plan.tier ?? '–' })} {plan.nextTier !== null && t('planner.plan.next', { tier: plan.nextTier })}
        </p>
      )}
      <FormError message={error} />
      {plan.gaps.map((gap) => (
        <GapCard
          key={gap.indicatorKey}
          gap={gap}
          title={titleOf(gap.indicatorKey)}
          mayRequest={role === 'focal_point' && !gap.request}
          onRequest={() => void run(() => requestAssistance(plan.iso3, gap.indicatorKey, ''))}
        />
      ))}
      <h2>{t('planner.requests.title')}</h2>
      {requests.length === 0 && <p className={styles.muted}>{t('planner.requests.none')}</p>}
      {requests.map((r) => (
        <RequestCard key={r.id} request={r} role={role} title={titleOf(r.indicatorKey)} onChanged={() => void onChanged()} />
      ))}
      {plan.met.length > 0 && (
        <>
          <h2>{t('planner.peers.title')}</h2>
          <p className={styles.muted}>{t('planner.peers.intro')}</p>
          <ul className={styles.list}>
            {plan.met.map((m) => (
              <li key={m.indicatorKey} className={styles.row}>
                {localize(m.title, locale)}
                {offers.includes(m.indicatorKey) && <Tag>{t('planner.peers.offered')}</Tag>}
                {role === 'focal_point' && (
                  <Button size="small" onClick={() => void run(() => setPeerOffer(plan.iso3, m.indicatorKey, !offers.includes(m.indicatorKey)))}>
                    {offers.includes(m.indicatorKey) ? t('planner.peers.withdraw') : t('planner.peers.offer')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GapCard({ gap, title, mayRequest, onRequest }: { gap: ActionGap; title: string; mayRequest: boolean; onRequest: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <article className={styles.gap} data-testid="action-gap" data-indicator={gap.indicatorKey}>
      <div className={styles.row}>
        <h3>{title}</h3>
        {gap.towardsNextTier && <Tag tone="warning">{t('planner.plan.towardsNextTier')}</Tag>}
        {gap.request && <Tag>{t(`planner.statuses.${gap.request.status}`)}</Tag>}
      </div>
      <h4>{t('planner.plan.programmes')}</h4>
      {gap.programmes.length ? (
        <ul className={styles.list}>
          {gap.programmes.map((p) => (
            <li key={p.id}>
              {p.link ? (
                <a href={p.link} target="_blank" rel="noreferrer noopener">
                  {p.title}
                </a>
              ) : (
                p.title
              )}{' '}
              — {p.provider} · {t(`planner.formats.${p.format}`)} · {p.languages.join(', ')}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>{t('planner.plan.noProgrammes')}</p>
      )}
      <h4>{t('planner.plan.examples')}</h4>
      {gap.examples.length ? (
        <ul className={styles.list}>
          {gap.examples.map((e) => (
            <li key={e.id}>
              {e.url ? (
                <a href={e.url} target="_blank" rel="noreferrer noopener">
                  {e.title}
                </a>
              ) : (
                e.title
              )}{' '}
              — {localize(e.countryNames, locale)}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>{t('planner.plan.noExamples')}</p>
      )}
      <h4>{t('planner.plan.peers')}</h4>
      <p className={gap.peers.length ? undefined : styles.muted}>
        {gap.peers.length ? gap.peers.map((p) => localize(p.names, locale)).join(', ') : t('planner.plan.noPeers')}
      </p>
      {mayRequest && (
        <div>
          <Button variant="primary" size="small" onClick={onRequest}>
            {t('planner.plan.request')}
          </Button>
        </div>
      )}
    </article>
  );
}
