import { useTranslation } from 'react-i18next';
import type { GroupNode, Methodology, MethodologyNode } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { countWithin } from '../../lib/methodology-issues.ts';
import { CHILD_KINDS, freeKey, newNode } from '../../lib/node-factory.ts';
import { fieldId } from '../../lib/tree-path.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { FieldIssues } from '../common/field-issues.tsx';
import { KindTag } from '../common/kind-tag.tsx';
import layout from '../common/layout.module.css';
import { Tag } from '../common/tag.tsx';
import { useEditor } from './editor-context.ts';
import { LocalizedField, NumberField, SelectField, TextField } from './fields.tsx';
import { ItemActions } from './item-actions.tsx';
import { QuestionEditor } from './question-editor.tsx';
import styles from './node-editor.module.css';

interface Props {
  node: MethodologyNode;
  path: string;
  index: number;
  siblings: number;
  methodology: Methodology;
}

/** One node of the tree, folded to its title until opened; its fields render only when open. */
export function NodeEditor({ node, path, index, siblings, methodology }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { dispatch, issues, allIssues, open } = useEditor();
  const isOpen = open.has(path);
  const problems = countWithin(allIssues, path);
  const title = format.text(node.texts.title) || node.key;
  return (
    <li data-node-key={node.key} data-kind={node.kind} data-path={path}>
      <details open={isOpen} onToggle={(e) => dispatch({ type: 'toggle', path, open: e.currentTarget.open })}>
        <summary className={styles.summary}>
          <KindTag kind={node.kind} /> <span className={styles.title}>{title}</span> <code className={styles.fact}>{node.key}</code>{' '}
          <span className={styles.fact}>{t('workbench.editor.weightShort', { weight: format.number(node.weight) })}</span>
          {problems > 0 && (
            <Tag tone="warning" look="note">
              {t('workbench.editor.issueCount', { count: problems })}
            </Tag>
          )}
        </summary>
        {isOpen && (
          <div className={styles.body} id={fieldId(path)} tabIndex={-1} data-testid="node-body">
            <ItemActions path={path} name={title} index={index} count={siblings} />
            <FieldIssues path={`${path}.kind`} issues={issues.get(`${path}.kind`)} />
            <div className={layout.formGrid}>
              <TextField path={`${path}.key`} label={t('workbench.editor.key')} value={node.key} />
              <NumberField path={`${path}.weight`} label={t('workbench.editor.weight')} value={node.weight} min={0} />
              {node.kind !== 'question' && (
                <SelectField
                  path={`${path}.aggregation`}
                  label={t('workbench.editor.aggregation')}
                  value={node.aggregation ?? ''}
                  options={[
                    ['', t('workbench.editor.aggregationInherit')],
                    ['arithmetic', t('workbench.aggregation.arithmetic')],
                    ['geometric', t('workbench.aggregation.geometric')],
                  ]}
                  onValue={(v) => dispatch({ type: 'set', path: `${path}.aggregation`, value: v || undefined })}
                />
              )}
            </div>
            <LocalizedField path={`${path}.texts.title`} label={t('workbench.editor.title')} value={node.texts.title} />
            <LocalizedField path={`${path}.texts.description`} label={t('workbench.editor.description')} value={node.texts.description} multiline optional />
            {node.kind === 'question' && (
              <>
                <LocalizedField path={`${path}.texts.help`} label={t('workbench.editor.help')} value={node.texts.help} multiline optional />
                <LocalizedField path={`${path}.texts.criteria`} label={t('workbench.editor.criteria')} value={node.texts.criteria} multiline optional />
                <LocalizedField path={`${path}.texts.evidence`} label={t('workbench.editor.evidenceText')} value={node.texts.evidence} multiline optional />
                <QuestionEditor path={`${path}.question`} spec={node.question} self={node.key} methodology={methodology} />
              </>
            )}
            {node.kind !== 'question' && <ChildList parent={node} path={path} methodology={methodology} />}
          </div>
        )}
      </details>
    </li>
  );
}

/** A group's children and the buttons that add one of each kind it may hold. */
export function ChildList({ parent, path, methodology }: { parent: GroupNode | null; path: string; methodology: Methodology }) {
  const { t } = useTranslation();
  const { dispatch, issues } = useEditor();
  const listPath = parent ? `${path}.children` : 'pillars';
  const children = parent ? parent.children : methodology.pillars;
  const own = issues.get(listPath);
  return (
    <div id={fieldId(listPath)} tabIndex={-1}>
      <FieldIssues path={listPath} issues={own} />
      <ol className={styles.tree}>
        {children.map((child, i) => (
          <NodeEditor key={i} node={child} path={`${listPath}[${i}]`} index={i} siblings={children.length} methodology={methodology} />
        ))}
      </ol>
      <div className={`${layout.rowActions} ${styles.add}`}>
        {CHILD_KINDS[parent ? parent.kind : 'root'].map((kind) => (
          <Button
            key={kind}
            size="small"
            onClick={() =>
              dispatch({
                type: 'append',
                path: listPath,
                item: newNode(kind, freeKey(methodology, parent?.key ?? ''), children.length, t(`workbench.editor.newTitle.${kind}`)),
                openIt: true,
              })
            }
          >
            {parent ? t(`workbench.editor.add.${kind}`) : t('workbench.editor.add.pillar')}
            {parent && <span className="visually-hidden"> {t('workbench.editor.inside', { name: parent.texts.title.en })}</span>}
          </Button>
        ))}
      </div>
    </div>
  );
}
