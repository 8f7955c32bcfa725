import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/button/index.tsx';
import layout from '../common/layout.module.css';
import { useEditor } from './editor-context.ts';
import styles from './item-actions.module.css';

interface Props {
  /** the item's path in the methodology */
  path: string;
  /** its name, for the buttons' accessible names ("Move Legal measures up") */
  name: string;
  index: number;
  count: number;
}

/** Move up, move down and remove, for one item of a list in the editor (a node, an option); hidden while the version is frozen. */
export function ItemActions({ path, name, index, count }: Props) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  return (
    <div className={`${layout.rowActions} ${styles.actions}`}>
      <Button
        size="small"
        disabled={index === 0}
        onClick={() => dispatch({ type: 'move', path, delta: -1 })}
        aria-label={t('workbench.editor.moveUpNamed', { name })}
      >
        {t('workbench.editor.moveUp')}
      </Button>
      <Button
        size="small"
        disabled={index === count - 1}
        onClick={() => dispatch({ type: 'move', path, delta: 1 })}
        aria-label={t('workbench.editor.moveDownNamed', { name })}
      >
        {t('workbench.editor.moveDown')}
      </Button>
      <Button size="small" variant="danger" onClick={() => dispatch({ type: 'remove', path })} aria-label={t('workbench.editor.removeNamed', { name })}>
        {t('workbench.editor.remove')}
      </Button>
    </div>
  );
}
