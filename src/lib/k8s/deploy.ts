/**
 * The deploy flow both apply-litellm and deploy-app use: check the namespace, diff, apply only
 * when something differs, watch every changed Deployment/StatefulSet, and on a failed rollout
 * undo exactly what this run changed before failing with diagnostics.
 */
import { errorMessage } from '../errors.js';
import type { Clock } from '../exec/retry.js';
import type { Outcome } from '../reconcile/engine.js';
import { MANAGED_BY_LABEL, type KubeObject } from '../tools/kubectl.js';
import type { ToolContext } from '../tools/tool.js';
import type { DiffEntry, K8sClient, WorkloadKind } from './client.js';
import { workloadDiagnostics } from './diagnostics.js';
import { refOf } from './manifests.js';
import { planReadOnly } from './observe.js';
import { bumpMarkers, liveMarkers, withLiveMarkers } from './secret-rollout.js';
import {
  DEFAULT_CRASH_LOOP_RESTARTS,
  DEFAULT_POLL_MS,
  watchRollout,
  type Workload,
} from './rollout.js';

export interface DeployRequest {
  readonly namespace: string;
  readonly objects: readonly KubeObject[];
  readonly timeoutMs: number;
  readonly dryRun: boolean;
  /** Create the namespace when it is missing (case F51: otherwise fail naming it). */
  readonly createNamespace?: boolean;
  readonly pollMs?: number;
  readonly crashLoopRestarts?: number;
}

export interface DeployResult {
  readonly changed: boolean;
  readonly outcomes: Outcome[];
  /** Workloads this run changed (they were rolled out and watched). */
  readonly workloads: readonly Workload[];
}

export class RolloutFailedError extends Error {
  override readonly name = 'RolloutFailedError';
  constructor(
    message: string,
    readonly outcomes: readonly Outcome[],
    readonly diagnostics: string,
    readonly rolledBack: readonly string[],
  ) {
    super(message);
  }
}

export class NamespaceMissingError extends Error {
  override readonly name = 'NamespaceMissingError';
}

const REVISION = 'deployment.kubernetes.io/revision';

function entryFor(o: KubeObject, diff: readonly DiffEntry[]): DiffEntry | undefined {
  return diff.find(
    (d) =>
      d.kind === o.kind &&
      d.name === o.metadata.name &&
      d.namespace === (o.metadata.namespace ?? ''),
  );
}

function workloadOf(o: KubeObject): Workload | undefined {
  if (o.kind !== 'Deployment' && o.kind !== 'StatefulSet') return undefined;
  const selector = (o.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined)
    ?.selector;
  return {
    kind: o.kind as WorkloadKind,
    name: o.metadata.name,
    namespace: o.metadata.namespace ?? '',
    matchLabels: selector?.matchLabels ?? {},
  };
}

export async function deployObjects(
  tools: ToolContext,
  client: K8sClient,
  req: DeployRequest,
): Promise<DeployResult> {
  const clock: Clock = tools.clock;
  const created: Outcome[] = [];
  const missing = (): never => {
    throw new NamespaceMissingError(
      `namespace "${req.namespace}" does not exist; create it first (setup-wi creates the namespaces of its bindings), set create-namespace: true, or fix the namespace input`,
    );
  };
  // A dry run is a plan: reads only, compared by us, so a read-only planner can run it (issue 13).
  if (req.dryRun) return { ...(await planReadOnly(client, req, missing)), workloads: [] };
  if (!(await client.namespaceExists(req.namespace))) {
    if (!req.createNamespace) missing();
    const namespace: Outcome = {
      resource: `Namespace/${req.namespace}`,
      action: 'create',
      status: 'done',
      detail: 'does not exist',
    };
    await client.applyObjects([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: req.namespace, labels: { ...MANAGED_BY_LABEL } },
      },
    ]);
    created.push(namespace);
  }
  const live = await liveMarkers(client, req.objects);
  const objects = withLiveMarkers(req.objects, live);
  const diff: DiffEntry[] = await client.diff(objects);
  const bumped = bumpMarkers(objects, diff, live, new Date(clock.now()).toISOString());
  for (const o of objects) {
    if (bumped.includes(`${o.kind}/${o.metadata.name}`) && !entryFor(o, diff)) {
      diff.push({
        kind: o.kind,
        namespace: o.metadata.namespace ?? '',
        name: o.metadata.name,
        created: false,
      });
    }
  }
  const outcomes: Outcome[] = created.concat(
    objects.map((o): Outcome => {
      const entry = entryFor(o, diff);
      if (!entry)
        return { resource: refOf(o), action: 'noop', status: 'unchanged', detail: 'no difference' };
      const action = entry.created ? 'create' : 'update';
      const secretOnly = bumped.includes(`${o.kind}/${o.metadata.name}`);
      return {
        resource: refOf(o),
        action,
        status: 'done',
        detail: entry.created
          ? 'does not exist'
          : secretOnly
            ? 'differs, or a Secret it reads changed (pods restart)'
            : 'differs from the cluster',
      };
    }),
  );
  const changedObjects = objects.filter((o) => entryFor(o, diff));
  if (changedObjects.length === 0) {
    return { changed: created.length > 0, outcomes, workloads: [] };
  }

  // Remember each updated Deployment's revision, so an undo returns to exactly it.
  const previous = new Map<string, string | undefined>();
  for (const o of changedObjects) {
    const w = workloadOf(o);
    if (w?.kind === 'Deployment' && !entryFor(o, diff)?.created) {
      const live = await client.get('deployment', w.name, w.namespace);
      previous.set(w.name, live?.metadata.annotations?.[REVISION]);
    }
  }

  // Only what the diff found changed is written: an unchanged object gets no request at all.
  await client.applyObjects(changedObjects);
  tools.logger.info(
    `applied ${changedObjects.length} changed object(s) to namespace ${req.namespace}`,
  );

  const workloads = changedObjects.flatMap((o) => workloadOf(o) ?? []);
  const watch = {
    timeoutMs: req.timeoutMs,
    pollMs: req.pollMs ?? DEFAULT_POLL_MS,
    crashLoopRestarts: req.crashLoopRestarts ?? DEFAULT_CRASH_LOOP_RESTARTS,
    clock,
  };
  for (const w of workloads) {
    tools.logger.info(`waiting for ${w.kind.toLowerCase()}/${w.name} to roll out`);
    const failure = await watchRollout(client, w, watch);
    if (!failure) continue;
    const diagnostics = await workloadDiagnostics(client, w.namespace, w.name, failure.problems);
    const { rolledBack, notes } = await undoChanged(
      client,
      workloads,
      previous,
      diff,
      changedObjects,
      watch,
      tools,
    );
    for (const o of outcomes) {
      if (o.resource === `${w.kind}/${w.namespace}/${w.name}`) {
        Object.assign(o, { status: 'failed', detail: failure.reason });
      }
    }
    throw new RolloutFailedError(
      `${w.kind.toLowerCase()}/${w.name} in namespace ${w.namespace} failed to roll out: ${failure.reason}` +
        (rolledBack.length ? `; rolled back ${rolledBack.join(', ')}` : '') +
        (notes.length ? `; ${notes.join('; ')}` : ''),
      outcomes,
      diagnostics,
      rolledBack,
    );
  }
  return { changed: true, outcomes, workloads };
}

/** Undoes every workload this run updated (a created one has nothing to return to). */
async function undoChanged(
  client: K8sClient,
  workloads: readonly Workload[],
  previous: ReadonlyMap<string, string | undefined>,
  diff: readonly DiffEntry[],
  changedObjects: readonly KubeObject[],
  watch: Parameters<typeof watchRollout>[2],
  tools: ToolContext,
): Promise<{ rolledBack: string[]; notes: string[] }> {
  const rolledBack: string[] = [];
  const notes: string[] = [];
  for (const w of workloads) {
    const object = changedObjects.find((o) => o.kind === w.kind && o.metadata.name === w.name);
    const created = object ? entryFor(object, diff)?.created : false;
    const label = `${w.kind.toLowerCase()}/${w.name}`;
    if (created) {
      notes.push(`${label} was created by this run, so there is no earlier revision to return to`);
      continue;
    }
    const revision = previous.get(w.name);
    if (w.kind === 'Deployment' && revision === undefined) {
      // Without the revision we had, `undo` would go back one step, perhaps past a change that
      // was not ours.
      notes.push(`${label} had no recorded revision before this run, so it was not rolled back`);
      continue;
    }
    try {
      tools.logger.warning(`rolling back ${label}`);
      await client.rolloutUndo(w.kind, w.name, w.namespace, revision);
      const after = await watchRollout(client, w, { ...watch, failFast: false });
      if (after) notes.push(`the rollback of ${label} did not complete: ${after.reason}`);
      rolledBack.push(label);
    } catch (err) {
      notes.push(`rolling back ${label} failed: ${errorMessage(err)}`);
    }
  }
  return { rolledBack, notes };
}
