import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenTree, NewConsultationCommentBodySchema, type Methodology } from '@gci/shared';
import { isApiError } from '../../../../lib/api-client.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';

interface Props {
  methodology: Methodology;
  initialNode: string | null;
  onSubmit: (nodeKey: string | null, body: string) => Promise<void>;
}

/** A focal point's comment on any node of the version, or on the version as a whole. */
export function CommentForm({ methodology, initialNode, onSubmit }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const entries = flattenTree(methodology);
  const [node, setNode] = useState(initialNode && entries.some((e) => e.node.key === initialNode) ? initialNode : '');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = NewConsultationCommentBodySchema.safeParse({ nodeKey: node || null, body });
    if (!parsed.success) return setError(t('workbench.consultation.bodyRequired'));
    setError(null);
    try {
      await onSubmit(parsed.data.nodeKey, parsed.data.body);
      setBody('');
      setSent(true);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('workbench.common.failed'));
    }
  };
  const depthOf = (i: number): number => (entries[i]!.parent < 0 ? 0 : 1 + depthOf(entries[i]!.parent));
  return (
    <form id="comment-form" className="panel comment-form" aria-labelledby="comment-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="comment-form-title">{t('workbench.consultation.newComment')}</h2>
      <div className="field">
        <label htmlFor="comment-node">{t('workbench.consultation.about')}</label>
        <select id="comment-node" value={node} onChange={(e) => setNode(e.currentTarget.value)}>
          <option value="">{t('workbench.consultation.wholeVersion')}</option>
          {entries.map((e) => (
            <option key={e.node.key} value={e.node.key}>
              {'\u00a0\u00a0'.repeat(depthOf(e.index))}
              {format.text(e.node.texts.title)} ({e.node.key})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="comment-body">{t('workbench.consultation.comment')}</label>
        <textarea id="comment-body" rows={4} value={body} maxLength={10_000} onChange={(e) => (setBody(e.currentTarget.value), setSent(false))} aria-invalid={error ? true : undefined} aria-describedby={error ? 'comment-error' : undefined} />
      </div>
      {error && (
        <p className="form-error" id="comment-error" role="alert">
          {error}
        </p>
      )}
      {sent && (
        <p className="notice notice--success" role="status">
          {t('workbench.consultation.sent')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('workbench.consultation.send')}
        </button>
      </div>
    </form>
  );
}
