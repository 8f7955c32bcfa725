import { useTranslation } from 'react-i18next';
import styles from './tier-badge.module.css';

interface Props {
  tier: number;
  /** the tier's name, written after the number: "Tier 2 · Advancing" */
  name?: string;
  size?: 'normal' | 'large';
  testId?: string;
}

/** The tier number as text on the tier's colour: the colour is never the only cue. */
export function TierBadge({ tier, name, size = 'normal', testId }: Props) {
  const { t } = useTranslation();
  return (
    <span className={size === 'large' ? `${styles.badge} ${styles.large}` : styles.badge} data-tier={tier} data-testid={testId}>
      {name ? t('ui.tierNamed', { tier, name }) : t('ui.tier', { tier })}
    </span>
  );
}
