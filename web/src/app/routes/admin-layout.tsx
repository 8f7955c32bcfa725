import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { TabNav } from '../../components/tab-nav/index.tsx';

/** `/admin/*`: one entry in the header for the administration pages, and a row of their sections. */
function AdminLayout() {
  const { t } = useTranslation();
  const sections = [
    ['/admin/overview', t('admin.nav.overview')],
    ['/admin/people', t('admin.nav.people')],
    ['/admin/cycles', t('admin.nav.cycles')],
    ['/admin/countries', t('admin.nav.countries')],
    ['/admin/mail', t('admin.nav.mail')],
    ['/admin/imports', t('admin.nav.imports')],
    ['/admin/programmes', t('admin.nav.programmes')],
    ['/admin/audit', t('admin.nav.audit')],
  ] as const;
  return (
    <>
      <TabNav label={t('admin.nav.label')} variant="section">
        {sections.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to}>{label}</NavLink>
          </li>
        ))}
      </TabNav>
      <Outlet />
    </>
  );
}

export { AdminLayout as Component };
