import { useTranslation } from 'react-i18next';
import { localize } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';
import type { TierGroup } from '../lib/group-by-tier.ts';
import { TierBadge } from '../../../components/tier-badge/index.tsx';

/** Jump links with the count of each tier; the tiers are bands of score, listed 1 to 5. */
export function TierOverview({ groups }: { groups: TierGroup[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <nav className="tier-overview" aria-label={t('results.tiersOverview')}>
      <ul>
        {groups.map(({ tier, countries }) => (
          <li key={tier.tier}>
            <a href={`#tier-${tier.tier}`} data-tier={tier.tier}>
              <TierBadge tier={tier.tier} />
              <span className="tier-overview__name">{localize(tier.name, locale)}</span>
              <span className="tier-overview__count">{t('results.countries', { count: countries.length })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
