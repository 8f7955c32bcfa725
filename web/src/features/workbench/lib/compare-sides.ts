/** One side of a comparison, as it sits in the query string: `version:<id>` or `scenario:<id>`. */
export type Side = { kind: 'version' | 'scenario'; id: string };

export function parseSide(value: string | null): Side | null {
  const match = /^(version|scenario):([0-9a-f-]{36})$/i.exec(value ?? '');
  return match ? { kind: match[1] as Side['kind'], id: match[2]! } : null;
}

export const formatSide = (side: Side): string => `${side.kind}:${side.id}`;
