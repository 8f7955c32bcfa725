import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ReproducibilityBundleSchema, type ImportProblem } from '@gci/shared';
import { loadConfig } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { totpCode } from '../modules/auth/totp.ts';
import { importResults } from '../modules/imports/results-import.ts';
import { summariseStability } from '../modules/public/cycle-analysis.ts';
import { notePublished } from '../modules/public/public-cache.ts';
import { DEFAULT_TOLERANCE, InvalidBundleAnswers, recomputeBundle, type Recomputation } from '../modules/public/reproducibility.ts';
import { stabilityOverThreads } from '../modules/public/stability-threads.ts';
import { DEMO_TOTP_SECRET } from '../modules/seed/seed.service.ts';

const USAGE = `usage: npm run gci -- <command>
  totp [secret]          print the current TOTP code (default: the demo staff secret)
  score <bundle.json> [--tolerance 1e-9]
                         recompute every score and tier of a reproducibility bundle
                         (GET /api/public/cycles/<year>/downloads/bundle.json) with the shared
                         engine and print them as JSON; tiers must match exactly, scores within the
                         tolerance (0–100 scale). Exits 1 if any country differs, 2 on a bad file
                         or an answer its question does not accept
  stability <bundle.json> [--threads n]
                         the publication's tier stability, with the stability settings of the
                         bundle's methodology (what varies, distribution, draws, seed), as the
                         public /stability route gives it (JSON); the draws are spread over n
                         worker threads (default: the cores), with the same result for any n
  import-results <file.csv|file.xlsx> --year 2024 --name "GCI 2024" [--source "…"]
                 [--tiers 95,85,55,20] [--pillar-max 20] [--tolerance 0.01]
                         import a past edition's published pillar scores (columns iso3, legal,
                         technical, organizational, capacity_development or capacity, cooperation,
                         optional overall) as a published cycle, into the database of DATABASE_URL
                         (or the embedded one); all or nothing, exits 2 listing every problem`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs one `npm run gci` command; returns the exit code (the tests call this directly). */
/** How a command that needs the database opens it: the one of DATABASE_URL or the embedded one (tests pass their own). */
export type OpenDatabase = () => Promise<Pick<DatabaseHandle, 'db' | 'close'>>;
const openConfigured: OpenDatabase = async () => openDatabase(loadConfig(process.env));

export async function runGci(argv: readonly string[], io: CliIo = processIo, open: OpenDatabase = openConfigured): Promise<number> {
  const [command, ...args] = argv;
  switch (command ?? '') {
    case 'totp':
      io.out(`${totpCode(args[0] ?? DEMO_TOTP_SECRET, new Date())}\n`);
      return 0;
    case 'score':
      return score(args, io);
    case 'import-results':
      return importResultsCommand(args, io, open);
    case 'stability':
      return stabilityCommand(args, io);
  }
  io.err(`${USAGE}\n`);
  return 2;
}

async function score(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { tolerance: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  const tolerance = values.tolerance === undefined ? DEFAULT_TOLERANCE : Number(values.tolerance);
  if (!file || !Number.isFinite(tolerance) || tolerance < 0) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  let result: Recomputation;
  try {
    result = recomputeBundle(JSON.parse(text), tolerance);
  } catch (error) {
    if (!(error instanceof InvalidBundleAnswers)) throw error;
    io.err(`${error.message}\n`);
    return 2;
  }
  io.out(`${JSON.stringify(result, null, 2)}\n`);
  const { mismatches, compared, largestDifference } = result.check;
  const largest = largestDifference
    ? `largest difference ${largestDifference.difference.toExponential(2)} (${largestDifference.iso3}, ${largestDifference.figure})`
    : 'nothing compared';
  if (mismatches.length > 0) {
    io.err(`${mismatches.length} of ${compared} countries differ from the publication beyond ${tolerance}: ${mismatches.join(', ')}; ${largest}\n`);
    return 1;
  }
  io.err(`${compared} of ${compared} countries match the publication within ${tolerance}; ${largest}\n`);
  return 0;
}

async function stabilityCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { threads: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (!file || (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const parsed = ReproducibilityBundleSchema.safeParse(JSON.parse(file === '-' ? await readStdin() : await readFile(file, 'utf8')));
  if (!parsed.success) {
    io.err(`not a reproducibility bundle: ${parsed.error.issues[0]?.message ?? ''}\n`);
    return 2;
  }
  const bundle = parsed.data;
  const answers = Object.fromEntries(bundle.countries.map((c) => [c.iso3, c.answers]));
  const result = await stabilityOverThreads(bundle.methodology, answers, threads);
  io.out(`${JSON.stringify(summariseStability(result), null, 2)}\n`);
  return 0;
}

async function importResultsCommand(args: readonly string[], io: CliIo, open: OpenDatabase): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      year: { type: 'string' },
      name: { type: 'string' },
      source: { type: 'string' },
      tiers: { type: 'string' },
      'pillar-max': { type: 'string' },
      tolerance: { type: 'string' },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || !values.year || !values.name) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const content = await readFile(file);
  const fields = {
    year: values.year,
    name: values.name,
    source: values.source,
    tiers: values.tiers,
    pillarMax: values['pillar-max'],
    overallTolerance: values.tolerance,
  };
  const database = await open();
  try {
    await migrateToLatest(database.db);
    const at = new Date();
    const imported = await database.db
      .transaction()
      .execute((trx) => importResults(trx, { content, fileName: path.basename(file), fields, actor: null, ip: null, at }));
    notePublished(); // a server in this process (the tests') serves it at once; others within seconds
    const tiers = imported.tiers.map((t) => `tier ${t.tier} (from ${t.min}): ${t.count}`).join(', ');
    io.out(`Imported ${imported.countries} countries as the published ${imported.year} cycle ${imported.cycleId}; ${tiers}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    const problems = (error.extra.details as { problems?: ImportProblem[] } | undefined)?.problems ?? [];
    io.err(`${error.message}\n`);
    for (const p of problems) io.err(`  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}\n`);
    return 2;
  } finally {
    await database.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runGci(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
