/**
 * The HTTP front: request log, fault injection, discovery, watches, then the resource API.
 * Every failure is answered with a metav1.Status body, so kubectl prints its own
 * "Error from server (Reason): message" text exactly as against a real API server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { Api, parseRoute } from './api.js';
import { discovery } from './discovery.js';
import { handleRequest } from './handlers.js';
import { ApiError, statusBody } from './objects.js';
import { ADMIN, allowed, forbidden, requestVerb, type User } from './rbac.js';
import { toTable, wantsTable } from './tables.js';
import { serveWatch } from './watch.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Added: the request's Content-Type (tells apply, merge and JSON patches apart). */
  contentType?: string;
  /** Added: the authenticated user (by bearer token). */
  user?: string;
  /** Added: the RBAC verb for a resource request (get, list, watch, create, patch, ...). */
  verb?: string;
  /** Added: the HTTP status answered (set when the response is sent). */
  status?: number;
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  body?: unknown;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Added: sends a Retry-After header (client-go then retries 429/5xx by itself). */
  retryAfterSeconds?: number;
}

const FAULT_MESSAGES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'forbidden: the emulator was told to refuse this request',
  409: 'Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again',
  429: 'Too many requests, please try again later.',
  500: 'Internal error occurred: injected fault',
  503: 'the server is currently unable to handle the request',
  504: 'Timeout: request did not complete within the allowed duration',
};

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class EmulatorServer {
  readonly api = new Api();
  private readonly log: RecordedRequest[] = [];
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly watches = new Set<() => void>();
  private readonly servers: Server[] = [];

  /**
   * One listener per user. kubectl sends no credentials at all to a plain-http server
   * (client-go clientcmd client_config.go reads the user's auth info only when
   * IsConfigTransportTLS), so a bearer token cannot tell users apart here; the port does. Each
   * user's kubeconfig names its own port, which stands in for its token.
   */
  async listen(user: User = ADMIN): Promise<string> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.serve(req, res, Buffer.concat(chunks).toString('utf8'), user));
    });
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  requests(): RecordedRequest[] {
    return this.log.map((r) => ({ ...r }));
  }

  /** Requests that changed (or would have changed) state: dry runs are left out. */
  mutatingRequests(): RecordedRequest[] {
    return this.log.filter((r) => MUTATING.has(r.method) && r.query.dryRun !== 'All');
  }

  clearRequests(): void {
    this.log.length = 0;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  async stop(): Promise<void> {
    for (const close of [...this.watches]) close();
    for (const server of this.servers.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private serve(req: IncomingMessage, res: ServerResponse, body: string, user: User): void {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const contentType = String(req.headers['content-type'] ?? '');
    const entry: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: decode(body, contentType),
      ...(contentType ? { contentType } : {}),
      user: user.name,
    };
    this.log.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    const fault = this.faults.find(
      (f) =>
        f.left > 0 && f.path.test(url.pathname) && (!f.method || f.method.toUpperCase() === method),
    );
    if (fault) {
      fault.left -= 1;
      const headers =
        fault.retryAfterSeconds !== undefined
          ? { 'Retry-After': String(fault.retryAfterSeconds) }
          : undefined;
      const message = FAULT_MESSAGES[fault.status] ?? `injected fault ${fault.status}`;
      return json(res, fault.status, fault.body ?? statusBody(fault.status, message), headers);
    }
    try {
      const found = discovery(url.pathname);
      if (found) return json(res, found.status, found.body);
      const route = parseRoute(url.pathname);
      if (!route) throw new ApiError(404, 'the server could not find the requested resource');
      // Authorised before anything else, dry run or not (see rbac.ts).
      const verb = requestVerb(method, route, url.searchParams);
      entry.verb = verb;
      if (!allowed(user, verb, route)) throw forbidden(user, verb, route);
      const watching = ['true', '1'].includes(url.searchParams.get('watch') ?? '');
      if (method === 'GET' && watching && route.name === undefined) {
        serveWatch(this.api, route, url.searchParams, res, (close) => {
          this.watches.add(close);
          return () => this.watches.delete(close);
        });
        return;
      }
      const result = handleRequest(this.api, {
        method,
        route,
        query: url.searchParams,
        body,
        contentType,
        userAgent: String(req.headers['user-agent'] ?? ''),
      });
      if (typeof result.body === 'string') {
        res.writeHead(result.status, { 'Content-Type': 'text/plain' });
        res.end(result.body);
        return;
      }
      const accept = String(req.headers.accept ?? '');
      const out =
        method === 'GET' && wantsTable(accept) ? toTable(route.type, result.body) : result.body;
      return json(res, result.status, out);
    } catch (err) {
      if (err instanceof ApiError) return json(res, err.code, err.body());
      return json(
        res,
        500,
        statusBody(500, `Internal error occurred: ${(err as Error).stack ?? String(err)}`),
      );
    }
  }
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function decode(body: string, contentType: string): unknown {
  if (!body) return undefined;
  try {
    return contentType.includes('yaml') ? parseYaml(body) : JSON.parse(body);
  } catch {
    return body;
  }
}
