/**
 * deploy-app's `rollback-to-revision`: every Deployment in the manifests goes back to the
 * images of that rollout revision (`previous`: the one before its current revision), deployed
 * with the manifests through the same Deploy flow. Reads only, so a dry run shows it too.
 */
import { ConfigurationError } from '../../lib/errors.js';
import type { K8sClient } from '../../lib/k8s/client.js';
import {
  deploymentHistory,
  pickRevision,
  ROLLBACK_INPUT,
  withRevisionImages,
  type RollbackTarget,
} from '../../lib/k8s/rollout-history.js';
import { markdownTable } from '../../lib/reconcile/report.js';
import type { KubeObject } from '../../lib/tools/kubectl.js';

export interface RollbackPlan {
  readonly objects: KubeObject[];
  /** The change-cause's verb: `rollback to revision 2`. */
  readonly action: string;
  readonly table: string;
}

const imagesText = (images: ReadonlyMap<string, string>): string =>
  [...images].map(([c, i]) => `${c}=\`${i}\``).join('<br>');

export async function planRollback(
  client: K8sClient,
  namespace: string,
  objects: readonly KubeObject[],
  target: RollbackTarget,
  offline: boolean,
): Promise<RollbackPlan> {
  if (offline) {
    throw new ConfigurationError(
      ROLLBACK_INPUT,
      'needs the cluster: the earlier images are read from the Deployment’s ReplicaSets',
    );
  }
  const deployments = objects.filter((o) => o.kind === 'Deployment');
  if (deployments.length === 0) {
    throw new ConfigurationError(ROLLBACK_INPUT, 'the manifests hold no Deployment to roll back');
  }
  const rows: string[][] = [];
  const picked: string[] = [];
  const replaced = new Map<KubeObject, KubeObject>();
  for (const d of deployments) {
    const history = await deploymentHistory(client, { name: d.metadata.name, namespace });
    if (!history) {
      throw new Error(
        `deployment/${d.metadata.name} does not exist in namespace ${namespace}: there is nothing to roll back`,
      );
    }
    const from = history.revisions.find((r) => r.revision === history.current);
    // `previous` leaves a Deployment that has only ever had one revision as it is (a release
    // that changed only the backend); a number must exist for every Deployment.
    if (target === 'previous' && !history.revisions.some((r) => r.revision < history.current)) {
      rows.push([
        `Deployment/${d.metadata.name}`,
        `${history.current}: ${from ? imagesText(from.images) : '?'}`,
        'unchanged: no earlier revision',
      ]);
      // Its live images stay: the manifests may name other images than the ones that run.
      if (from) replaced.set(d, withRevisionImages(d, from));
      continue;
    }
    const to = pickRevision(history, target);
    picked.push(`deployment/${d.metadata.name}=${to.revision}`);
    replaced.set(d, withRevisionImages(d, to));
    rows.push([
      `Deployment/${d.metadata.name}`,
      `${history.current}: ${from ? imagesText(from.images) : '?'}`,
      `${to.revision}: ${imagesText(to.images)}`,
    ]);
  }
  if (picked.length === 0) {
    throw new Error(
      `no Deployment in namespace ${namespace} has a revision before its current one: there is nothing to roll back to`,
    );
  }
  const revisions = new Set(picked.map((p) => p.split('=')[1]));
  const action =
    revisions.size === 1
      ? `rollback to revision ${[...revisions][0]}`
      : `rollback to revisions ${picked.join(', ')}`;
  return {
    objects: objects.map((o) => replaced.get(o) ?? o),
    action,
    table: markdownTable(['Workload', 'From revision (images)', 'To revision (images)'], rows),
  };
}
