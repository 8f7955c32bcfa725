import { useTranslation } from 'react-i18next';
import { TierBadge } from '../../../components/tier-badge/index.tsx';
import { useFormatters } from '../../../lib/use-formatters.ts';
import type { TierGroup } from '../lib/group-by-tier.ts';
import styles from './tier-overview.module.css';

/** Jump links with the count of each tier; the tiers are bands of score, listed 1 to 5. */
export function TierOverview({ groups }: { groups: TierGroup[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <nav className={styles.overview} aria-label={t('results.tiersOverview')}>
      <ul className={styles.tiers}>
        {groups.map(({ tier, countries }) => (
          <li key={tier.tier}>
            <a href={`#tier-${tier.tier}`} data-tier={tier.tier}>
              <TierBadge tier={tier.tier} />
              <span className={styles.name}>{format.text(tier.name)}</span>
              <span className={styles.count}>{t('results.countries', { count: countries.length })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
