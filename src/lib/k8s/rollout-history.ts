/**
 * Rolling an app workload back to the images of an earlier rollout revision. A Deployment's
 * history is its ReplicaSets: each is owned by it (a controller ownerReference to the
 * Deployment's uid) and carries `deployment.kubernetes.io/revision`, the pod template it ran
 * included (https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#checking-rollout-history-of-a-deployment;
 * kubectl pkg/polymorphichelpers/history.go reads them the same way). We take that revision's
 * container images and deploy the manifests with them through the normal Deploy flow, so the
 * rollback waits, reports and stamps provenance like any deploy.
 */
import { ConfigurationError } from '../errors.js';
import type { KubeObject } from '../tools/kubectl.js';
import { parseJson } from '../tools/tool.js';
import type { K8sClient } from './client.js';
import { containersOf } from './images.js';

export const ROLLBACK_INPUT = 'rollback-to-revision';
/** The Deployment controller's revision annotation, on the Deployment and its ReplicaSets. */
export const REVISION = 'deployment.kubernetes.io/revision';

export type RollbackTarget = 'previous' | number;

/** `previous` or a revision number; empty means no rollback. Checked before any command. */
export function parseRollbackTarget(
  input: string,
  value: string | undefined,
): RollbackTarget | undefined {
  const v = value?.trim() ?? '';
  if (v === '') return undefined;
  if (v === 'previous') return 'previous';
  if (/^[1-9][0-9]{0,8}$/.test(v)) return Number(v);
  throw new ConfigurationError(
    input,
    `must be "previous" or a revision number such as 3 (see kubectl rollout history / helm history); got "${v}"`,
  );
}

export interface Revision {
  readonly revision: number;
  /** container name -> image, init containers included. */
  readonly images: ReadonlyMap<string, string>;
}

export interface WorkloadHistory {
  readonly name: string;
  readonly current: number;
  readonly revisions: readonly Revision[];
}

interface Owned {
  metadata: KubeObject['metadata'] & {
    uid?: string;
    ownerReferences?: { kind?: string; uid?: string; controller?: boolean }[];
  };
}

function imagesOfTemplate(o: KubeObject): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of containersOf(o)) {
    if (c.image) out.set(c.name, c.image);
  }
  return out;
}

/** The Deployment's revisions, oldest first; undefined when the Deployment does not exist. */
export async function deploymentHistory(
  client: K8sClient,
  { name, namespace }: { readonly name: string; readonly namespace: string },
): Promise<WorkloadHistory | undefined> {
  const dep = (await client.get('deployment.apps', name, namespace)) as
    (KubeObject & Owned) | undefined;
  if (!dep) return undefined;
  const { stdout } = await client.read([
    'get',
    'replicasets.apps',
    '--namespace',
    namespace,
    '-o',
    'json',
  ]);
  const items =
    parseJson<{ items?: (KubeObject & Owned)[] }>(stdout, 'kubectl get replicasets').items ?? [];
  const revisions = items
    .filter((rs) =>
      (rs.metadata.ownerReferences ?? []).some(
        (r) => r.kind === 'Deployment' && r.controller === true && r.uid === dep.metadata.uid,
      ),
    )
    .map((rs) => ({
      revision: Number(rs.metadata.annotations?.[REVISION] ?? 0),
      images: imagesOfTemplate(rs),
    }))
    .filter((r) => r.revision > 0)
    .sort((a, b) => a.revision - b.revision);
  return { name, current: Number(dep.metadata.annotations?.[REVISION] ?? 0), revisions };
}

/** A rollback target that does not exist: names what, which revision, and those kept. */
export function pickRevisionError(
  subject: string,
  problem: string,
  kept: readonly number[],
  listCommand: string,
): Error {
  return new Error(
    `${subject} has ${problem}; revisions kept: ${kept.length ? kept.join(', ') : 'none'} (${listCommand})`,
  );
}

/** The revision to go back to, or an error naming the workload, the revision and what exists. */
export function pickRevision(history: WorkloadHistory, target: RollbackTarget): Revision {
  const found =
    target === 'previous'
      ? history.revisions.filter((r) => r.revision < history.current).at(-1)
      : history.revisions.find((r) => r.revision === target);
  if (found) return found;
  throw pickRevisionError(
    `deployment/${history.name}`,
    target === 'previous'
      ? `no revision before its current one (${history.current})`
      : `no revision ${target}`,
    history.revisions.map((r) => r.revision),
    `kubectl rollout history deployment/${history.name}`,
  );
}

/** A copy of `o` whose containers run the images of `revision` (matched by container name). */
export function withRevisionImages(o: KubeObject, revision: Revision): KubeObject {
  const copy = structuredClone(o);
  for (const c of containersOf(copy)) {
    const image = revision.images.get(c.name);
    if (image) c.image = image;
  }
  return copy;
}
