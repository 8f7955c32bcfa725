import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  COMPRESSION_THRESHOLD,
  compressForStorage,
  isCompressible,
  negotiateEncoding,
  sendWithStoredEncoding,
  type CompressionEffort,
  type ContentCoding,
} from '../../http/compression.ts';
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
  /** how hard its compressed forms are compressed (compressForStorage): the highest settings unless quick */
  effort?: CompressionEffort;
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

// The compressed forms of each cached body, made once on first request: they live as long as the body does.
const encodedForms = new WeakMap<CachedBody, Map<ContentCoding, Promise<Buffer>>>();

function encodedForm(cached: CachedBody, coding: ContentCoding): Promise<Buffer> {
  let forms = encodedForms.get(cached);
  if (!forms) encodedForms.set(cached, (forms = new Map<ContentCoding, Promise<Buffer>>()));
  let form = forms.get(coding);
  if (!form) {
    form = compressForStorage(cached.body, coding, cached.effort);
    forms.set(coding, form);
    form.catch(() => forms.delete(coding));
  }
  return form;
}

const ETAG_SUFFIX: Record<ContentCoding, string> = { br: '-br', gzip: '-gz' };

/**
 * Each encoding of a body is its own representation, so it gets its own strong ETag (RFC 9110
 * §8.8.3: a strong tag must change with the bytes): the identity tag with a suffix inside the quotes.
 */
export function etagForCoding(etag: string, coding: ContentCoding | undefined): string {
  return coding ? `${etag.slice(0, -1)}${ETAG_SUFFIX[coding]}"` : etag;
}

/**
 * Sends a cached body, or 304 when the client already holds these bytes. A text body above the
 * compression threshold goes out brotli- or gzip-encoded as Accept-Encoding allows, from bytes
 * compressed once per body, with the ETag of that encoding and `Vary: accept-encoding` (after the
 * request headers in `vary` the body also depends on). Public data may sit in a CDN for a minute
 * unless `cacheControl` says otherwise.
 */
export async function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  cached: CachedBody,
  { cacheControl = PUBLIC_CACHE_CONTROL, vary = [] }: { cacheControl?: string; vary?: readonly string[] } = {},
): Promise<FastifyReply> {
  const varies = isCompressible(cached.contentType) && cached.body.length >= COMPRESSION_THRESHOLD;
  const coding = varies ? negotiateEncoding(request.headers['accept-encoding']) : undefined;
  const etag = etagForCoding(cached.etag, coding);
  const varying = varies ? [...vary, 'accept-encoding'] : vary;
  void reply.header('etag', etag).header('cache-control', cacheControl);
  if (varying.length > 0) void reply.header('vary', varying.join(', '));
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.status(304).send();
  if (cached.fileName) void reply.header('content-disposition', `attachment; filename="${cached.fileName}"`);
  void reply.type(cached.contentType);
  if (!coding) return reply.send(cached.body);
  // compressed before sending, so a failure is still an error response rather than a broken body
  await encodedForm(cached, coding);
  return sendWithStoredEncoding(reply, cached.body, coding, () => encodedForm(cached, coding));
}
