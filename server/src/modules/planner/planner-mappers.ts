import type { AssistanceRequest, Programme, Region } from '@gci/shared';
import type { ProgrammeRow, RequestRow } from './planner.repository.ts';

export const toProgramme = (r: ProgrammeRow): Programme => ({
  id: r.id,
  title: r.title,
  provider: r.provider,
  description: r.description,
  indicators: r.indicators,
  regions: r.regions as Region[],
  languages: r.languages,
  format: r.format,
  link: r.link,
  updatedAt: new Date(r.updatedAt).toISOString(),
});

export type CommentRow = { id: string; requestId: string; body: string; createdAt: Date; authorName: string | null; authorRole: string | null };

export const toRequest = (r: RequestRow, comments: readonly CommentRow[]): AssistanceRequest => ({
  id: r.id,
  iso3: r.countryIso3.trim(),
  indicatorKey: r.indicatorKey,
  status: r.status,
  note: r.note,
  createdAt: new Date(r.createdAt).toISOString(),
  updatedAt: new Date(r.updatedAt).toISOString(),
  comments: comments
    .filter((c) => c.requestId === r.id)
    .map((c) => ({ id: c.id, authorName: c.authorName ?? '', authorRole: c.authorRole ?? '', body: c.body, createdAt: new Date(c.createdAt).toISOString() })),
});

/**
 * Programmes for an indicator: those naming it, open to the country's region first (a programme
 * naming the region before one open to every region), then the rest, by title.
 */
export function programmesFor(all: readonly ProgrammeRow[], indicatorKey: string, region: string): Programme[] {
  const rank = (p: ProgrammeRow) => (p.regions.includes(region) ? 0 : p.regions.length === 0 ? 1 : 2);
  return all
    .filter((p) => p.indicators.includes(indicatorKey))
    .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))
    .map(toProgramme);
}
