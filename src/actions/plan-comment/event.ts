/**
 * Which pull request (if any) this run comments on, from the variables and the event file the
 * runner provides (https://docs.github.com/actions/reference/variables-reference). Read here
 * rather than through @actions/github's context so nothing is loaded when there is nothing
 * to post.
 */
import { readFileSync } from 'node:fs';

/** Events whose payload carries `pull_request` (https://docs.github.com/actions/reference/events-that-trigger-workflows). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly headSha?: string;
  /** The head branch lives in another repository: GITHUB_TOKEN is read-only there. */
  readonly fromFork: boolean;
}

export interface RunContext {
  readonly eventName: string;
  readonly pullRequest?: PullRequestTarget;
  readonly sha?: string;
  readonly runUrl?: string;
  readonly apiUrl: string;
}

interface PullRequestPayload {
  pull_request?: {
    number?: unknown;
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    base?: { repo?: { full_name?: unknown } };
  };
}

function readPayload(path: string | undefined, read: (p: string) => string): PullRequestPayload {
  if (!path) return {};
  try {
    return JSON.parse(read(path)) as PullRequestPayload;
  } catch {
    return {};
  }
}

export function runContext(
  env: NodeJS.ProcessEnv,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl =
    repository && env.GITHUB_RUN_ID
      ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const base = {
    eventName,
    sha: env.GITHUB_SHA,
    runUrl,
    // GHES and the tests set this; github.com runners set https://api.github.com.
    apiUrl: (env.GITHUB_API_URL ?? '').replace(/\/+$/, '') || 'https://api.github.com',
  };
  if (!PULL_REQUEST_EVENTS.has(eventName)) return base;
  const pr = readPayload(env.GITHUB_EVENT_PATH, read).pull_request;
  const [owner, repo, ...rest] = repository.split('/');
  const number = pr?.number;
  if (!owner || !repo || rest.length > 0 || typeof number !== 'number' || !(number > 0)) {
    return base;
  }
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? repository;
  const headSha = typeof pr?.head?.sha === 'string' ? pr.head.sha : undefined;
  return {
    ...base,
    // On pull_request, GITHUB_SHA is the merge commit; the head commit is what the author pushed.
    sha: headSha ?? base.sha,
    pullRequest: {
      owner,
      repo,
      number,
      headSha,
      // A deleted fork leaves head.repo null: still not this repository.
      fromFork: headRepo !== baseRepo,
    },
  };
}
