import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { TabNav } from '../../../../components/tab-nav/index.tsx';

/** The workbench's sections; focal points only take part in consultations. */
export function WorkbenchNav({ isAnalyst }: { isAnalyst: boolean }) {
  const { t } = useTranslation();
  const links = isAnalyst
    ? ([
        ['/workbench', t('workbench.nav.overview'), true],
        ['/workbench/methodologies', t('workbench.nav.versions'), false],
        ['/workbench/diff', t('workbench.nav.diff'), false],
        ['/workbench/what-if', t('workbench.nav.whatIf'), false],
        ['/workbench/compare', t('workbench.nav.compare'), false],
        ['/workbench/stability', t('workbench.nav.stability'), false],
        ['/workbench/cycles', t('workbench.nav.cycles'), false],
        ['/workbench/backcast', t('workbench.nav.backcast'), false],
      ] as const)
    : ([['/workbench/methodologies', t('workbench.nav.consultation'), false]] as const);
  return (
    <TabNav label={t('workbench.nav.label')} variant="section">
      {links.map(([to, label, end]) => (
        <li key={to}>
          <NavLink to={to} end={end}>
            {label}
          </NavLink>
        </li>
      ))}
    </TabNav>
  );
}
