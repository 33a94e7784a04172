/**
 * A forward HTTP proxy for the bundle tests, as a runner's HTTP(S)_PROXY would be: it answers
 * CONNECT by opening a tunnel (RFC 9110 §9.3.6, "2xx ... the tunnel is established") and
 * forwards absolute-form requests (RFC 9112 §3.2.2). Every target is sent to one upstream (the
 * GitHub API stand-in), so a made-up host name such as api.github.test reaches it only through
 * the proxy; each target asked for is recorded.
 */
import http from 'node:http';
import net from 'node:net';

export class ForwardProxy {
  /** host:port of every CONNECT and absolute-form request, in order. */
  readonly targets: string[] = [];
  private readonly server: http.Server;

  constructor(private readonly upstream: { host: string; port: number }) {
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/');
      this.targets.push(url.host);
      const forward = http.request(
        {
          ...this.upstream,
          path: `${url.pathname}${url.search}`,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    });
    this.server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      this.targets.push(req.url ?? '');
      const tunnel = net.connect(this.upstream.port, this.upstream.host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        tunnel.write(head);
        tunnel.pipe(client);
        client.pipe(tunnel);
      });
      tunnel.on('error', () => client.destroy());
      client.on('error', () => tunnel.destroy());
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
