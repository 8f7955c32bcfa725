import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentDetail, Locale } from '@gci/shared';
import { getAssessment } from '../api/get-assessment.ts';
import type { AnswerSync } from './answer-sync.ts';

/**
 * The assessment as last read from the server. Reads it again in the new language when the reader
 * switches (questionnaire texts come from the API), and on demand (after carrying answers over);
 * the answers read go to the autosave engine, which keeps the newest version of each.
 */
export function useAssessmentDetail(initial: AssessmentDetail, initialLang: Locale, locale: Locale, sync: AnswerSync) {
  const [detail, setDetail] = useState(initial);
  const loadedLang = useRef(initialLang);
  const id = initial.assessment.id;

  const reload = useCallback(
    async (lang: Locale, signal?: AbortSignal) => {
      const fresh = await getAssessment(id, lang, signal);
      loadedLang.current = lang;
      setDetail(fresh);
      sync.mergeServer(fresh.answers);
      sync.setAssessmentStatus(fresh.assessment.status);
    },
    [id, sync],
  );

  useEffect(() => {
    if (locale === loadedLang.current) return;
    const controller = new AbortController();
    reload(locale, controller.signal).catch(() => undefined); // the English fallback stays on screen
    return () => controller.abort();
  }, [locale, reload]);

  return { detail, setDetail, reload: useCallback(() => reload(loadedLang.current), [reload]) };
}
