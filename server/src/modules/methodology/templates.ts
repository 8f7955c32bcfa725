import type { Methodology, MethodologyTemplate } from '@gci/shared';
import { GCI_2024_DEMO } from '../../../../fixtures/methodology-gci-2024.ts';

/**
 * Where a first methodology starts when there is none to clone: the GCI 2024 questionnaire's
 * structure (five pillars, twenty indicators, its tier bands) in this platform's own wording,
 * for the analysts to edit into theirs.
 */
export const METHODOLOGY_TEMPLATE: Readonly<Record<MethodologyTemplate, Methodology>> = {
  'gci-2024': GCI_2024_DEMO,
};
