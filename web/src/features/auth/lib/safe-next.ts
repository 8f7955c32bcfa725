/** Where to go after signing in: a path on this site only (never `//host` or a full URL, so no open redirect). */
export function safeNext(next: string | null, fallback = '/assessments'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return fallback;
  return next;
}
