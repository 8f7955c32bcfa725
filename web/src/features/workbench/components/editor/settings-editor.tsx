import { useTranslation } from 'react-i18next';
import type { Methodology } from '@gci/shared';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { LocalizedField, NumberField, SelectField } from './fields.tsx';

/** The version's name and scoring settings (its key is fixed once created). */
export function SettingsEditor({ methodology }: { methodology: Methodology }) {
  const { t } = useTranslation();
  return (
    <section className={layout.panel} aria-labelledby="settings-title">
      <h2 id="settings-title">{t('workbench.editor.settings')}</h2>
      <p className={text.muted}>
        {t('workbench.editor.key')}: <code>{methodology.key}</code>
      </p>
      <LocalizedField path="name" label={t('workbench.editor.name')} value={methodology.name} />
      <div className={layout.formGrid}>
        <NumberField path="edition" label={t('workbench.versions.edition')} value={methodology.edition} min={2000} max={2100} step={1} />
        <NumberField path="pillarMax" label={t('workbench.editor.pillarMax')} value={methodology.pillarMax} min={0} />
        <SelectField
          path="aggregation"
          label={t('workbench.editor.aggregation')}
          value={methodology.aggregation}
          options={[
            ['arithmetic', t('workbench.aggregation.arithmetic')],
            ['geometric', t('workbench.aggregation.geometric')],
          ]}
        />
        <SelectField
          path="missingPolicy"
          label={t('workbench.editor.missingPolicy')}
          value={methodology.missingPolicy}
          options={[
            ['zero', t('workbench.missingPolicy.zero')],
            ['exclude', t('workbench.missingPolicy.exclude')],
          ]}
        />
      </div>
    </section>
  );
}
