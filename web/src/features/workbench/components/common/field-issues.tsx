import type { EditorIssue } from '../../lib/methodology-issues.ts';
import { fieldId } from '../../lib/tree-path.ts';
import styles from './field-issues.module.css';

/**
 * The id of the issues shown for a path. It is the id the kit's FormField gives the error of the
 * field at that path, so every issue of the editor is found the same way, in a field or not.
 */
export const issuesId = (path: string) => `${fieldId(path)}-error`;

/** The issues of a path as a list: a list or a group of fields, or a control that is not a FormField (it points here with aria-describedby). */
export function FieldIssues({ path, issues }: { path: string; issues: readonly EditorIssue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <ul className={styles.issues} id={issuesId(path)} data-issue-path={path}>
      {issues.map((issue) => (
        <li key={issue.code + issue.message}>{issue.message}</li>
      ))}
    </ul>
  );
}

/** aria attributes of an input that has issues. */
export function issueProps(path: string, issues: readonly EditorIssue[] | undefined) {
  return issues?.length ? { 'aria-invalid': true as const, 'aria-describedby': issuesId(path) } : {};
}

/** The issues of one field as the one error sentence a FormField shows. */
export const issueText = (issues: readonly EditorIssue[] | undefined): string | null => (issues?.length ? issues.map((i) => i.message).join(' ') : null);
