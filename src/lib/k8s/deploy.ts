/**
 * The deploy flow apply-litellm and deploy-app share, as Changes for the engine: observe
 * (namespace, secret markers, server-side diff; reads only in a dry run) and plan one Change per
 * object; apply writes what differs in one server-side apply; verify watches each changed
 * workload and, on a failed rollout, undoes what this run changed, failing with diagnostics.
 */
import { errorMessage } from '../errors.js';
import { formatCommand } from '../exec/runner.js';
import type { Change } from '../reconcile/engine.js';
import { MANAGED_BY_LABEL, type KubeObject } from '../tools/kubectl.js';
import type { ToolContext } from '../tools/tool.js';
import { deployApplyArgs, type DiffEntry, type K8sClient, type WorkloadKind } from './client.js';
import { workloadDiagnostics } from './diagnostics.js';
import { refOf } from './manifests.js';
import { missingNamespace, readOnlyChanges } from './observe.js';
import type { RunProvenance } from './provenance.js';
import { createdEntries, stampChanged, withLiveProvenance } from './provenance-live.js';
import { bumpMarkers, liveMarkers, withLiveMarkers } from './secret-rollout.js';
import { REVISION } from './rollout-history.js';
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
  /** Create the namespace when it is missing (case F51: otherwise fail naming it). */
  readonly createNamespace?: boolean;
  readonly pollMs?: number;
  readonly crashLoopRestarts?: number;
  /** This run's provenance, stamped on the objects that change (provenance.ts); asked lazily. */
  readonly provenance?: () => Promise<RunProvenance>;
}

export type DeployOp =
  | { readonly type: 'namespace' }
  /** Every changed object goes in one apply; the first object's Change carries it. */
  | { readonly type: 'objects'; readonly batch: readonly KubeObject[]; readonly first: boolean };

export class RolloutFailedError extends Error {
  override readonly name = 'RolloutFailedError';
  constructor(
    message: string,
    readonly diagnostics: string,
    readonly rolledBack: readonly string[],
    /** The outcome's resource that failed (`Deployment/ns/name`). */
    readonly resource: string,
  ) {
    super(message);
  }
}

const APPLY_LINE = formatCommand({ tool: 'kubectl', args: deployApplyArgs() });
/** A read-only plan's op: marks a planned change, never applied (a dry run stops before). */
const NO_OP: DeployOp = { type: 'objects', batch: [], first: false };

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

interface Planned {
  readonly object: KubeObject;
  readonly action: 'create' | 'update' | 'noop';
  readonly reason: string;
}

/** Plans, applies and verifies one deploy; one instance per run. */
export class Deploy {
  private diff: DiffEntry[] = [];
  private readonly previous = new Map<string, string | undefined>();
  private applied: readonly KubeObject[] = [];

  constructor(
    private readonly tools: ToolContext,
    private readonly client: K8sClient,
    private readonly req: DeployRequest,
  ) {}

  /**
   * Observe and plan; offline, every object is "not observed". A dry run reads only (observe.ts):
   * `kubectl diff --server-side` is a dry-run PATCH, authorised like the real one (issue 13).
   */
  async plan(offline: boolean, readOnly = false): Promise<Change<DeployOp>[]> {
    const { req, client } = this;
    if (readOnly && !offline)
      return readOnlyChanges(client, req, () => missingNamespace(req.namespace), APPLY_LINE, NO_OP);
    if (offline) {
      return this.changes(
        req.objects.map((object) => ({
          object,
          action: 'update',
          reason: 'not observed; ensured by server-side apply',
        })),
      );
    }
    if (!(await client.namespaceExists(req.namespace))) {
      if (!req.createNamespace) {
        missingNamespace(req.namespace);
      }
      const namespace: Change<DeployOp> = {
        resource: `Namespace/${req.namespace}`,
        action: 'create',
        reason: 'does not exist',
        commands: [APPLY_LINE],
        op: { type: 'namespace' },
      };
      // Nothing can be diffed against a namespace that does not exist: everything is new.
      this.diff = createdEntries(req.objects);
      const all = req.provenance
        ? await stampChanged(req.objects, this.diff, req.provenance)
        : req.objects;
      const rest = all.map((object): Planned => ({
        object,
        action: 'create',
        reason: 'namespace does not exist yet',
      }));
      return [namespace, ...this.changes(rest)];
    }
    const live = await liveMarkers(client, req.objects);
    let objects = withLiveMarkers(req.objects, live);
    // Provenance alone is never a difference: the live values are carried over for the diff.
    if (req.provenance) objects = await withLiveProvenance(client, objects);
    this.diff = await client.diff(objects);
    const bumped = bumpMarkers(
      objects,
      this.diff,
      live,
      new Date(this.tools.clock.now()).toISOString(),
    );
    for (const o of objects) {
      if (bumped.includes(`${o.kind}/${o.metadata.name}`) && !entryFor(o, this.diff)) {
        this.diff.push({
          kind: o.kind,
          namespace: o.metadata.namespace ?? '',
          name: o.metadata.name,
          created: false,
        });
      }
    }
    if (req.provenance) objects = await stampChanged(objects, this.diff, req.provenance);
    return this.changes(
      objects.map((object): Planned => {
        const entry = entryFor(object, this.diff);
        if (!entry) return { object, action: 'noop', reason: 'no difference' };
        const secretOnly = bumped.includes(`${object.kind}/${object.metadata.name}`);
        return {
          object,
          action: entry.created ? 'create' : 'update',
          reason: entry.created
            ? 'does not exist'
            : secretOnly
              ? 'differs, or a Secret it reads changed (pods restart)'
              : 'differs from the cluster',
        };
      }),
    );
  }

  private changes(planned: readonly Planned[]): Change<DeployOp>[] {
    const batch = planned.filter((p) => p.action !== 'noop').map((p) => p.object);
    return planned.map((p) => ({
      resource: refOf(p.object),
      action: p.action,
      reason: p.reason,
      commands: p.action === 'noop' ? [] : [APPLY_LINE],
      ...(p.action === 'noop'
        ? {}
        : { op: { type: 'objects' as const, batch, first: p.object === batch[0] } }),
    }));
  }

  /** The outcome's detail stays the planned reason (`does not exist`, `differs ...`). */
  async apply(op: DeployOp): Promise<string | void> {
    const { client, req } = this;
    if (op.type === 'namespace') {
      await client.applyObjects([
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: req.namespace, labels: { ...MANAGED_BY_LABEL } },
        },
      ]);
      return;
    }
    // Only what the diff found changed is written: an unchanged object gets no request at all.
    if (!op.first) return;
    // Remember each updated Deployment's revision, so an undo returns to exactly it.
    for (const o of op.batch) {
      const w = workloadOf(o);
      if (w?.kind === 'Deployment' && !entryFor(o, this.diff)?.created) {
        const live = await client.get('deployment', w.name, w.namespace);
        this.previous.set(w.name, live?.metadata.annotations?.[REVISION]);
      }
    }
    await client.applyObjects(op.batch);
    this.applied = op.batch;
    this.tools.logger.info(
      `applied ${op.batch.length} changed object(s) to namespace ${req.namespace}`,
    );
  }

  /** Watches every changed workload; a failed rollout is undone, then reported. */
  async verify(): Promise<void> {
    const { client, req, tools } = this;
    const workloads = this.applied.flatMap((o) => workloadOf(o) ?? []);
    const watch = {
      timeoutMs: req.timeoutMs,
      pollMs: req.pollMs ?? DEFAULT_POLL_MS,
      crashLoopRestarts: req.crashLoopRestarts ?? DEFAULT_CRASH_LOOP_RESTARTS,
      clock: tools.clock,
    };
    for (const w of workloads) {
      tools.logger.info(`waiting for ${w.kind.toLowerCase()}/${w.name} to roll out`);
      const failure = await watchRollout(client, w, watch);
      if (!failure) continue;
      const diagnostics = await workloadDiagnostics(client, w.namespace, w.name, failure.problems);
      const { rolledBack, notes } = await undoChanged(
        client,
        workloads,
        this.previous,
        this.diff,
        this.applied,
        watch,
        tools,
      );
      throw new RolloutFailedError(
        `${w.kind.toLowerCase()}/${w.name} in namespace ${w.namespace} failed to roll out: ${failure.reason}` +
          (rolledBack.length ? `; rolled back ${rolledBack.join(', ')}` : '') +
          (notes.length ? `; ${notes.join('; ')}` : ''),
        diagnostics,
        rolledBack,
        `${w.kind}/${w.namespace}/${w.name}`,
      );
    }
  }
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
