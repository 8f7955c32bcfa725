import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { LoadingState } from '../components/loading-state/index.tsx';
import { TabNav } from '../components/tab-nav/index.tsx';
import { UserMenu } from '../features/auth/components/user-menu.tsx';
import { useAuth } from '../features/auth/lib/session-store.ts';
import { clearPendingEdits, countPendingEdits } from '../features/questionnaire/lib/edit-store.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import styles from './layout.module.css';

// Signed-in only: a public page's visitor never loads the inbox's code and contracts.
const NotificationBell = lazy(() => import('../features/notifications/components/notification-bell.tsx').then((m) => ({ default: m.NotificationBell })));

/** Header, main landmark and footer around every page. */
export function AppShell({ children, isBusy = false }: { children: ReactNode; isBusy?: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // "Results" is the section of `/` and of every `/cycles/:year`.
  const isResults = pathname === '/' || pathname.startsWith('/cycles/');
  const auth = useAuth();
  const isSignedIn = auth.status === 'signed_in' && auth.session.stage === 'active';
  const role = auth.status === 'signed_in' ? auth.session.user.role : null;
  const isLead = auth.status === 'signed_in' && auth.session.user.role === 'focal_point' && auth.session.user.lead;
  return (
    <>
      <a className={styles.skipLink} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={`${styles.container} ${styles.headerInner}`}>
          {/* signed in, staff have up to seven links: the name shortens to its initials under 1600 px (layout.module.css) */}
          <Link to="/" className={styles.brand} data-compact={isSignedIn || undefined}>
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span className={styles.brandName}>{t('app.name')}</span>
            <span className={styles.brandShort} aria-hidden="true">
              {t('app.shortName')}
            </span>
          </Link>
          <TabNav label={t('nav.label')} variant="main" className={styles.nav}>
            <li>
              <Link to="/" aria-current={isResults ? 'page' : undefined}>
                {t('nav.results')}
              </Link>
            </li>
            <li>
              <Link to="/practice" aria-current={pathname.startsWith('/practice') ? 'page' : undefined}>
                {t('nav.practice')}
              </Link>
            </li>
            {isSignedIn && (
              <li>
                <Link to="/assessments" aria-current={pathname.startsWith('/assessments') ? 'page' : undefined}>
                  {t('assessments.title')}
                </Link>
              </li>
            )}
            {isSignedIn && (role === 'analyst' || role === 'admin' || role === 'focal_point') && (
              <li>
                <Link
                  to={role === 'focal_point' ? '/workbench/methodologies' : '/workbench'}
                  aria-current={pathname.startsWith('/workbench') ? 'page' : undefined}
                >
                  {role === 'focal_point' ? t('workbench.nav.consultation') : t('workbench.nav.workbench')}
                </Link>
              </li>
            )}
            {isSignedIn && (role === 'reviewer' || role === 'analyst' || role === 'admin') && (
              <li>
                <Link to="/review" aria-current={pathname.startsWith('/review') ? 'page' : undefined}>
                  {t('review.navLink')}
                </Link>
              </li>
            )}
            {isSignedIn && role === 'admin' && (
              <li>
                <Link to="/admin" aria-current={pathname.startsWith('/admin') ? 'page' : undefined}>
                  {t('admin.navLink')}
                </Link>
              </li>
            )}
            {isSignedIn && (role === 'focal_point' || role === 'analyst' || role === 'admin') && (
              <li>
                <Link to="/planner" aria-current={pathname.startsWith('/planner') ? 'page' : undefined}>
                  {t('nav.planner')}
                </Link>
              </li>
            )}
            {isSignedIn && isLead && (
              <li>
                <Link to="/team" aria-current={pathname.startsWith('/team') ? 'page' : undefined}>
                  {t('people.team.navLink')}
                </Link>
              </li>
            )}
          </TabNav>
          <LanguageSwitcher className={styles.language} />
          {isSignedIn && role && (
            <Suspense fallback={null}>
              <NotificationBell role={role} />
            </Suspense>
          )}
          {/* Sign-out warns about, then removes, the questionnaire's unsent edits kept on this device. */}
          <UserMenu countUnsent={countPendingEdits} clearLocalData={clearPendingEdits} />
        </div>
        {isBusy && <div className={styles.progress} aria-hidden="true" data-testid="navigation-progress" />}
      </header>
      <main id="main" className={`${styles.container} ${styles.main}`} tabIndex={-1} aria-busy={isBusy}>
        {children}
      </main>
      <footer className={styles.footer}>
        <div className={`${styles.container} ${styles.footerInner}`}>
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
      {/* A new page opens at its top; back and forward return to where the reader was. */}
      <ScrollRestoration />
    </AppShell>
  );
}

/** Shown while the first page's code and data load. */
export function LayoutFallback() {
  return (
    <AppShell isBusy>
      <LoadingState />
    </AppShell>
  );
}
