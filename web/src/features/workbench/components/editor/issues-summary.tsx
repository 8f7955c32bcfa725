import { useTranslation } from 'react-i18next';
import type { EditorIssue } from '../../lib/methodology-issues.ts';

/** Every open issue with a button that unfolds the tree to its field; publishing needs none. */
export function IssuesSummary({ issues, onShow }: { issues: readonly EditorIssue[]; onShow: (path: string) => void }) {
  const { t } = useTranslation();
  if (issues.length === 0) {
    return (
      <p className="notice notice--success" data-testid="issues-summary" data-count={0}>
        {t('workbench.editor.noIssues')}
      </p>
    );
  }
  return (
    <section className="notice notice--warning issues-summary" aria-labelledby="issues-title" data-testid="issues-summary" data-count={issues.length}>
      <h2 id="issues-title">{t('workbench.editor.issues', { count: issues.length })}</h2>
      <ul>
        {issues.slice(0, 50).map((issue, i) => (
          <li key={i} data-issue-path={issue.path}>
            <button type="button" className="button--link" onClick={() => onShow(issue.path)}>
              <code>{issue.path || '—'}</code>
            </button>{' '}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>{t('workbench.editor.moreIssues', { count: issues.length - 50 })}</p>}
    </section>
  );
}
