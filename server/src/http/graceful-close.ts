import type { FastifyInstance } from 'fastify';

/**
 * Lets `app.close()` finish once the requests in flight are answered. Node's `server.close()` ends
 * only the keep-alive connections idle at that moment; a connection whose request is still being
 * handled would stay open after its answer for the whole keep-alive timeout (72 s in Fastify), and
 * a SIGTERM would end in the forced exit. So from the start of closing, every answer says
 * `Connection: close` and its socket ends with it.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) void reply.header('connection', 'close');
  });
}
