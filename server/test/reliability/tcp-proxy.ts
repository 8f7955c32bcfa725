import net from 'node:net';

export type ProxyMode = 'pass' | 'blackhole';

/**
 * A TCP proxy between the server and PostgreSQL that can stop carrying bytes, as a network that
 * drops packets does: nothing is refused or reset, the bytes wait (like TCP retransmissions) and
 * flow again when the network heals. Toxiproxy would do this, but its server is not installable here.
 */
export class TcpProxy {
  private mode: ProxyMode = 'pass';
  private readonly sockets = new Set<net.Socket>();
  /** ends and closes seen in the black hole: like a FIN or RST dropped, the other side hears of them only when it heals */
  private held: Array<() => void> = [];

  private constructor(private readonly server: net.Server) {}

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const server = net.createServer();
    const proxy = new TcpProxy(server);
    server.on('connection', (client) => proxy.carry(client, net.connect(targetPort, targetHost)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Stops (or resumes) every byte in both directions, on open connections and on new ones. */
  set(mode: ProxyMode): void {
    this.mode = mode;
    for (const socket of this.sockets) {
      if (mode === 'blackhole') socket.pause();
      else socket.resume();
    }
    if (mode === 'pass') for (const deliver of this.held.splice(0)) deliver();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private deliver(signal: () => void): void {
    if (this.mode === 'blackhole') this.held.push(signal);
    else signal();
  }

  private carry(client: net.Socket, upstream: net.Socket): void {
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.sockets.add(from);
      from.on('data', (chunk) => to.write(chunk));
      from.on('end', () => this.deliver(() => to.end()));
      from.on('close', () => {
        this.sockets.delete(from);
        this.deliver(() => to.destroy());
      });
      from.on('error', () => undefined); // 'close' follows
      if (this.mode === 'blackhole') from.pause();
    }
  }
}
