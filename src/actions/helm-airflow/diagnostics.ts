/**
 * What went wrong after a failed upgrade (F42): the release's pods with a waiting container
 * (the chart labels every pod `release: RELEASE`) and the recent events of its objects, read
 * through the shared src/lib/k8s helpers deploy-app uses too. Best effort: a failed read
 * becomes a line in the report, never a second error.
 */
import { errorMessage } from '../../lib/errors.js';
import { K8sClient, type PodProblem } from '../../lib/k8s/client.js';
import { workloadDiagnostics } from '../../lib/k8s/diagnostics.js';
import type { ToolContext } from '../../lib/tools/tool.js';

export interface Diagnostics {
  readonly pods: readonly PodProblem[];
  /** Markdown for the job summary (pods and events), empty when nothing could be read. */
  readonly section: string;
  readonly problems: readonly string[];
}

export const noDiagnostics = (why: string): Diagnostics => ({
  pods: [],
  section: '',
  problems: [why],
});

export async function collectDiagnostics(
  ctx: ToolContext,
  namespace: string,
  release: string,
): Promise<Diagnostics> {
  const client = new K8sClient(ctx);
  const problems: string[] = [];
  let pods: PodProblem[] = [];
  try {
    pods = await client.podProblems(namespace, { release });
  } catch (err) {
    problems.push(`could not list pods: ${errorMessage(err)}`);
  }
  const section = await workloadDiagnostics(client, namespace, release, pods);
  return { pods, section, problems };
}

/** One line for the error message: which pods are stuck and why. */
export function diagnosticsLine(d: Diagnostics): string {
  return d.pods.length
    ? `unready pods: ${d.pods.map((p) => `${p.pod} (${p.container}: ${p.reason})`).join('; ')}`
    : 'no waiting pods of the release found';
}

export function diagnosticsMarkdown(d: Diagnostics): string {
  return ['### Failure diagnostics', d.section, ...d.problems.map((p) => `> ${p}`)]
    .filter(Boolean)
    .join('\n\n');
}
