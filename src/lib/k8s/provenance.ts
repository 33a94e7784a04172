/**
 * Provenance: which commit, workflow run and images deployed an object. Written as annotations
 * on the object's own metadata, never on a pod template (a template change rolls every pod).
 * Deployments and StatefulSets also get `kubernetes.io/change-cause`, which `kubectl rollout
 * history` prints as CHANGE-CAUSE: the Deployment controller copies the Deployment's
 * annotations onto the ReplicaSet it creates (kubernetes pkg/controller/deployment/util/
 * deployment_util.go, SetNewReplicaSetAnnotations / copyDeploymentAnnotationsToReplicaSet),
 * and the history is read from the ReplicaSets.
 *
 * Values come from the runner's default variables (GITHUB_SHA, GITHUB_SERVER_URL,
 * GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT:
 * https://docs.github.com/en/actions/reference/variables-reference). None of them is a secret.
 * The CLI has no run: it writes `deployed-by: cli`, the commit of `git rev-parse HEAD` when the
 * working directory is a git checkout, and no run URL.
 *
 * A re-run with nothing to change must write nothing, so provenance is carried over from the
 * live object for the diff and only replaced on objects that really change (deploy.ts), and the
 * read-only plan ignores these keys (compare.ts).
 */
import type { KubeObject } from '../tools/kubectl.js';
import type { ToolContext } from '../tools/tool.js';
import { containersOf } from './images.js';

export const PROVENANCE_PREFIX = 'deploy.gke-data-platform.dev/';
export const Provenance = {
  Commit: `${PROVENANCE_PREFIX}commit`,
  RunUrl: `${PROVENANCE_PREFIX}run-url`,
  RunAttempt: `${PROVENANCE_PREFIX}run-attempt`,
  Images: `${PROVENANCE_PREFIX}images`,
  DeployedBy: `${PROVENANCE_PREFIX}deployed-by`,
} as const;
/** Read by `kubectl rollout history` (CHANGE-CAUSE column). */
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

const KEYS = new Set<string>([...Object.values(Provenance), CHANGE_CAUSE]);

/** True for every annotation this module writes (and a plan must not count as a difference). */
export const isProvenanceKey = (key: string): boolean => KEYS.has(key);

export interface RunProvenance {
  readonly commit?: string;
  readonly runUrl?: string;
  readonly runAttempt?: string;
  /** `github-actions` or `cli`. */
  readonly deployedBy: string;
  /** What the change-cause calls the change: `deploy`, `rollback to revision 3`. */
  readonly action: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]+)?$/;

/** From the runner's variables; a value that does not look like one is left out, not written. */
export function provenanceFromEnv(env: Env, action = 'deploy'): RunProvenance {
  const sha = env.GITHUB_SHA?.trim().toLowerCase();
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repo = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const attempt = env.GITHUB_RUN_ATTEMPT ?? '';
  const runUrl =
    SERVER.test(server) && REPOSITORY.test(repo) && /^[0-9]+$/.test(runId)
      ? `${server}/${repo}/actions/runs/${runId}`
      : undefined;
  return {
    ...(sha && SHA.test(sha) ? { commit: sha } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(runUrl && /^[0-9]+$/.test(attempt) ? { runAttempt: attempt } : {}),
    deployedBy: env.GITHUB_ACTIONS === 'true' ? 'github-actions' : 'cli',
    action,
  };
}

/** `owner/repo` of a run URL this module wrote (`<server>/<owner>/<repo>/actions/runs/<id>`). */
export function repositoryOfRunUrl(url: string | undefined): string | undefined {
  const m = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/actions\/runs\/[0-9]+$/.exec(url ?? '');
  return m?.[1] !== undefined && REPOSITORY.test(m[1]) ? m[1] : undefined;
}

/** The repository a run deploys from (GITHUB_REPOSITORY), when the runner set a valid one. */
export function repositoryFromEnv(env: Env = process.env): string | undefined {
  const repo = env.GITHUB_REPOSITORY?.trim();
  return repo && REPOSITORY.test(repo) ? repo : undefined;
}

/** The run's provenance; outside Actions the commit comes from git when there is a checkout. */
export async function resolveProvenance(
  tools: ToolContext,
  env: Env = process.env,
  action = 'deploy',
): Promise<RunProvenance> {
  const found = provenanceFromEnv(env, action);
  if (found.commit || found.deployedBy !== 'cli' || !(await tools.runner.has('git'))) return found;
  const head = await tools.runner.run({
    tool: 'git',
    args: ['rev-parse', 'HEAD'],
    mutating: false,
  });
  const sha = head.stdout.trim().toLowerCase();
  return head.exitCode === 0 && SHA.test(sha) ? { ...found, commit: sha } : found;
}

/** `deploy by https://github.com/o/r/actions/runs/1 (commit 0123456789ab)`. */
export function changeCause(p: RunProvenance): string {
  const who = p.runUrl ?? p.deployedBy;
  return `${p.action} by ${who}${p.commit ? ` (commit ${p.commit.slice(0, 12)})` : ''}`;
}

/** `container=image` per container of a workload, in order; '' for other kinds. */
export function imagesOf(o: KubeObject): string {
  return containersOf(o)
    .filter((c) => c.image)
    .map((c) => `${c.name}=${c.image}`)
    .join(',');
}

/** The annotations a change by this run writes on `o`. */
function provenanceAnnotations(o: KubeObject, p: RunProvenance): Record<string, string> {
  const images = imagesOf(o);
  return {
    [Provenance.DeployedBy]: p.deployedBy,
    ...(p.commit ? { [Provenance.Commit]: p.commit } : {}),
    ...(p.runUrl ? { [Provenance.RunUrl]: p.runUrl } : {}),
    ...(p.runAttempt ? { [Provenance.RunAttempt]: p.runAttempt } : {}),
    ...(images ? { [Provenance.Images]: images } : {}),
    ...(o.kind === 'Deployment' || o.kind === 'StatefulSet'
      ? { [CHANGE_CAUSE]: changeCause(p) }
      : {}),
  };
}

/**
 * Secrets are neither stamped nor carried: carrying needs the live object, and a `get` of a
 * Secret returns its data, which this suite never reads back.
 */
export const stampable = (o: KubeObject): boolean => o.kind !== 'Secret';

function withAnnotations(o: KubeObject, set: Record<string, string>): KubeObject {
  const others = Object.fromEntries(
    Object.entries(o.metadata.annotations ?? {}).filter(([k]) => !isProvenanceKey(k)),
  );
  const annotations = { ...others, ...set };
  const copy = structuredClone(o);
  if (Object.keys(annotations).length > 0) copy.metadata.annotations = annotations;
  else delete copy.metadata.annotations;
  return copy;
}

/** A copy of `o` carrying the live object's provenance, so it alone never differs. */
export function carryProvenance(o: KubeObject, live: KubeObject | undefined): KubeObject {
  const kept = Object.fromEntries(
    Object.entries(live?.metadata?.annotations ?? {}).filter(([k]) => isProvenanceKey(k)),
  );
  return stampable(o) ? withAnnotations(o, kept) : o;
}

/** A copy of `o` stamped by this run (a Secret is returned as it is). */
export function stampProvenance(o: KubeObject, p: RunProvenance): KubeObject {
  return stampable(o) ? withAnnotations(o, provenanceAnnotations(o, p)) : o;
}
