/**
 * An HTTP proxy in front of the test registry that answers chosen requests with an error, so
 * tests can watch a real `docker push` fail on a registry 5xx and the action retry it.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';

export interface ProxyFault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  /** How many matching requests fail before the rest pass through. */
  times: number;
}

export interface FaultyProxy {
  /** `127.0.0.1:PORT`, to use as the registry host. */
  readonly host: string;
  readonly requests: { method: string; path: string; status: number }[];
  stop(): Promise<void>;
}

export async function startFaultyProxy(target: string, faults: ProxyFault[]): Promise<FaultyProxy> {
  const [targetHost = '127.0.0.1', targetPort = '80'] = target.split(':');
  const requests: FaultyProxy['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const fault = faults.find((f) => f.times > 0 && f.method === method && f.path.test(url));
    if (fault) {
      fault.times -= 1;
      requests.push({ method, path: url, status: fault.status });
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            errors: [{ code: 'UNAVAILABLE', message: 'injected by the test proxy' }],
          }),
        );
      });
      return;
    }
    // The Host header is kept, so the registry's Location headers point back at the proxy.
    const upstream = request(
      { host: targetHost, port: Number(targetPort), method, path: url, headers: req.headers },
      (up) => {
        requests.push({ method, path: url, status: up.statusCode ?? 0 });
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (e) => {
      res.writeHead(502);
      res.end(String(e));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
