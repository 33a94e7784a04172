/**
 * kubectl calls the deploy machinery needs beyond the base wrapper: server-side diff (decides
 * whether anything changed), server-side apply with sanitised errors, rollout status/undo,
 * pods and events for diagnostics. Extends Kubectl without changing it.
 */
import { withRetry } from '../exec/retry.js';
import { formatCommand, type CommandSpec } from '../exec/runner.js';
import {
  applyArgs,
  FIELD_MANAGER,
  Kubectl,
  sanitizeApplyError,
  toYamlStream,
  type KubeObject,
} from '../tools/kubectl.js';
import { parseJson } from '../tools/tool.js';

export type WorkloadKind = 'Deployment' | 'StatefulSet';

/**
 * Our apply: server-side, our field manager, and --force-conflicts, because this step is the
 * deployer of record: a field last set by hand (`kubectl apply` in the runbook) would otherwise
 * make every run fail with a conflict.
 */
export const deployApplyArgs = (): string[] => applyArgs({ forceConflicts: true });

export const diffArgs = (): string[] => [
  'diff',
  '--server-side',
  `--field-manager=${FIELD_MANAGER}`,
  '--force-conflicts',
  '-f',
  '-',
];

export interface DiffEntry {
  /** `Kind/name` as kubectl names the object in its diff. */
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  /** True when the object does not exist yet. */
  readonly created: boolean;
}

/**
 * Reads `kubectl diff` output: one `diff -u -N LIVE/<group.>version.Kind.namespace.name
 * MERGED/...` header per changed object; an empty (or `null`) live side means it is new.
 */
export function parseDiff(stdout: string): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const lines = stdout.split('\n');
  lines.forEach((line, i) => {
    const m = /^diff -u -N (\S+) \S+$/.exec(line);
    if (!m) return;
    const base = (m[1] ?? '').split('/').pop() ?? '';
    const id = /(?:^|\.)v[0-9][a-z0-9]*\.([A-Z][A-Za-z0-9]*)\.([^.]*)\.(.+)$/.exec(base);
    if (!id) return;
    const at = lines.findIndex((l, j) => j > i && l.startsWith('@@'));
    const hunk = at > i && at <= i + 3 ? (lines[at] ?? '') : '';
    // kubectl prints a missing object as an empty file, or (for a masked Secret) as `null`.
    const created = /^@@ -0,0 /.test(hunk) || (/^@@ -1 /.test(hunk) && lines[at + 1] === '-null');
    entries.push({ kind: id[1] ?? '', namespace: id[2] ?? '', name: id[3] ?? '', created });
  });
  return entries;
}

export interface PodProblem {
  readonly pod: string;
  readonly container: string;
  readonly reason: string;
  readonly message: string;
  readonly restarts: number;
}

interface PodJson {
  metadata: { name: string };
  status?: {
    phase?: string;
    containerStatuses?: ContainerStatusJson[];
    initContainerStatuses?: ContainerStatusJson[];
  };
}
interface ContainerStatusJson {
  name: string;
  restartCount?: number;
  state?: { waiting?: { reason?: string; message?: string } };
}

export interface EventJson {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  firstTimestamp?: string;
  metadata?: { creationTimestamp?: string };
  involvedObject?: { kind?: string; name?: string };
}

export class K8sClient extends Kubectl {
  private readonly progress = new Map<string, string>();

  /** A rollout wait is many short polls: print each new status as it comes, once. */
  private showProgress(workload: string, message: string): void {
    if (!message || this.progress.get(workload) === message) return;
    this.progress.set(workload, message);
    this.ctx.logger.info(this.ctx.runner.redactor.redact(`${workload}: ${message}`));
  }

  async namespaceExists(namespace: string): Promise<boolean> {
    return (await this.get('namespace', namespace)) !== undefined;
  }

  /** What server-side apply would change; `[]` when nothing. A read: runs in dry-run too. */
  async diff(objects: readonly KubeObject[]): Promise<DiffEntry[]> {
    const stdin = await toYamlStream(objects);
    const spec: CommandSpec = { tool: this.tool, args: diffArgs(), stdin, mutating: false };
    return withRetry(
      async () => {
        const result = await this.ctx.runner.run(spec);
        // kubectl diff: 0 = no differences, 1 = differences, >1 = kubectl or diff failed.
        if (result.exitCode === 0) return [];
        if (result.exitCode === 1 && /^diff -u -N /m.test(result.stdout))
          return parseDiff(result.stdout);
        throw this.failure(spec, result, sanitizeApplyError);
      },
      {
        label: formatCommand(spec, this.ctx.runner.redactor),
        logger: this.ctx.logger,
        clock: this.ctx.clock,
      },
    );
  }

  /** The deploy's apply: the one `kubectl apply` path, taking over conflicting fields. */
  async applyObjects(objects: readonly KubeObject[]): Promise<string> {
    return this.apply(objects, { forceConflicts: true });
  }

  /**
   * One look at a rollout (`--watch=false` returns at once): done, still going, or failed on
   * its progress deadline.
   */
  async rolloutStatus(
    kind: WorkloadKind,
    name: string,
    namespace: string,
  ): Promise<{ done: boolean; failed?: string; message: string }> {
    const args = [
      'rollout',
      'status',
      `${kind.toLowerCase()}/${name}`,
      '--namespace',
      namespace,
      '--watch=false',
    ];
    try {
      const { stdout } = await this.read(args);
      this.showProgress(`${kind.toLowerCase()}/${name}`, stdout.trim());
      return {
        done: /successfully rolled out|roll out complete/i.test(stdout),
        message: stdout.trim(),
      };
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      if (/exceeded its progress deadline/.test(text))
        return { done: false, failed: text, message: text };
      throw err;
    }
  }

  async rolloutUndo(
    kind: WorkloadKind,
    name: string,
    namespace: string,
    toRevision?: string,
  ): Promise<void> {
    await this.mutate([
      'rollout',
      'undo',
      `${kind.toLowerCase()}/${name}`,
      '--namespace',
      namespace,
      ...(toRevision ? [`--to-revision=${toRevision}`] : []),
    ]);
  }

  /** Pods matching a label selector, with every waiting container's reason. */
  async podProblems(
    namespace: string,
    matchLabels: Readonly<Record<string, string>>,
  ): Promise<PodProblem[]> {
    const selector = Object.entries(matchLabels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    if (!selector) return [];
    const { stdout } = await this.read([
      'get',
      'pods',
      '--namespace',
      namespace,
      '--selector',
      selector,
      '-o',
      'json',
    ]);
    const pods = parseJson<{ items?: PodJson[] }>(stdout, 'kubectl get pods').items ?? [];
    return pods.flatMap((pod) =>
      [
        ...(pod.status?.initContainerStatuses ?? []),
        ...(pod.status?.containerStatuses ?? []),
      ].flatMap((c) => {
        const waiting = c.state?.waiting;
        if (!waiting?.reason) return [];
        return [
          {
            pod: pod.metadata.name,
            container: c.name,
            reason: waiting.reason,
            message: waiting.message ?? '',
            restarts: c.restartCount ?? 0,
          },
        ];
      }),
    );
  }

  /** Events in the namespace whose object's name starts with one of `names`, oldest first. */
  async events(namespace: string, names: readonly string[]): Promise<EventJson[]> {
    const { stdout } = await this.read(['get', 'events', '--namespace', namespace, '-o', 'json']);
    const items = parseJson<{ items?: EventJson[] }>(stdout, 'kubectl get events').items ?? [];
    const when = (e: EventJson): string =>
      e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '';
    return items
      .filter((e) => names.some((n) => (e.involvedObject?.name ?? '').startsWith(n)))
      .sort((a, b) => when(a).localeCompare(when(b)));
  }
}
