import { CreateCountryBodySchema, LOCALES, UpdateCountryBodySchema, type AdminCountry, type Locale, type Region } from '@gci/shared';

/** What the country form edits: the codes only when adding a country. */
export interface CountryDraft {
  iso3: string;
  iso2: string;
  numeric: string;
  region: Region | '';
  names: Record<Locale, string>;
}

/** A form field: a code, the region, or the name in one language. */
export type DraftField = 'iso3' | 'iso2' | 'numeric' | 'region' | `names.${Locale}`;

export const emptyDraft = (): CountryDraft => ({
  iso3: '',
  iso2: '',
  numeric: '',
  region: '',
  names: Object.fromEntries(LOCALES.map((l) => [l, ''])) as Record<Locale, string>,
});

export const draftOf = (country: AdminCountry): CountryDraft => ({
  iso3: country.iso3,
  iso2: country.iso2,
  numeric: country.numeric,
  region: country.region,
  names: { ...country.names },
});

const FIELDS: readonly DraftField[] = ['iso3', 'iso2', 'numeric', 'region', ...LOCALES.map((l) => `names.${l}` as const)];

/** The form field a server or schema path points at (`body.names.ar` → `names.ar`), if it is one of the form's. */
export function fieldOf(path: string | undefined): DraftField | null {
  const field = path?.replace(/^body\./, '');
  return FIELDS.find((f) => f === field) ?? null;
}

type Checked<T> = { ok: true; body: T } | { ok: false; field: DraftField | null };

function check<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } }): Checked<T> {
  if (result.success) return { ok: true, body: result.data };
  return { ok: false, field: fieldOf(result.error.issues[0]?.path.join('.')) };
}

/** The edit as the route's body, checked with the route's own schema (the browser refuses what the server would). */
export const toUpdateBody = (draft: CountryDraft, version: number) =>
  check(UpdateCountryBodySchema.safeParse({ version, names: draft.names, region: draft.region || undefined }));

export const toCreateBody = (draft: CountryDraft) =>
  check(
    CreateCountryBodySchema.safeParse({
      ...draft,
      region: draft.region || undefined,
      iso3: draft.iso3.trim(),
      iso2: draft.iso2.trim(),
      numeric: draft.numeric.trim(),
    }),
  );

/** Lower case without accents, so "cote" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The countries whose code or name in any of the six languages contains `query`. */
export function searchCountries(countries: readonly AdminCountry[], query: string): readonly AdminCountry[] {
  const q = fold(query.trim());
  if (!q) return countries;
  return countries.filter((c) => [c.iso3, c.iso2, c.numeric, ...Object.values(c.names)].some((text) => fold(text).includes(q)));
}
