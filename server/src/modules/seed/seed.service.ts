import type { Db } from '../../db/database.ts';
export async function seedIfEmpty(_db: Db, _options: { log: (line: string) => void }): Promise<boolean> {
  return false;
}
