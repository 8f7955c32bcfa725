import type { EditorIssue } from '../../lib/methodology-issues.ts';
import { fieldId } from '../../lib/tree-path.ts';

/** The issues of one field, announced with it (the input points here with aria-describedby). */
export function FieldIssues({ path, issues }: { path: string; issues: readonly EditorIssue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <ul className="field-error field-issues" id={`${fieldId(path)}-issues`} data-issue-path={path}>
      {issues.map((issue) => (
        <li key={issue.code + issue.message}>{issue.message}</li>
      ))}
    </ul>
  );
}

/** aria attributes of an input that has issues. */
export function issueProps(path: string, issues: readonly EditorIssue[] | undefined) {
  return issues?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(path)}-issues` } : {};
}
