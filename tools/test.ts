import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { countLine, type Counts } from './count-reporter.ts';

/**
 * `npm test` (after the build): the whole suite as two vitest runs side by side, then the plain line
 * `N passed, N failed[, N skipped]` over both.
 *
 * Each run uses about one core, so the two cores stay busy together: the browser tests (each file
 * with a real server and Chromium, one at a time) in one; everything else in the other, on one
 * worker: the in-process suites (shared, the server on PGlite and PostgreSQL, the web's units), then
 * the reliability tests (real server processes on PostgreSQL clusters of their own, one at a time).
 * The reliability tests sat with the browser tests until their run was the longer by a quarter
 * (1,465 s against 1,258 s on 2026-12-07); moved, the two took 1,297 s and 1,282 s the same day.
 *
 * With arguments (`npm test -- web/e2e/home.test.ts --project web:browser`), one plain vitest run.
 */

const REPORTERS = ['--reporter=default', '--reporter=./tools/count-reporter.ts'];
const COUNT_LINE = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

interface Run {
  label: string;
  args: string[];
}

const RUNS: Run[] = [
  { label: 'browser', args: ['--project', 'web:browser'] },
  {
    label: 'server',
    args: ['--project', 'shared', '--project', 'server:*', '--project', 'web:unit', '--project', 'reliability', '--maxWorkers=1'],
  },
];

interface Outcome extends Counts {
  code: number;
}

const vitestBin = 'node_modules/vitest/vitest.mjs';

function runVitest(args: string[], label?: string): Promise<Outcome> {
  const child = spawn(process.execPath, [vitestBin, 'run', ...REPORTERS, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const outcome: Outcome = { code: 1, passed: 0, failed: 0, skipped: 0 };
  let counted = false;
  const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) =>
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      const count = COUNT_LINE.exec(line);
      if (count) {
        counted = true;
        outcome.passed = Number(count[1]);
        outcome.failed = Number(count[2]);
        outcome.skipped = Number(count[3] ?? 0);
      }
      // each line says which run it comes from, so that interleaved output still reads
      out.write(label ? `[${label}] ${line}\n` : `${line}\n`);
    });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop).once('SIGTERM', stop);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      outcome.code = code ?? 1;
      // a run that died before its count (a crash, a failed global setup) counts as one failure
      if (!counted && outcome.code !== 0) outcome.failed = 1;
      resolve(outcome);
    });
  });
}

const passthrough = process.argv.slice(2);
const outcomes = passthrough.length ? [await runVitest(passthrough)] : await Promise.all(RUNS.map((run) => runVitest(run.args, run.label)));

const sum = (key: keyof Counts) => outcomes.reduce((total, outcome) => total + outcome[key], 0);
if (passthrough.length === 0) console.log(`\n${countLine({ passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped') })}`);
process.exitCode = outcomes.some((o) => o.code !== 0) ? 1 : 0;
