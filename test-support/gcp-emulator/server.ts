/**
 * The emulator's HTTP plumbing: one node:http server for every API (gcloud is pointed at it
 * with CLOUDSDK_API_ENDPOINT_OVERRIDES_*), a request log, per-route fault injection and
 * Google-style error bodies (https://cloud.google.com/apis/design/errors).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GcpState } from './state.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Added: the identity the bearer token belongs to (see identities.ts). */
  identity?: string;
  /** Added: the HTTP status answered. */
  status?: number;
}

export interface Fault {
  method?: string;
  path: RegExp;
  status: number;
  /** The response body; a Google error body for `status` when absent. */
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Called when the fault fires, e.g. to change state as a concurrent writer would. */
  onHit?: (request: RecordedRequest) => void;
  /**
   * Answer the request normally and call `onHit` after it (`status`/`body` unused): lets a test
   * change state right after gcloud read it, e.g. another writer between read and write.
   */
  passThrough?: boolean;
}

export interface Reply {
  status: number;
  body: unknown;
}

export interface RouteContext {
  readonly state: GcpState;
  readonly match: RegExpMatchArray;
  readonly query: Record<string, string>;
  readonly body: unknown;
}

export interface Route {
  readonly method: string;
  readonly path: RegExp;
  handle(ctx: RouteContext): Reply;
}

/** Canonical status names per HTTP code (google.rpc.Code). */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  412: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const DEFAULT_MESSAGES: Record<number, string> = {
  403: 'The caller does not have permission',
  404: 'Requested entity was not found.',
  409: 'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.',
  429: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute per user'.",
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

/** A Google API error body. */
export function googleError(code: number, message?: string, status?: string): Reply {
  return {
    status: code,
    body: {
      error: {
        code,
        message: message ?? DEFAULT_MESSAGES[code] ?? `HTTP ${code}`,
        status: status ?? STATUS_NAMES[code] ?? 'UNKNOWN',
      },
    },
  };
}

export const ok = (body: unknown): Reply => ({ status: 200, body });

/** IAM/CRM read policies with POST; those reads must not count as mutations. */
const READ_POSTS = /:(getIamPolicy|testIamPermissions)$/;

export function isMutating(request: RecordedRequest): boolean {
  return request.method !== 'GET' && !READ_POSTS.test(request.path);
}

interface ArmedFault extends Fault {
  left: number;
}

export class EmulatorServer {
  private readonly log: RecordedRequest[] = [];
  private readonly faults: ArmedFault[] = [];
  private readonly afterHooks: (() => void)[] = [];
  private readonly server: http.Server;
  /**
   * Checks the caller before anything else: a reply refuses the request (401/403), undefined
   * lets it through. Set by index.ts from its identities.
   */
  authorize: ((request: RecordedRequest, token: string) => Reply | undefined) | undefined;

  constructor(
    private readonly state: GcpState,
    private readonly routes: readonly Route[],
  ) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.respond(req, Buffer.concat(chunks).toString('utf8'), res));
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  requests(): RecordedRequest[] {
    return [...this.log];
  }

  clear(): void {
    this.log.length = 0;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  private respond(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const query = Object.fromEntries(url.searchParams.entries());
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname);
    const request: RecordedRequest = { method, path, query, body: parseBody(raw) };
    this.log.push(request);
    const token = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const reply = this.authorize?.(request, token) ?? this.faultFor(request) ?? this.route(request);
    request.status = reply.status;
    this.afterHooks.splice(0).forEach((hook) => hook());
    const text = JSON.stringify(reply.body ?? {});
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  private faultFor(request: RecordedRequest): Reply | undefined {
    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method.toUpperCase() === request.method) &&
        f.path.test(request.path),
    );
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.passThrough) {
      const hook = fault.onHit;
      if (hook) this.afterHooks.push(() => hook(request));
      return undefined;
    }
    fault.onHit?.(request);
    return fault.body === undefined
      ? googleError(fault.status)
      : { status: fault.status, body: fault.body };
  }

  private route(request: RecordedRequest): Reply {
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const match = request.path.match(route.path);
      if (!match) continue;
      try {
        return route.handle({ state: this.state, match, query: request.query, body: request.body });
      } catch (err) {
        return googleError(500, `emulator bug: ${(err as Error).message}`);
      }
    }
    return googleError(404, `emulator: no route for ${request.method} ${request.path}`);
  }
}

function parseBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** Narrows an unknown JSON body to an object. */
export function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
