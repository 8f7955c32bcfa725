import { useTranslation } from 'react-i18next';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { ANALYSTS, requireRole } from './workbench-session.ts';
import layout from '../../features/workbench/components/common/layout.module.css';
import styles from './workbench-home.module.css';
import text from '../../features/workbench/components/common/text.module.css';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ANALYSTS);
  return null;
}

const SECTIONS = [
  ['/workbench/methodologies', 'versions'],
  ['/workbench/diff', 'diff'],
  ['/workbench/what-if', 'whatIf'],
  ['/workbench/compare', 'compare'],
  ['/workbench/stability', 'stability'],
  ['/workbench/cycles', 'cycles'],
  ['/workbench/backcast', 'backcast'],
] as const;

/** `/workbench`: what each part of the workbench is for. */
function WorkbenchHome() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="workbench-title">
      <PageTitle title={t('workbench.title')} />
      <h1 id="workbench-title">{t('workbench.title')}</h1>
      <p className={text.lead}>{t('workbench.intro')}</p>
      <ul className={styles.cards}>
        {SECTIONS.map(([to, key]) => (
          <li key={to} className={layout.panel}>
            <h2>
              <Link to={to}>{t(`workbench.nav.${key}`)}</Link>
            </h2>
            <p>{t(`workbench.home.${key}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export { WorkbenchHome as Component };
