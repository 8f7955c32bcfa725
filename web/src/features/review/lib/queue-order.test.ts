import { describe, expect, it } from 'vitest';
import type { AssessmentStatus, QueueItem } from '@gci/shared';
import { reviewQueueOrder } from './queue-order.ts';

const item = (iso3: string, en: string, fr: string, status: AssessmentStatus, deadline: string): QueueItem => ({
  id: crypto.randomUUID(),
  cycle: { id: crypto.randomUUID(), year: 2026, name: 'GCI 2026' } as QueueItem['cycle'],
  country: { iso3, names: { en, fr }, region: 'europe' },
  status,
  deadline,
  editable: false,
  submittedAt: null,
  updatedAt: deadline,
  completion: 0,
  openThreads: 0,
});

describe('reviewQueueOrder', () => {
  const items = [
    item('ALB', 'Albania', 'Albanie', 'in_progress', '2026-03-01T00:00:00Z'),
    item('DEU', 'Germany', 'Allemagne', 'in_progress', '2026-03-01T00:00:00Z'),
    item('ZMB', 'Zambia', 'Zambie', 'resubmitted', '2026-05-01T00:00:00Z'),
    item('CIV', "Côte d'Ivoire", "Côte d'Ivoire", 'submitted', '2026-05-01T00:00:00Z'),
    item('KEN', 'Kenya', 'Kenya', 'submitted', '2026-04-01T00:00:00Z'),
  ];

  it('puts what waits for a reviewer first, then the soonest deadline, then the name in the reader’s language', () => {
    expect(reviewQueueOrder(items, 'en').map((i) => i.country.iso3)).toEqual(['KEN', 'CIV', 'ZMB', 'ALB', 'DEU']);
    expect(reviewQueueOrder(items, 'fr').map((i) => i.country.iso3)).toEqual(['KEN', 'CIV', 'ZMB', 'ALB', 'DEU']);
    const swapped = [
      item('USA', 'United States', 'États-Unis', 'in_progress', '2026-03-01T00:00:00Z'),
      item('FRA', 'France', 'France', 'in_progress', '2026-03-01T00:00:00Z'),
    ];
    expect(reviewQueueOrder(swapped, 'en').map((i) => i.country.iso3)).toEqual(['FRA', 'USA']);
    expect(reviewQueueOrder(swapped, 'fr').map((i) => i.country.iso3)).toEqual(['USA', 'FRA']); // É sorts with E
  });
});
