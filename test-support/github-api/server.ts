/**
 * A local stand-in for the part of GitHub's REST API that plan-comment uses: a pull request's
 * issue comments (https://docs.github.com/rest/issues/comments).
 *
 * Modelled as GitHub documents it:
 * - GET /repos/{owner}/{repo}/issues/{n}/comments lists oldest first (ascending id), `per_page`
 *   defaults to 30 and is at most 100, and further pages are announced in a `Link` header with
 *   absolute URLs and rel="next"/"last"
 *   (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 * - POST .../comments answers 201 with the comment; PATCH /repos/{owner}/{repo}/issues/comments/{id}
 *   answers 200. A body over 65536 characters is 422 "Body is too long (maximum is 65536
 *   characters)" (reg-viz/reg-actions#123).
 * - A token without write access (mode 'read-only', as GITHUB_TOKEN on a public fork's pull
 *   request: https://docs.github.com/actions/reference/github_token-reference) may read, and
 *   writing answers 403 "Resource not accessible by integration".
 * - A wrong token answers 401 "Bad credentials".
 */
import http from 'node:http';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  issue: string;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body?: string;
}

export type TokenMode = 'write' | 'read-only';

const BODY_LIMIT = 65536;

export class GitHubApiStandIn {
  readonly comments: StoredComment[] = [];
  readonly requests: RecordedRequest[] = [];
  mode: TokenMode = 'write';
  /** Answers with 502 this many times before serving normally (transient faults). */
  failNext = 0;
  private nextId = 1000;
  private readonly server: http.Server;
  private base = '';

  constructor(private readonly token: string) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    this.base = `http://127.0.0.1:${address.port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A comment by someone else, as on any busy pull request. */
  seed(
    owner: string,
    repo: string,
    number: number,
    body: string,
    login = 'reviewer',
  ): StoredComment {
    const comment: StoredComment = {
      id: this.nextId++,
      body,
      user: { login, type: 'User' },
      issue: `${owner}/${repo}#${number}`,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(owner: string, repo: string, number: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === `${owner}/${repo}#${number}`);
  }

  /** Requests that change something. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private view(c: StoredComment): Record<string, unknown> {
    const [repoPath, number] = c.issue.split('#');
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.base}/repos/${repoPath}/issues/comments/${c.id}`,
      html_url: `https://github.com/${repoPath}/pull/${number}#issuecomment-${c.id}`,
      body: c.body,
      user: c.user,
      created_at: '2026-12-01T00:00:00Z',
      updated_at: '2026-12-01T00:00:00Z',
    };
  }

  private handle(req: http.IncomingMessage, text: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      body: text || undefined,
    });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(body));
    };
    const docs = 'https://docs.github.com/rest/issues/comments';
    if (this.failNext > 0) {
      this.failNext -= 1;
      send(502, { message: 'Server Error' });
      return;
    }
    // Octokit sends `token <t>` (getOctokitOptions); `Bearer` is accepted by GitHub as well.
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const forbidden = (): void =>
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${docs}#create-an-issue-comment`,
        status: '403',
      });
    const parseBody = (): string | undefined => {
      try {
        const parsed = JSON.parse(text) as { body?: unknown };
        return typeof parsed.body === 'string' ? parsed.body : undefined;
      } catch {
        return undefined;
      }
    };
    const tooLong = (body: string): boolean => {
      if ([...body].length <= BODY_LIMIT) return false;
      send(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: `Body is too long (maximum is ${BODY_LIMIT} characters)`,
          },
        ],
      });
      return true;
    };

    if (list && method === 'GET') {
      const issue = `${list[1]}/${list[2]}#${list[3]}`;
      const all = this.comments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const link = (p: number): string => {
          const u = new URL(url.pathname, this.base);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(p));
          return u.toString();
        };
        headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
      }
      send(
        200,
        all.slice((page - 1) * perPage, page * perPage).map((c) => this.view(c)),
        headers,
      );
      return;
    }
    if (list && method === 'POST') {
      if (this.mode === 'read-only') return forbidden();
      const body = parseBody();
      if (body === undefined)
        return send(422, { message: 'Invalid request. "body" wasn\'t supplied.' });
      if (tooLong(body)) return;
      const comment: StoredComment = {
        id: this.nextId++,
        body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        issue: `${list[1]}/${list[2]}#${list[3]}`,
      };
      this.comments.push(comment);
      send(201, this.view(comment), {
        location: `${this.base}/repos/${list[1]}/${list[2]}/issues/comments/${comment.id}`,
      });
      return;
    }
    if (one && method === 'PATCH') {
      if (this.mode === 'read-only') return forbidden();
      const comment = this.comments.find(
        (c) => c.id === Number(one[3]) && c.issue.startsWith(`${one[1]}/${one[2]}#`),
      );
      if (!comment) return send(404, { message: 'Not Found', documentation_url: docs });
      const body = parseBody();
      if (body === undefined)
        return send(422, { message: 'Invalid request. "body" wasn\'t supplied.' });
      if (tooLong(body)) return;
      comment.body = body;
      send(200, this.view(comment));
      return;
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}
