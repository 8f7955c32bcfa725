import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../testing/render-markup.ts';
import { QuestionnaireContext, type QuestionnaireContextValue } from '../lib/questionnaire-context.ts';
import { PrefillOffer } from './prefill-offer.tsx';

/** The offer as the page renders it, with as much of the questionnaire as it reads. */
function render(from: { year: number; answers: number; fills: number } | null, { answered = 0, canEdit = true } = {}): string {
  const server = Object.fromEntries(Array.from({ length: answered }, (_, i) => [`q${i}`, {}]));
  const value = { assessment: { id: 'a1' }, snapshot: { server, edits: {} }, canEdit } as unknown as QuestionnaireContextValue;
  return renderMarkup(
    <QuestionnaireContext.Provider value={value}>
      <PrefillOffer from={from} onDone={() => Promise.resolve()} />
    </QuestionnaireContext.Provider>,
  );
}

describe('PrefillOffer', () => {
  it('at the start: offers the answers, and a way to decline', () => {
    const html = render({ year: 2024, answers: 12, fills: 12 });
    expect(html).toContain('You answered this questionnaire in 2024 (12 answers)');
    expect(html).toContain('Start from your 2024 answers');
    expect(html).toContain('No thanks, start without them');
    expect(html).not.toContain('data-testid="prefill-only-unanswered"');
  });

  it('stays after answers are saved, and says accepting fills only the unanswered questions', () => {
    const html = render({ year: 2024, answers: 12, fills: 9 }, { answered: 3 });
    expect(html).toContain('data-testid="prefill-offer"');
    expect(html).toContain('those answers are kept');
    expect(html).toContain('number of them with a 2024 answer: 9');
    expect(html).toContain('Fill the unanswered questions from 2024');
  });

  it('says when there is nothing left to fill, and offers only to decline', () => {
    const html = render({ year: 2024, answers: 12, fills: 0 }, { answered: 12 });
    expect(html).toContain('there is nothing left to fill');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Fill the unanswered questions from 2024<\/button>/);
  });

  it('is gone once decided (the server sends no offer) or when the questionnaire cannot be edited', () => {
    expect(render(null)).toBe('');
    expect(render({ year: 2024, answers: 12, fills: 12 }, { canEdit: false })).toBe('');
  });
});
