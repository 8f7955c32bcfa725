import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flattenTree, type ConsultationComment, type MethodologyVersionDetail } from '@gci/shared';
import { groupComments, openCount } from '../../lib/consultation-groups.ts';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { Choice } from '../common/choice.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { VersionHeader } from '../editor/version-header.tsx';
import { CommentCard } from './comment-card.tsx';
import { CommentForm } from './comment-form.tsx';
import styles from './consultation-page.module.css';

interface Props {
  detail: MethodologyVersionDetail;
  comments: readonly ConsultationComment[];
  isAnalyst: boolean;
  initialNode: string | null;
  onComment: (nodeKey: string | null, body: string) => Promise<void>;
  onRespond: (id: string, status: 'answered' | 'taken_into_account' | 'not_taken_into_account', response: string) => Promise<void>;
}

/** The consultation record of a version: comments grouped by node or by country; analysts answer, focal points comment. */
export function ConsultationPage({ detail, comments, isAnalyst, initialNode, onComment, onRespond }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [by, setBy] = useState<'node' | 'country'>('node');
  const entries = flattenTree(detail.methodology);
  const titleOf = new Map(entries.map((e) => [e.node.key, format.text(e.node.texts.title)]));
  const nodeLabel = (key: string | null) => (key ? `${titleOf.get(key) ?? key} (${key})` : t('workbench.consultation.wholeVersion'));
  const groups = groupComments(
    comments,
    by,
    entries.map((e) => e.node.key),
  );
  const isOpen = detail.version.status === 'consultation';
  return (
    <>
      <VersionHeader version={detail.version} isAnalyst={isAnalyst} />
      <h2>{t('workbench.consultation.title')}</h2>
      <p className={text.lead}>
        {isOpen ? (isAnalyst ? t('workbench.consultation.introAnalyst') : t('workbench.consultation.focalIntro')) : t('workbench.consultation.closed')}
      </p>
      <p role="status" data-testid="comment-counts">
        {t('workbench.consultation.counts', { count: comments.length, open: openCount(comments) })}
      </p>
      {!isAnalyst && isOpen && <CommentForm methodology={detail.methodology} initialNode={initialNode} onSubmit={onComment} />}
      <fieldset className={styles.groupBy}>
        <legend>{t('workbench.consultation.groupBy')}</legend>
        {(['node', 'country'] as const).map((g) => (
          <Choice key={g} type="radio" name="group-by" isInline label={t(`workbench.consultation.by.${g}`)} checked={by === g} onChange={() => setBy(g)} />
        ))}
      </fieldset>
      {groups.length === 0 && <EmptyState>{t('workbench.consultation.none')}</EmptyState>}
      {groups.map((g) => (
        <section key={g.key || '-'} className={layout.panel} aria-labelledby={`group-${by}-${g.key || 'all'}`} data-group={g.key}>
          <h3 id={`group-${by}-${g.key || 'all'}`}>
            {by === 'node' ? nodeLabel(g.key || null) : g.key}{' '}
            <span className={text.muted}>({t('workbench.consultation.commentsCount', { count: g.comments.length })})</span>
          </h3>
          {g.comments.map((c) => (
            <CommentCard key={c.id} comment={c} context={by === 'node' ? c.country : nodeLabel(c.nodeKey)} canRespond={isAnalyst} onRespond={onRespond} />
          ))}
        </section>
      ))}
    </>
  );
}
