import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256Hex } from '../../lib/hash.ts';

// Public data may sit in a CDN for a minute and be served stale while it revalidates.
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

/** A response body serialised once (publications never change) with its validator. */
export interface CachedBody {
  body: Buffer;
  etag: string;
  contentType: string;
  /** set for downloads: sent as an attachment with this file name */
  fileName?: string;
}

/**
 * A strong ETag from what the bytes depend on: the content hashes of the publications used,
 * the route and its (validated) query. Same inputs, same bytes, same tag, in every process.
 */
export function etagOf(contentHashes: readonly string[], route: string, query = ''): string {
  return `"${sha256Hex([...contentHashes, route, query].join('\n')).slice(0, 32)}"`;
}

export function jsonBody(value: unknown, etag: string, fileName?: string): CachedBody {
  return { body: Buffer.from(JSON.stringify(value)), etag, contentType: 'application/json; charset=utf-8', fileName };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored, `*` matches. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === etag);
}

/** Sends a cached body, or 304 when the client already holds these bytes. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody): FastifyReply {
  void reply.header('etag', cached.etag).header('cache-control', PUBLIC_CACHE_CONTROL);
  if (matchesIfNoneMatch(request.headers['if-none-match'], cached.etag)) return reply.status(304).send();
  if (cached.fileName) void reply.header('content-disposition', `attachment; filename="${cached.fileName}"`);
  return reply.type(cached.contentType).send(cached.body);
}
