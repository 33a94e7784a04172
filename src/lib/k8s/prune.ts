/**
 * Prune: the Changes that delete what an earlier run of this apply set applied and the
 * manifests no longer hold (apply-set.ts says which objects count as ours). The list is a read,
 * so the dry run and the read-only plan show the same deletions a deploy makes; the delete
 * itself runs only in apply.
 */
import { CommandError } from '../errors.js';
import type { Change } from '../reconcile/engine.js';
import { resourceType, type KubeObject } from '../tools/kubectl.js';
import { parseJson } from '../tools/tool.js';
import {
  deleteArgs,
  foreignTargets,
  listArgs,
  pruneKinds,
  pruneTargets,
  type PruneTarget,
} from './apply-set.js';
import type { K8sClient } from './client.js';

export interface PruneRequest {
  readonly namespace: string;
  /** The desired objects (already labelled with the set). */
  readonly objects: readonly KubeObject[];
  readonly setId: string;
  /** This run's repository (GITHUB_REPOSITORY): objects another repository deployed are kept. */
  readonly repository?: string;
}

const permissionDenied = (err: unknown): CommandError | undefined =>
  err instanceof CommandError && err.kind === 'permission' ? err : undefined;

/**
 * The delete Changes (last in the plan: the new objects are applied before the old ones go).
 * A read-only plan that may not list a kind says so in a row instead of failing.
 */
export async function planPrune<Op>(
  client: K8sClient,
  req: PruneRequest,
  readOnly: boolean,
  opOf: (target: PruneTarget) => Op,
): Promise<Change<Op>[]> {
  const kinds = pruneKinds(req.objects, readOnly);
  const rows: Change<Op>[] = [];
  if (readOnly) {
    rows.push({
      resource: `Secret/${req.namespace}/*`,
      action: 'noop',
      reason: `not observable: a plan never lists Secrets (a list returns their data); a deploy prunes the Secrets of apply set "${req.setId}" that the manifests no longer hold`,
      commands: [],
    });
  }
  let listed: KubeObject[];
  try {
    const { stdout } = await client.read(listArgs(kinds, req.namespace, req.setId));
    listed = parseJson<{ items?: KubeObject[] }>(stdout, 'kubectl get (prune)').items ?? [];
  } catch (err) {
    const denied = permissionDenied(err);
    if (!denied) throw err;
    const why = denied.stderr.trim().split('\n')[0] ?? '';
    if (readOnly) {
      return [
        ...rows,
        {
          resource: `${kinds.map(resourceType).join(',')} in ${req.namespace}`,
          action: 'noop',
          reason: `not observable: forbidden to list what prune would delete (${why})`,
          commands: [],
        },
      ];
    }
    throw new Error(
      `prune: listing the objects of apply set "${req.setId}" in namespace ${req.namespace} was refused (${why}); the deploying identity needs list and delete on ${kinds.map(resourceType).join(', ')}, or set prune: false`,
      { cause: err },
    );
  }
  const targets = pruneTargets(listed, req.objects, req);
  const foreign = foreignTargets(listed, req.objects, req).map(({ target: t, repository }) => ({
    resource: `${t.kind}/${t.namespace}/${t.name}`,
    action: 'noop' as const,
    reason: `kept: no longer in the manifests, but last deployed by ${repository}, another repository using apply set "${req.setId}"; give each repository its own apply-set`,
    commands: [],
  }));
  return [
    ...rows,
    ...foreign,
    ...targets.map((t) => ({
      resource: `${t.kind}/${t.namespace}/${t.name}`,
      action: 'delete' as const,
      reason: `no longer in the manifests; applied earlier by apply set "${req.setId}"`,
      commands: [client.display(deleteArgs(t))],
      op: opOf(t),
    })),
  ];
}

/** Deletes one pruned object; already gone is fine (`--ignore-not-found`), so a retry is safe. */
export async function deleteTarget(client: K8sClient, target: PruneTarget): Promise<void> {
  try {
    await client.mutate(deleteArgs(target));
  } catch (err) {
    const denied = permissionDenied(err);
    if (!denied) throw err;
    throw new Error(
      `prune: deleting ${target.kind}/${target.namespace}/${target.name} was refused (${denied.stderr.trim().split('\n')[0] ?? ''}); grant the deploying identity delete on ${resourceType(target)} in ${target.namespace} (docs/app-repositories.md, app-deployer-prune), or set prune: false`,
      { cause: err },
    );
  }
}
