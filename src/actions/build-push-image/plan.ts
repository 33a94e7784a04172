/**
 * build-push-image's planner: desired state (inputs) + what the registry holds -> Changes.
 * Pure: no I/O, so each branch is a table test.
 */
import { formatCommand } from '../../lib/exec/runner.js';
import type { Change } from '../../lib/reconcile/engine.js';
import { dockerArgv } from '../../lib/tools/docker.js';
import { buildxBuild, digestRefOf, dockerBuild, gcloudArgv, refOf } from './argv.js';
import type { BuildPushInputs } from './inputs.js';

export interface Observed {
  /** undefined: not asked (create-repository off) or not observed (offline plan). */
  readonly repositoryExists?: boolean;
  /** Per tag: its digest ('' when it exists but the digest cannot be read), null when absent. */
  readonly tags: ReadonlyMap<string, string | null>;
}

export type ImageOp =
  | { readonly type: 'repository' }
  | { readonly type: 'build' }
  | { readonly type: 'retag'; readonly digest: string; readonly tags: readonly string[] };

export interface ImagePlan {
  readonly changes: Change<ImageOp>[];
  /** Set when the primary tag exists and the build is skipped. */
  readonly existingDigest?: string;
}

const line = (tool: string, args: readonly string[]): string => formatCommand({ tool, args });

/** Pure: desired (inputs) + observed -> Changes. */
export function planImage(inputs: BuildPushInputs, observed: Observed, buildx: boolean): ImagePlan {
  const changes: Change<ImageOp>[] = [];
  const name = inputs.image.name;
  const repo = inputs.image.repository;
  if (inputs.createRepository && repo) {
    const resource = `artifact-registry/${repo.project}/${repo.location}/${repo.id}`;
    changes.push(
      observed.repositoryExists
        ? { resource, action: 'noop', reason: 'exists', commands: [] }
        : {
            resource,
            action: 'create',
            reason:
              observed.repositoryExists === false
                ? 'does not exist'
                : 'not observed; created unless it exists',
            commands: [line('gcloud', gcloudArgv.createRepository(repo))],
            op: { type: 'repository' },
          },
    );
  }
  const primary = inputs.tags[0] ?? '';
  const existing = inputs.skipExisting ? observed.tags.get(primary) : undefined;
  if (existing) {
    const missing = inputs.tags.filter((t) => t !== primary && observed.tags.get(t) !== existing);
    changes.push({
      resource: `image/${refOf(name, primary)}`,
      action: 'noop',
      reason: `already in the registry at ${existing}; build skipped`,
      commands: [],
    });
    if (missing.length > 0) {
      const source = digestRefOf(name, existing);
      const targets = missing.map((t) => refOf(name, t));
      changes.push({
        resource: `image/${name} tags`,
        action: 'update',
        reason: `point ${missing.join(', ')} at ${existing}`,
        commands: buildx
          ? [line('docker', dockerArgv.imagetoolsCreate(source, targets))]
          : [
              line('docker', dockerArgv.pull(source)),
              ...targets.map((t) => line('docker', dockerArgv.push(t))),
            ],
        op: { type: 'retag', digest: existing, tags: missing },
      });
    }
    return { changes, existingDigest: existing };
  }
  const buildLine = buildx
    ? line(
        'docker',
        buildxBuild(inputs, {
          metadataFile: 'METADATA.json',
          secretFiles: inputs.secrets.map((s) => ({ id: s.id, file: `SECRET_${s.id}` })),
          ghaCache: inputs.cache,
        }),
      )
    : line('docker', dockerBuild(inputs));
  const pushLines =
    inputs.push && !buildx
      ? inputs.tags.map((t) => line('docker', dockerArgv.push(refOf(name, t))))
      : [];
  changes.push({
    resource: `image/${refOf(name, primary)}`,
    action: 'create',
    reason: `${inputs.push ? 'build and push' : 'build (no push)'} ${inputs.tags.length} tag(s)${
      inputs.skipExisting && existing === null ? `; ${primary} is not in the registry` : ''
    }`,
    commands: [buildLine, ...pushLines],
    op: { type: 'build' },
  });
  return { changes };
}
