import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormField } from '../../../../components/form-field/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import text from '../common/text.module.css';
import styles from './scenario-banner.module.css';

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
    <Notice tone="info" role="region" aria-labelledby="scenario-title" data-scenario-id={scenario.id}>
      <h2 id="scenario-title" className={styles.title}>
        {t('workbench.whatIf.scenarioTitle')} <bdi>{scenario.name}</bdi>
      </h2>
      <p className={text.muted}>{t('workbench.whatIf.savedBy', { name: scenario.createdBy.name, date: format.dateTime(scenario.createdAt) })}</p>
      {scenario.note && <p className={styles.note}>{scenario.note}</p>}
      <div className={styles.link}>
        <FormField id="scenario-link" label={t('workbench.whatIf.shareLink')} inline>
          {(control) => <input {...control} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />}
        </FormField>
        <Button size="small" onClick={() => void copy()}>
          {copied ? t('workbench.whatIf.copied') : t('workbench.whatIf.copy')}
        </Button>
      </div>
      <p className={text.muted}>{t('workbench.whatIf.scenarioEditHint')}</p>
    </Notice>
  );
}
