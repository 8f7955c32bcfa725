import { useEffect, useMemo, useRef, useState } from 'react';
import { answersApi, type AnswerHistoryEntry, type AnswerState, type AssessmentStatus } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Reviewer corrections by question key, newest first; `failed` when some history could not be read. */
export interface Corrections {
  byQuestion: ReadonlyMap<string, AnswerHistoryEntry[]>;
  state: 'idle' | 'loading' | 'done' | 'failed';
}

// Answers are corrected only in review, so before the first submission there is nothing to read.
const BEFORE_REVIEW: readonly AssessmentStatus[] = ['not_started', 'in_progress', 'submitted'];
const PARALLEL = 6;
const NONE: Corrections = { byQuestion: new Map(), state: 'done' };

/**
 * The API has no list of an assessment's corrections, so this reads the history of every answered
 * question (a few at a time) and keeps the entries of kind 'correction'. A history is read once per
 * answer version: after a change, only the answers whose version moved are read again.
 */
export function useCorrections(assessmentId: string, status: AssessmentStatus, answers: Readonly<Record<string, AnswerState>>): Corrections {
  const versions = useMemo(
    () =>
      Object.values(answers)
        .map((a) => `${a.questionKey}@${a.version}`)
        .sort()
        .join(' '),
    [answers],
  );
  const skip = BEFORE_REVIEW.includes(status);
  const cache = useRef(new Map<string, AnswerHistoryEntry[]>());
  // what was read, and for which answer versions: while they differ from the current ones, it is loading
  const [result, setResult] = useState<Corrections & { versions: string }>({ byQuestion: new Map(), state: 'idle', versions: '' });

  useEffect(() => {
    if (skip || versions === '') return;
    const controller = new AbortController();
    const wanted = versions.split(' ');
    readMissing(
      assessmentId,
      wanted.filter((v) => !cache.current.has(v)),
      cache.current,
      controller.signal,
    ).then(
      () => {
        const byQuestion = new Map<string, AnswerHistoryEntry[]>();
        for (const v of wanted) {
          const found = cache.current.get(v) ?? [];
          if (found.length > 0) byQuestion.set(v.slice(0, v.lastIndexOf('@')), found);
        }
        setResult({ byQuestion, state: 'done', versions });
      },
      () => {
        if (!controller.signal.aborted) setResult((previous) => ({ ...previous, state: 'failed', versions }));
      },
    );
    return () => controller.abort();
  }, [assessmentId, versions, skip]);

  if (skip) return NONE;
  if (versions !== '' && result.versions !== versions) return { byQuestion: result.byQuestion, state: 'loading' };
  return { byQuestion: result.byQuestion, state: result.state };
}

/** Reads the histories of `keyVersions` (`key@version`) into `cache`, PARALLEL at a time. */
async function readMissing(assessmentId: string, keyVersions: string[], cache: Map<string, AnswerHistoryEntry[]>, signal: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < keyVersions.length) {
      const keyVersion = keyVersions[next++]!;
      const key = keyVersion.slice(0, keyVersion.lastIndexOf('@'));
      const { history } = await callApi(answersApi.history, { params: { assessmentId, questionKey: key } }, { signal });
      cache.set(
        keyVersion,
        history.filter((entry) => entry.kind === 'correction'),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, keyVersions.length) }, worker));
}
