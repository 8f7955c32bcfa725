import { useTranslation } from 'react-i18next';
import type { AuditEntry, Locale } from '@gci/shared';

const json = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value, null, 1));

/** The log entries, newest first: when, who, what, on which record, and the values before and after. */
export function AuditTable({ entries, locale }: { entries: readonly AuditEntry[]; locale: Locale }) {
  const { t } = useTranslation();
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  if (entries.length === 0) return <p className="notice notice--info">{t('audit.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table data-table--compact audit-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.countryColumn')}</th>
            <th scope="col">{t('audit.ip')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-action={entry.action}>
              <td>
                <time dateTime={entry.at}>{moment.format(new Date(entry.at))}</time>
              </td>
              <td>
                <bdi>{entry.actorEmail ?? t('audit.system')}</bdi>
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.entityType}
                {entry.entityId && <span className="audit-table__id" title={entry.entityId}> {entry.entityId.slice(0, 8)}</span>}
              </td>
              <td>{entry.country ?? ''}</td>
              <td>{entry.ip ?? ''}</td>
              <td>
                {(entry.before !== null || entry.after !== null) && (
                  <details className="audit-table__details">
                    <summary>{t('audit.show')}</summary>
                    <dl>
                      <dt>{t('audit.before')}</dt>
                      <dd>
                        <pre>{json(entry.before)}</pre>
                      </dd>
                      <dt>{t('audit.after')}</dt>
                      <dd>
                        <pre>{json(entry.after)}</pre>
                      </dd>
                    </dl>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
