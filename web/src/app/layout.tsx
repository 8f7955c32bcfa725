import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { PageLoading } from '../components/ui/page-loading.tsx';

/** Header, main landmark and footer around every page. */
export function AppShell({ children, isBusy = false }: { children: ReactNode; isBusy?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // "Results" is the section of `/` and of every `/cycles/:year`.
  const isResults = pathname === '/' || pathname.startsWith('/cycles/');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              <li>
                <Link to="/" aria-current={isResults ? 'page' : undefined}>
                  {t('nav.results')}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
        {isBusy && <div className="progress-bar" aria-hidden="true" />}
      </header>
      <main id="main" className="container site-main" tabIndex={-1} aria-busy={isBusy}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
          <p>
            {/* Served by the API server (Swagger UI), outside the client-side router. */}
            <a href="/docs">{t('footer.apiDocs')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}

export function Layout() {
  const navigation = useNavigation();
  return (
    <AppShell isBusy={navigation.state === 'loading'}>
      <Outlet />
    </AppShell>
  );
}

/** Shown while the first page's code and data load. */
export function LayoutFallback() {
  return (
    <AppShell isBusy>
      <PageLoading />
    </AppShell>
  );
}
