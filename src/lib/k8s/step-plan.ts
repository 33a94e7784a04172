/**
 * The CLI plan for a deploy step: which objects would change (reads and our own comparison
 * when the cluster can be reached, see observe.ts; "not observed" offline) and the manifests,
 * Secret values redacted.
 */
import { formatCommand } from '../exec/runner.js';
import type { Change } from '../reconcile/engine.js';
import type { Artifact } from '../reconcile/step.js';
import type { KubeObject } from '../tools/kubectl.js';
import type { ToolContext } from '../tools/tool.js';
import { deployApplyArgs, K8sClient } from './client.js';
import { deployObjects } from './deploy.js';
import { displayYaml, refOf } from './manifests.js';

const APPLY_LINE = formatCommand({ tool: 'kubectl', args: deployApplyArgs() });

export interface DeployPlan {
  readonly changes: Change<'apply'>[];
  readonly artifacts: Artifact[];
}

export async function planDeploy(
  step: string,
  tools: ToolContext,
  offline: boolean,
  namespace: string,
  objects: readonly KubeObject[],
): Promise<DeployPlan> {
  const artifacts: Artifact[] = [
    {
      title: `${step}: manifests (Secret values redacted)`,
      language: 'yaml',
      body: await displayYaml(objects),
    },
  ];
  // Secret values are never in the platform file, so a diff of them would mean nothing.
  const observable = objects.filter((o) => o.kind !== 'Secret');
  const secrets = objects.filter((o) => o.kind === 'Secret');
  const secretChanges: Change<'apply'>[] = secrets.map((s) => ({
    resource: refOf(s),
    action: 'update',
    reason: 'values come from secret inputs; applied server-side from stdin',
    commands: [APPLY_LINE],
    op: 'apply',
  }));
  if (offline) {
    return {
      changes: [
        ...secretChanges,
        ...observable.map((o): Change<'apply'> => ({
          resource: refOf(o),
          action: 'update',
          reason: 'not observed; ensured by server-side apply',
          commands: [APPLY_LINE],
          op: 'apply',
        })),
      ],
      artifacts,
    };
  }
  const result = await deployObjects(tools, new K8sClient(tools), {
    namespace,
    objects: observable,
    timeoutMs: 0,
    dryRun: true,
  });
  return {
    changes: [
      ...secretChanges,
      ...result.outcomes.map((o): Change<'apply'> => ({
        resource: o.resource,
        action: o.action,
        reason: o.detail,
        commands: o.action === 'noop' ? [] : [APPLY_LINE],
        ...(o.action === 'noop' ? {} : { op: 'apply' as const }),
      })),
    ],
    artifacts,
  };
}
