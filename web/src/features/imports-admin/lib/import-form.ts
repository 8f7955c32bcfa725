/** The import form as typed: text as in the inputs, and the chosen file. */
export interface ImportForm {
  file: File | null;
  year: string;
  name: string;
  source: string;
  tiers: string;
  pillarMax: string;
}

/** GCI 2024's bands and pillar points, which most past editions' files use. */
export const emptyImportForm = (): ImportForm => ({ file: null, year: '', name: '', source: '', tiers: '95,85,55,20', pillarMax: '20' });

/** Where an API error points: a field of the form, or the file (its rows), or the form as a whole. */
export function formFieldOf(field: string | undefined): keyof ImportForm | null {
  const name = field?.replace(/^body\./, '');
  return name === 'year' || name === 'name' || name === 'source' || name === 'tiers' || name === 'pillarMax' || name === 'file' ? name : null;
}
