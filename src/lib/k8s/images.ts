/**
 * Image substitution: the `images` input (`name=ref` lines, as build-push-image emits) replaces
 * container images in the manifests, matched by container name or by image repository, so a
 * deploy runs exactly the digest that was built.
 */
import { parseKeyValueLines } from '../inputs/parse.js';
import { ConfigurationError } from '../errors.js';
import { imageRef } from '../validate/kubernetes.js';
import { safeValue } from '../validate/rules.js';
import type { KubeObject } from '../tools/kubectl.js';

export const isDigestRef = (ref: string): boolean => /@sha256:[a-f0-9]{64}$/.test(ref);

/** The repository part of a reference: no tag, no digest. */
export function repositoryOf(ref: string): string {
  const noDigest = ref.split('@')[0] ?? ref;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

export interface ImageOverride {
  /** A container name, an image repository, or its last path segment. */
  readonly name: string;
  readonly ref: string;
}

/** Parses `name=ref` lines. When a name appears twice, a digest-pinned ref wins over a tag. */
export function parseImages(input: string, value: string | undefined): ImageOverride[] {
  const byName = new Map<string, string>();
  for (const [rawName, rawRef] of parseKeyValueLines(input, value)) {
    const name = safeValue(input, rawName);
    const ref = imageRef(input, rawRef);
    const previous = byName.get(name);
    if (previous !== undefined && previous !== ref && isDigestRef(previous) === isDigestRef(ref)) {
      throw new ConfigurationError(input, `"${name}" is given twice with different images`);
    }
    if (previous === undefined || isDigestRef(ref)) byName.set(name, ref);
  }
  return [...byName].map(([name, ref]) => ({ name, ref }));
}

export interface Container {
  name: string;
  image?: string;
  [key: string]: unknown;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  serviceAccountName?: string;
  [key: string]: unknown;
}

/** The pod spec inside a workload object (Pod, Deployment, StatefulSet, Job, CronJob, ...). */
export function podSpecOf(o: KubeObject): PodSpec | undefined {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  if (o.kind === 'Pod') return spec as unknown as PodSpec;
  if (o.kind === 'CronJob') {
    const job = spec.jobTemplate as { spec?: { template?: { spec?: PodSpec } } } | undefined;
    return job?.spec?.template?.spec;
  }
  return (spec.template as { spec?: PodSpec } | undefined)?.spec;
}

/** A workload's init containers, then its containers; none for other kinds. */
export function containersOf(o: KubeObject): Container[] {
  const pod = podSpecOf(o);
  return [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])];
}

export interface Substitution {
  readonly object: string;
  readonly container: string;
  readonly from: string;
  readonly to: string;
}

function matches(override: ImageOverride, c: Container): boolean {
  if (override.name === c.name) return true;
  if (!c.image) return false;
  const repo = repositoryOf(c.image);
  return override.name === repo || override.name === repo.split('/').pop();
}

/**
 * Returns copies of the objects with images replaced, what was replaced, and the overrides
 * that matched nothing (a typo the caller should report).
 */
export function substituteImages(
  objects: readonly KubeObject[],
  overrides: readonly ImageOverride[],
): { objects: KubeObject[]; substitutions: Substitution[]; unused: string[] } {
  const used = new Set<string>();
  const substitutions: Substitution[] = [];
  const out = objects.map((original) => {
    const o = structuredClone(original);
    const pod = podSpecOf(o);
    for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
      // A container-name match is more specific than an image-name match.
      const override =
        overrides.find((x) => x.name === c.name) ?? overrides.find((x) => matches(x, c));
      if (!override) continue;
      used.add(override.name);
      if (c.image !== override.ref) {
        substitutions.push({
          object: `${o.kind}/${o.metadata.name}`,
          container: c.name,
          from: c.image ?? '',
          to: override.ref,
        });
        c.image = override.ref;
      }
    }
    return o;
  });
  return {
    objects: out,
    substitutions,
    unused: overrides.filter((x) => !used.has(x.name)).map((x) => x.name),
  };
}
