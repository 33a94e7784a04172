/**
 * What went wrong after a failed upgrade (F42): the release's pods that are not ready, their
 * containers' waiting/terminated reasons, and recent Warning events, read with kubectl.
 * Best effort: a failed read becomes a line in the report, never a second error.
 */
import { errorMessage } from '../../lib/errors.js';
import { escapeCell, markdownTable } from '../../lib/reconcile/report.js';
import type { EventJson } from '../../lib/k8s/client.js';
import type { Kubectl } from '../../lib/tools/kubectl.js';
import { parseJson } from '../../lib/tools/tool.js';

interface ContainerStatusJson {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string; message?: string };
    terminated?: { reason?: string; exitCode?: number };
  };
}
interface PodJson {
  metadata: { name: string; labels?: Record<string, string> };
  status?: {
    phase?: string;
    containerStatuses?: ContainerStatusJson[];
    initContainerStatuses?: ContainerStatusJson[];
  };
}

export interface PodDiagnosis {
  readonly name: string;
  readonly phase: string;
  readonly reasons: readonly string[];
  readonly restarts: number;
}
export interface EventDiagnosis {
  readonly object: string;
  readonly reason: string;
  readonly message: string;
  readonly count: number;
  readonly time: string;
}
export interface Diagnostics {
  readonly pods: readonly PodDiagnosis[];
  readonly events: readonly EventDiagnosis[];
  readonly problems: readonly string[];
}

const MAX_EVENTS = 10;

export function diagnosePods(pods: readonly PodJson[], release: string): PodDiagnosis[] {
  const mine = pods.filter(
    (p) => p.metadata.labels?.release === release || p.metadata.name.startsWith(`${release}-`),
  );
  const out: PodDiagnosis[] = [];
  for (const pod of mine) {
    const statuses = [
      ...(pod.status?.initContainerStatuses ?? []),
      ...(pod.status?.containerStatuses ?? []),
    ];
    const reasons = statuses.flatMap((c) => {
      const w = c.state?.waiting;
      const t = c.state?.terminated;
      if (w?.reason) return [`${c.name}: ${w.reason}${w.message ? ` (${w.message})` : ''}`];
      if (t?.reason && t.reason !== 'Completed')
        return [`${c.name}: ${t.reason} (exit ${t.exitCode ?? '?'})`];
      return [];
    });
    const ready =
      statuses.length > 0 && (pod.status?.containerStatuses ?? []).every((c) => c.ready);
    const phase = pod.status?.phase ?? 'Unknown';
    if (phase === 'Succeeded' || (ready && reasons.length === 0)) continue;
    out.push({
      name: pod.metadata.name,
      phase,
      reasons,
      restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
    });
  }
  return out;
}

export function recentWarnings(events: readonly EventJson[]): EventDiagnosis[] {
  const time = (e: EventJson): string =>
    e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';
  return events
    .filter((e) => e.type === 'Warning')
    .sort((a, b) => time(a).localeCompare(time(b)))
    .slice(-MAX_EVENTS)
    .map((e) => ({
      object: `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
      reason: e.reason ?? '',
      message: e.message ?? '',
      count: e.count ?? 1,
      time: time(e),
    }));
}

export async function collectDiagnostics(
  kubectl: Kubectl,
  namespace: string,
  release: string,
): Promise<Diagnostics> {
  const problems: string[] = [];
  let pods: PodDiagnosis[] = [];
  let events: EventDiagnosis[] = [];
  try {
    const result = await kubectl.read(['get', 'pods', '--namespace', namespace, '-o', 'json']);
    pods = diagnosePods(
      parseJson<{ items?: PodJson[] }>(result.stdout, 'kubectl get pods').items ?? [],
      release,
    );
  } catch (err) {
    problems.push(`could not list pods: ${errorMessage(err)}`);
  }
  try {
    const result = await kubectl.read(['get', 'events', '--namespace', namespace, '-o', 'json']);
    events = recentWarnings(
      parseJson<{ items?: EventJson[] }>(result.stdout, 'kubectl get events').items ?? [],
    );
  } catch (err) {
    problems.push(`could not list events: ${errorMessage(err)}`);
  }
  return { pods, events, problems };
}

/** One line for the error message: which pods are stuck and why. */
export function diagnosticsLine(d: Diagnostics): string {
  const pods = d.pods.map(
    (p) => `${p.name} (${p.reasons.length ? p.reasons.join(', ') : p.phase})`,
  );
  const events = d.events.slice(-3).map((e) => `${e.object} ${e.reason}: ${e.message}`);
  const parts = [
    pods.length ? `unready pods: ${pods.join('; ')}` : 'no unready pods found',
    ...(events.length ? [`recent warnings: ${events.join('; ')}`] : []),
  ];
  return parts.join('. ');
}

export function diagnosticsMarkdown(d: Diagnostics): string {
  const parts = ['### Failure diagnostics'];
  parts.push(
    d.pods.length
      ? markdownTable(
          ['Pod', 'Phase', 'Waiting / terminated reasons', 'Restarts'],
          d.pods.map((p) => [
            `\`${p.name}\``,
            p.phase,
            p.reasons.join('\n') || '-',
            String(p.restarts),
          ]),
        )
      : '_No unready pods of the release were found._',
  );
  if (d.events.length) {
    parts.push(
      '**Recent Warning events**',
      markdownTable(
        ['Time', 'Object', 'Reason', 'Message', 'Count'],
        d.events.map((e) => [e.time, e.object, e.reason, e.message, String(e.count)]),
      ),
    );
  }
  for (const problem of d.problems) parts.push(`> ${escapeCell(problem)}`);
  return parts.join('\n\n');
}
