import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** SHA-256 of the RFC 8785 canonical JSON: the same content always gives the same hash, whatever the key order. */
export const contentHash = (value: unknown): string => sha256Hex(canonicalize(value) ?? 'null');
