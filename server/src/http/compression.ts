import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyCompress from '@fastify/compress';

/** Bodies smaller than this are sent as they are: a compressed frame would save a few bytes at best. */
export const COMPRESSION_THRESHOLD = 1024;

export type ContentCoding = 'br' | 'gzip';

// Text compresses; images, PDFs, zip containers (XLSX) and octet streams are compressed already or opaque.
const COMPRESSIBLE =
  /^(?:text\/(?!event-stream)|application\/(?:[\w.+-]+\+)?(?:json|xml)\b|application\/(?:javascript|ecmascript|x-javascript|manifest\+json)\b|image\/svg\+xml\b)/i;

/** Whether a response of this media type is worth compressing (the same rule for on-the-fly and stored bodies). */
export function isCompressible(contentType: string | undefined): boolean {
  return contentType !== undefined && COMPRESSIBLE.test(contentType.trim());
}

/**
 * The coding to send for an Accept-Encoding header: brotli or gzip, whichever the client weighs
 * higher (brotli on a tie), or undefined for identity. `*` stands for any coding not named;
 * `q=0` refuses one.
 */
export function negotiateEncoding(header: string | string[] | undefined): ContentCoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of [header].flat().join(',').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name === 'x-gzip' ? 'gzip' : name, q === undefined ? 1 : Number(q) || 0);
  }
  const weight = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : undefined;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// Brotli's top quality takes ~1.6 s a megabyte here; above this size quality 9 (~10× faster, a few % larger).
const MAX_QUALITY_UP_TO = 512 * 1024;

/**
 * How hard to compress a stored body: `max` for a body built once per publication and sent many
 * times; `quick` for one made on a reader's request (a rendered page), whom brotli's top quality
 * would keep waiting about 200 ms for 12 % fewer bytes (quality 5: about 4 ms, 10 % fewer bytes
 * than the on-the-fly quality 4).
 */
export type CompressionEffort = 'max' | 'quick';
const QUICK_BROTLI_QUALITY = 5;

/**
 * Compresses a body once for storage, at the highest settings unless `effort` is quick, on
 * libuv's thread pool so the event loop keeps serving meanwhile.
 */
export function compressForStorage(body: Buffer, coding: ContentCoding, effort: CompressionEffort = 'max'): Promise<Buffer> {
  const quality = effort === 'quick' ? QUICK_BROTLI_QUALITY : body.length <= MAX_QUALITY_UP_TO ? zlib.constants.BROTLI_MAX_QUALITY : 9;
  return coding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION });
}

/** The stored bytes of one encoding of a reply's body, sent in place of the identity body. */
interface StoredEncoding {
  coding: ContentCoding;
  bytes: () => Promise<Buffer>;
}
const storedEncodings = new WeakMap<FastifyReply, StoredEncoding>();

/**
 * Sends `body` encoded with `coding` from bytes compressed beforehand. The reply is sent with the
 * identity body, so every onSend hook (CORS, the tests' response checks) sees the real content; the
 * stored bytes replace it last, just before the on-the-fly compression, which then leaves them be.
 */
export function sendWithStoredEncoding(reply: FastifyReply, body: Buffer, coding: ContentCoding, bytes: () => Promise<Buffer>): FastifyReply {
  storedEncodings.set(reply, { coding, bytes });
  return reply.send(body);
}

/**
 * Brotli or gzip for every text response of at least COMPRESSION_THRESHOLD bytes, as the client's
 * Accept-Encoding allows, with `Vary: Accept-Encoding`. Register before any route: both hooks are
 * added to each route as it is declared.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  // Added first, so it runs before the plugin's own onSend on every route.
  app.addHook('onRoute', (route) => {
    const useStored = async (_request: unknown, reply: FastifyReply, payload: unknown) => {
      const stored = storedEncodings.get(reply);
      if (!stored || reply.statusCode !== 200 || !Buffer.isBuffer(payload)) return payload;
      const bytes = await stored.bytes();
      void reply.header('content-encoding', stored.coding).header('content-length', bytes.length);
      return bytes;
    };
    route.onSend = [...[route.onSend ?? []].flat(), useStored];
  });
  await app.register(fastifyCompress, {
    globalCompression: true,
    // Request bodies are not decompressed: a small compressed upload could unpack past the body limit.
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD,
    customTypes: isCompressible,
  });
}
