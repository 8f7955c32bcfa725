import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';

/** A saved scenario opened by its link: who saved it, why, and the link to share. */
export function ScenarioBanner({ scenario, format }: { scenario: Scenario; format: Formatters }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const link = `${window.location.origin}/workbench/scenarios/${scenario.id}`;
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  return (
    <section className="notice notice--info scenario-banner" aria-labelledby="scenario-title" data-scenario-id={scenario.id}>
      <h2 id="scenario-title">
        {t('workbench.whatIf.scenarioTitle')} <bdi>{scenario.name}</bdi>
      </h2>
      <p className="muted">{t('workbench.whatIf.savedBy', { name: scenario.createdBy.name, date: format.dateTime(scenario.createdAt) })}</p>
      {scenario.note && <p className="scenario-banner__note">{scenario.note}</p>}
      <div className="scenario-banner__link">
        <label htmlFor="scenario-link">{t('workbench.whatIf.shareLink')}</label>
        <input id="scenario-link" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copied ? t('workbench.whatIf.copied') : t('workbench.whatIf.copy')}
        </button>
      </div>
      <p className="muted">{t('workbench.whatIf.scenarioEditHint')}</p>
    </section>
  );
}
