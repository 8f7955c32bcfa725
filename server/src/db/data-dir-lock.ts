import fs from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'gci-server.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its data directory and two writers corrupt it, so a second server on the
 * same DATA_DIR must refuse to start. A lock left by a dead process (kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, undefined);
}

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(dataDir: string, pid: number | undefined) {
    super(
      `The embedded database in ${dataDir} is already in use${pid ? ` by process ${pid}` : ''}. ` +
        'Only one server may use a DATA_DIR at a time: stop the other server, or set DATA_DIR to another directory ' +
        '(or DATABASE_URL to share a PostgreSQL server between processes).',
    );
  }
}
