/**
 * Where to go after signing in: a path on this site only (never `//host` or a full URL, so no open
 * redirect); `fallback` (null: the role's own landing page) when there is none.
 */
export function safeNext<Fallback extends string | null = string>(next: string | null, fallback: Fallback = '/assessments' as Fallback): string | Fallback {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return fallback;
  return next;
}
