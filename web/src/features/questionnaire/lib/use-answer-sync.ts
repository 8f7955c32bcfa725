import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AssessmentDetail } from '@gci/shared';
import { saveAnswer } from '../api/save-answer.ts';
import { AnswerSync, type SyncSnapshot } from './answer-sync.ts';
import { openEditStore } from './edit-store.ts';
import { newIdempotencyKey } from './new-idempotency-key.ts';

/** One autosave engine per page of an assessment (give the page a `key` per assessment). */
export function useAnswerSync(detail: AssessmentDetail, userId: string, onSignedOut: () => void): { sync: AnswerSync; snapshot: SyncSnapshot } {
  const [sync] = useState(
    () =>
      new AnswerSync({
        userId,
        assessmentId: detail.assessment.id,
        answers: detail.answers,
        status: detail.assessment.status,
        openStore: openEditStore,
        save: saveAnswer,
        newKey: newIdempotencyKey,
        onSignedOut,
      }),
  );
  useEffect(() => {
    void sync.start();
    return () => sync.stop();
  }, [sync]);
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot);
  return { sync, snapshot };
}
