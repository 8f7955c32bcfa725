import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenTree, NewConsultationCommentBodySchema, type Methodology } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { FormActions } from '../../../../components/form-actions/index.tsx';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import { describeApiError } from '../../../../lib/describe-api-error.ts';

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
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = NewConsultationCommentBodySchema.safeParse({ nodeKey: node || null, body });
    if (!parsed.success) return setBodyError(t('workbench.consultation.bodyRequired'));
    setBodyError(null);
    setError(null);
    try {
      await onSubmit(parsed.data.nodeKey, parsed.data.body);
      setBody('');
      setSent(true);
    } catch (e) {
      setError(describeApiError(e, t, t('workbench.common.failed')));
    }
  };
  const depthOf = (i: number): number => (entries[i]!.parent < 0 ? 0 : 1 + depthOf(entries[i]!.parent));
  return (
    <form id="comment-form" className={layout.panel} aria-labelledby="comment-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="comment-form-title">{t('workbench.consultation.newComment')}</h2>
      <FormField label={t('workbench.consultation.about')}>
        {(control) => (
          <select {...control} value={node} onChange={(e) => setNode(e.currentTarget.value)}>
            <option value="">{t('workbench.consultation.wholeVersion')}</option>
            {entries.map((e) => (
              <option key={e.node.key} value={e.node.key}>
                {'\u00a0\u00a0'.repeat(depthOf(e.index))}
                {format.text(e.node.texts.title)} ({e.node.key})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('workbench.consultation.comment')} error={bodyError} announceError>
        {(control) => <textarea {...control} rows={4} value={body} maxLength={10_000} onChange={(e) => (setBody(e.currentTarget.value), setSent(false))} />}
      </FormField>
      <FormError message={error} />
      {sent && (
        <Notice tone="success" role="status">
          {t('workbench.consultation.sent')}
        </Notice>
      )}
      <FormActions>
        <Button type="submit" variant="primary">
          {t('workbench.consultation.send')}
        </Button>
      </FormActions>
    </form>
  );
}
