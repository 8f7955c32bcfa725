import {
  importedAnswers,
  isStorableText,
  STORABLE_TEXT_MESSAGE,
  parseTierList,
  pillarLevelMethodology,
  readResultsTable,
  ResultsImportOptionsSchema,
  scoreCountries,
  validateMethodology,
  type ImportedCountry,
  type Methodology,
  type Region,
  type ResultsImported,
  type ResultsImportOptions,
  type ResultsImportPreview,
} from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import { contentHash } from '../../lib/hash.ts';
import { recordAudit, type AuditEvent } from '../audit/audit.ts';
import { findMethodologyVersionByKey, insertMethodology, loadMethodology, updateMethodologyVersion } from '../methodology/methodology.repository.ts';
import { publishCycle } from '../publication/publication.service.ts';
import { findCycleOfYear, insertImportedCycle, listCountryRegions } from './imports.repository.ts';
import { readResultsFile } from './read-table.ts';

/** The options as a form or the command line gives them: text. */
export interface ImportFields {
  year?: string;
  name?: string;
  source?: string;
  tiers?: string;
  pillarMax?: string;
  overallTolerance?: string;
}

/** The options checked; a bad one is a 400 naming its field. */
export function importOptionsOf(fields: ImportFields): ResultsImportOptions {
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value === 'string' && !isStorableText(value)) throw badRequest(`${field}: ${STORABLE_TEXT_MESSAGE}`, `body.${field}`);
  }
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);
  const parsed = ResultsImportOptionsSchema.safeParse({
    year: blank(fields.year),
    name: fields.name,
    source: blank(fields.source),
    tiers: blank(fields.tiers) === undefined ? undefined : parseTierList(fields.tiers!),
    pillarMax: blank(fields.pillarMax),
    overallTolerance: blank(fields.overallTolerance),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'year');
    throw badRequest(`${field}: ${issue.message}`, `body.${field}`);
  }
  return parsed.data;
}

interface Checked {
  options: ResultsImportOptions;
  methodology: Methodology;
  countries: ImportedCountry[] | null;
  problems: ResultsImportPreview['problems'];
  regions: Map<string, Region>;
}

async function check(db: Executor, content: Buffer, options: ResultsImportOptions): Promise<Checked> {
  const regions = await listCountryRegions(db);
  const read = readResultsTable(await readResultsFile(content), new Set(regions.keys()), options);
  const methodology = pillarLevelMethodology(options);
  const issues = validateMethodology(methodology);
  if (issues.length) throw badRequest(`These options make no valid methodology: ${issues[0]!.message}`, 'body.tiers', { issues });
  return read.ok
    ? { options, methodology, countries: read.countries, problems: [], regions }
    : { options, methodology, countries: null, problems: read.problems, regions };
}

/** How many countries each tier would hold, from the same engine the publication uses. */
function tierCounts(methodology: Methodology, countries: readonly ImportedCountry[], regions: Map<string, Region>) {
  const scored = scoreCountries(
    methodology,
    countries.map((c) => ({ iso3: c.iso3, region: regions.get(c.iso3)!, answers: importedAnswers(c) })),
  );
  return [...methodology.thresholds]
    .sort((a, b) => a.tier - b.tier)
    .map((t) => ({ tier: t.tier, min: t.min, count: scored.filter((c) => c.tier === t.tier).length }));
}

/** What an import of this file would do, writing nothing. */
export async function previewResultsImport(db: Executor, content: Buffer, fileName: string, fields: ImportFields): Promise<ResultsImportPreview> {
  const { options, methodology, countries, problems, regions } = await check(db, content, importOptionsOf(fields));
  return {
    ok: countries !== null,
    year: options.year,
    countries: countries?.length ?? 0,
    problems,
    tiers: countries ? tierCounts(methodology, countries, regions) : [],
    yearTaken: (await findCycleOfYear(db, options.year)) !== undefined,
    source: options.source ?? fileName,
  };
}

/**
 * Imports a past edition in the caller's transaction, all or nothing: a pillar-level methodology
 * (published), a cycle marked as imported, the published scores as final answers, and a
 * publication computed by the engine like any other.
 */
export async function importResults(
  trx: Executor,
  input: { content: Buffer; fileName: string; fields: ImportFields; actor: AuditEvent['actor']; ip: string | null; at: Date },
): Promise<ResultsImported> {
  const { options, methodology, countries, problems, regions } = await check(trx, input.content, importOptionsOf(input.fields));
  if (!countries) {
    throw new AppError(400, 'validation_failed', `${problems.length} problem(s) in the file; nothing was imported`, { field: 'file', details: { problems } });
  }
  const taken = await findCycleOfYear(trx, options.year);
  if (taken) throw conflict(`A cycle for ${options.year} exists already (${taken.name})`, { year: options.year });
  if (await findMethodologyVersionByKey(trx, methodology.key))
    throw conflict(`A methodology version ${methodology.key} exists already`, { key: methodology.key });

  // stored as a draft, read back and published with the hash of what is stored, as the methodology room does
  const versionId = await insertMethodology(trx, methodology, { createdBy: input.actor?.id ?? null });
  const stored = (await loadMethodology(trx, versionId))!;
  await updateMethodologyVersion(trx, versionId, { status: 'published', contentHash: contentHash(stored), publishedAt: input.at });
  const source = options.source ?? input.fileName;
  const cycleId = await insertImportedCycle(trx, {
    year: options.year,
    name: options.name,
    methodologyVersionId: versionId,
    importedFrom: source,
    at: input.at,
    countries: countries.map((c) => ({ iso3: c.iso3, answers: importedAnswers(c) })),
  });
  const published = await publishCycle(trx, { cycleId, publishedBy: input.actor?.id ?? null, note: `Imported from ${source}`, publishedAt: input.at });
  const tiers = tierCounts(stored, countries, regions);
  await recordAudit(
    trx,
    {
      actor: input.actor,
      action: 'cycle.imported',
      entityType: 'cycle',
      entityId: cycleId,
      after: { year: options.year, name: options.name, source, countries: countries.length, tiers, contentHash: published.contentHash },
      ip: input.ip,
    },
    input.at,
  );
  return { cycleId, year: options.year, publicationId: published.publicationId, countries: countries.length, tiers };
}
