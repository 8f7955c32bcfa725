import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice/index.tsx';
import type { StorageKind } from '../lib/edit-store.ts';

/** Unsent edits are safest in IndexedDB; say so plainly when this browser cannot offer it. */
export function StorageWarning({ storage }: { storage: StorageKind | null }) {
  const { t } = useTranslation();
  if (storage === null || storage === 'indexeddb') return null;
  return (
    <Notice tone="warning" role="note" data-testid="storage-warning">
      <p>{storage === 'local_storage' ? t('questionnaire.storage.localStorage') : t('questionnaire.storage.memory')}</p>
    </Notice>
  );
}
