import { useTranslation } from 'react-i18next';

/** Sets the document title (React 19 hoists <title> into <head>); every page should render one. */
export function PageTitle({ title }: { title?: string }) {
  const { t } = useTranslation();
  return <title>{title ? `${title} · ${t('app.name')}` : t('app.name')}</title>;
}
