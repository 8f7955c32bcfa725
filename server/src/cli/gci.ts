import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { totpCode } from '../modules/auth/totp.ts';
import { recomputeBundle } from '../modules/public/reproducibility.ts';
import { DEMO_TOTP_SECRET } from '../modules/seed/seed.service.ts';

const USAGE = `usage: npm run gci -- <command>
  totp [secret]          print the current TOTP code (default: the demo staff secret)
  score <bundle.json>    recompute every score and tier of a reproducibility bundle
                         (GET /api/public/cycles/<year>/downloads/bundle.json) with the shared
                         engine and print them as JSON; exits 1 if any differs from the publication`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs one `npm run gci` command; returns the exit code (the tests call this directly). */
export async function runGci(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  switch (command ?? '') {
    case 'totp':
      io.out(`${totpCode(args[0] ?? DEMO_TOTP_SECRET, new Date())}\n`);
      return 0;
    case 'score': {
      if (!args[0]) break;
      const text = args[0] === '-' ? await readStdin() : await readFile(args[0], 'utf8');
      const result = recomputeBundle(JSON.parse(text));
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      if (result.check.mismatches.length > 0) {
        io.err(`${result.check.mismatches.length} of ${result.check.compared} countries differ from the publication: ${result.check.mismatches.join(', ')}\n`);
        return 1;
      }
      return 0;
    }
  }
  io.err(`${USAGE}\n`);
  return 2;
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
