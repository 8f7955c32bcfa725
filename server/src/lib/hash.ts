import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** RFC 8785 canonical JSON: the same content always gives the same text, whatever the key order. */
export const canonicalJson = (value: unknown): string => canonicalize(value) ?? 'null';

/** SHA-256 of the canonical JSON: the same content always gives the same hash. */
export const contentHash = (value: unknown): string => sha256Hex(canonicalJson(value));
