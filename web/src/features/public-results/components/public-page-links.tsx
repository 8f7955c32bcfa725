import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { publicPaths } from '../lib/paths.ts';
import { TabNav } from '../../../components/tab-nav/index.tsx';

type Page = 'results' | 'compare' | 'methodology' | 'gaps';

/** The pages of one published cycle; the current one is marked, not linked. */
export function PublicPageLinks({ year, current }: { year: number; current: Page }) {
  const { t } = useTranslation();
  const pages: { page: Page; to: string; label: string }[] = [
    { page: 'results', to: publicPaths.results(year), label: t('public.publicNav.results') },
    { page: 'compare', to: publicPaths.compare(year), label: t('public.publicNav.compare') },
    { page: 'gaps', to: publicPaths.gaps(year), label: t('public.publicNav.gaps') },
    { page: 'methodology', to: publicPaths.methodology(year), label: t('public.publicNav.methodology') },
  ];
  return (
    <TabNav label={t('public.publicNav.label', { year })} variant="links">
      {pages.map(({ page, to, label }) => (
        <li key={page}>
          <Link to={to} aria-current={page === current ? 'page' : undefined}>
            {label}
          </Link>
        </li>
      ))}
    </TabNav>
  );
}
