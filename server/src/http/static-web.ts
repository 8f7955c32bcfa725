import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { notFound } from '../errors.ts';

const isApiPath = (url: string) => url.startsWith('/api/') || url === '/api' || url.startsWith('/docs');

/** Serves the built web app on the API's port, with a fallback to index.html for client-side routes. */
export async function registerStaticWeb(
  app: FastifyInstance,
  webDist: string | undefined,
  methodNotAllowed: (method: string, url: string) => Error | null = () => null,
): Promise<void> {
  const index = webDist ? path.join(webDist, 'index.html') : undefined;
  if (webDist && index && fs.existsSync(index)) {
    await app.register(fastifyStatic, {
      root: webDist,
      // wildcard: files built after start are served too; unknown paths fall through to the handler below
      wildcard: true,
      // The build writes name.br and name.gz beside each text file: sent as they are when accepted.
      preCompressed: true,
      setHeaders: (res, filePath) => {
        // Hashed asset names never change content, so they can be cached for a year; index.html names
        // the current assets, so it is revalidated every time.
        if (filePath.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
        else if (path.basename(filePath).startsWith('index.html')) res.header('cache-control', 'no-cache');
      },
    });
  } else if (webDist) {
    app.log.warn(`web app not built (${index} missing): run "npm run build"`);
  }
  const serveSpa = Boolean(index && fs.existsSync(index));
  app.setNotFoundHandler((request, reply) => {
    if (serveSpa && request.method === 'GET' && !isApiPath(request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    throw methodNotAllowed(request.method, request.url) ?? notFound(`${request.method} ${request.url.split('?')[0]}`);
  });
}
