import { useMemo } from 'react';
import { createWhatIf, type AnswersByCountry, type CountrySummary, type Region, type WhatIf, type WorkbenchData } from '@gci/shared';

export interface WhatIfSession {
  whatIf: WhatIf;
  /** every country under the version as it is */
  baseline: CountrySummary[];
  regionOf: ReadonlyMap<string, Region>;
  names: ReadonlyMap<string, WorkbenchData['countries'][number]['names']>;
}

/** Answers by country code, as the engine takes them. */
export const answersByCountry = (data: WorkbenchData): AnswersByCountry => Object.fromEntries(data.countries.map((c) => [c.iso3, c.answers]));

/**
 * Prepares the cycle once (question scores and skip logic do not depend on weights); each
 * `whatIf.rescore(overrides)` afterwards only re-aggregates every country, in the browser.
 */
export function useWhatIfSession(data: WorkbenchData): WhatIfSession {
  return useMemo(() => {
    const whatIf = createWhatIf(data.methodology, answersByCountry(data));
    return {
      whatIf,
      baseline: whatIf.rescore(),
      regionOf: new Map(data.countries.map((c) => [c.iso3, c.region])),
      names: new Map(data.countries.map((c) => [c.iso3, c.names])),
    };
  }, [data]);
}
