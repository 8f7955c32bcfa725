import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import type { EditorIssue } from '../../lib/methodology-issues.ts';
import styles from './issues-summary.module.css';

/** Every open issue with a button that unfolds the tree to its field; publishing needs none. */
export function IssuesSummary({ issues, onShow }: { issues: readonly EditorIssue[]; onShow: (path: string) => void }) {
  const { t } = useTranslation();
  if (issues.length === 0) {
    return (
      <Notice tone="success" data-testid="issues-summary" data-count={0}>
        <p>{t('workbench.editor.noIssues')}</p>
      </Notice>
    );
  }
  return (
    <Notice tone="warning" role="region" aria-labelledby="issues-title" data-testid="issues-summary" data-count={issues.length}>
      <h2 id="issues-title">{t('workbench.editor.issues', { count: issues.length })}</h2>
      <ul className={styles.list}>
        {issues.slice(0, 50).map((issue, i) => (
          <li key={i} data-issue-path={issue.path}>
            <Button variant="link" size="small" onClick={() => onShow(issue.path)}>
              <code>{issue.path || '—'}</code>
            </Button>{' '}
            {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>{t('workbench.editor.moreIssues', { count: issues.length - 50 })}</p>}
    </Notice>
  );
}
