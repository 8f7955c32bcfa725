/** The same server and credentials, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A database to run CREATE/DROP DATABASE from. */
export const adminUrl = (url: string): string => databaseUrl(url, 'postgres');
