/** Failure diagnostics for the job summary: pod reasons and the recent events of a workload. */
import { codeBlock, markdownTable } from '../reconcile/report.js';
import type { EventJson, K8sClient, PodProblem } from './client.js';
import { describeProblem } from './rollout.js';

export const EVENT_LIMIT = 15;

export function eventsTable(events: readonly EventJson[]): string {
  if (events.length === 0) return '_No events._';
  return markdownTable(
    ['Type', 'Reason', 'Object', 'Message'],
    events
      .slice(-EVENT_LIMIT)
      .map((e) => [
        e.type ?? '',
        `${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}`,
        `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
        e.message ?? '',
      ]),
  );
}

/** Best effort: a failure to read diagnostics must not hide the failure itself. */
export async function workloadDiagnostics(
  client: K8sClient,
  namespace: string,
  name: string,
  problems: readonly PodProblem[],
): Promise<string> {
  const events = await client.events(namespace, [name]).catch((err: unknown) => {
    return [
      { type: 'Warning', reason: 'DiagnosticsUnavailable', message: String(err) },
    ] as EventJson[];
  });
  const pods =
    problems.length > 0
      ? codeBlock('text', problems.map(describeProblem).join('\n'))
      : '_No waiting pods._';
  return [`#### Pods of ${name}`, pods, `#### Recent events for ${name}`, eventsTable(events)].join(
    '\n\n',
  );
}
