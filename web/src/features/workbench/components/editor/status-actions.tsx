import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodologyStatus } from '@gci/shared';
import { Button } from '../../../../components/button/index.tsx';
import { ConfirmDialog } from '../../../../components/dialog/index.tsx';
import styles from './status-actions.module.css';

// The moves the server allows (methodology.service.ts MOVES); publishing freezes, archiving retires.
const MOVES: Record<MethodologyStatus, MethodologyStatus[]> = {
  draft: ['consultation', 'published', 'archived'],
  consultation: ['draft', 'published', 'archived'],
  published: ['archived'],
  archived: [],
};

interface Props {
  status: MethodologyStatus;
  /** why publishing is not possible yet (unsaved edits, open issues), or null */
  publishBlocker: string | null;
  isBusy: boolean;
  onChange: (status: MethodologyStatus) => void;
}

/** Buttons for the status moves of a version; publishing and archiving ask first. */
export function StatusActions({ status, publishBlocker, isBusy, onChange }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<MethodologyStatus | null>(null);
  const moves = MOVES[status];
  if (moves.length === 0) return null;
  return (
    <div className={styles.actions} role="group" aria-label={t('workbench.editor.statusActions')}>
      {moves.map((next) => {
        const blocked = next === 'published' ? publishBlocker : null;
        return (
          <Button
            key={next}
            variant={next === 'published' ? 'primary' : 'secondary'}
            disabled={isBusy || blocked !== null}
            title={blocked ?? undefined}
            data-move={next}
            onClick={() => (next === 'published' || next === 'archived' ? setAsking(next) : onChange(next))}
          >
            {t(`workbench.editor.move.${next}`)}
          </Button>
        );
      })}
      {moves.includes('published') && publishBlocker && <p className={styles.blocker}>{publishBlocker}</p>}
      {asking && (
        <ConfirmDialog
          title={t(`workbench.editor.confirm.${asking === 'published' ? 'publishTitle' : 'archiveTitle'}`)}
          confirmLabel={t(`workbench.editor.move.${asking}`)}
          isDanger={asking === 'archived'}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            onChange(asking);
          }}
        >
          <p>{t(`workbench.editor.confirm.${asking === 'published' ? 'publishBody' : 'archiveBody'}`)}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
