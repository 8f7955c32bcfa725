import { useTranslation } from 'react-i18next';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '../../components/page-title/index.tsx';
import { ANALYSTS, requireRole } from './workbench-session.ts';

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
      <p className="lead">{t('workbench.intro')}</p>
      <ul className="workbench-cards">
        {SECTIONS.map(([to, key]) => (
          <li key={to} className="panel">
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
