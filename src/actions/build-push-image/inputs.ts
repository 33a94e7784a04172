/** build-push-image's input and output names (kept equal to action.yml by a test) and parseInputs(). */
import {
  booleanInput,
  optional,
  parseKeyValueLines,
  parseList,
  pick,
  unique,
  type InputSource,
} from '../../lib/inputs/parse.js';
import { parseSecretLines } from '../../lib/inputs/secrets.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import type { ImageEntry } from '../../lib/config/sections/images.js';
import { ConfigurationError } from '../../lib/errors.js';
import * as image from '../../lib/validate/image.js';
import { safeValue } from '../../lib/validate/rules.js';
import { defaultTags, ociLabels, type GitHubEnv } from './tags.js';

export const Inputs = {
  Image: 'image',
  Context: 'context',
  Dockerfile: 'dockerfile',
  Tags: 'tags',
  BuildArgs: 'build-args',
  Secrets: 'secrets',
  Target: 'target',
  Platforms: 'platforms',
  Labels: 'labels',
  Push: 'push',
  SkipExisting: 'skip-existing',
  CreateRepository: 'create-repository',
  Cache: 'cache',
  Config: 'config',
  DryRun: 'dry-run',
} as const;

export const Outputs = {
  Image: 'image',
  Digest: 'digest',
  ImageRef: 'image-ref',
  Tags: 'tags',
  Skipped: 'skipped',
  Changes: 'changes',
} as const;

export interface BuildSecret {
  readonly id: string;
  readonly value: string;
}

export interface BuildPushInputs {
  readonly image: image.ImageName;
  readonly context: string;
  readonly dockerfile?: string;
  /** At least one; the first is the primary tag (what skip-existing checks). */
  readonly tags: readonly string[];
  readonly buildArgs: readonly (readonly [string, string])[];
  readonly secrets: readonly BuildSecret[];
  readonly target?: string;
  readonly platforms: readonly string[];
  readonly labels: readonly (readonly [string, string])[];
  readonly push: boolean;
  readonly skipExisting: boolean;
  readonly createRepository: boolean;
  readonly cache: boolean;
  readonly dryRun: boolean;
  readonly warnings: readonly string[];
}

/** The platform file's entry that `image` names, or the only one when `image` is not set. */
function configEntry(
  imageInput: string | undefined,
  config?: PlatformConfig,
): ImageEntry | undefined {
  const entries = config?.images ?? [];
  if (imageInput === undefined) return entries.length === 1 ? entries[0] : undefined;
  if (imageInput.includes('/')) return entries.find((e) => e.image === imageInput);
  const entry = entries.find((e) => e.name === imageInput);
  if (!entry) {
    throw new ConfigurationError(
      Inputs.Image,
      entries.length > 0
        ? `"${imageInput}" is not an image path, nor a name in the platform file's images (${entries.map((e) => e.name).join(', ')})`
        : `must be a full Artifact Registry path ${image.AR_EXAMPLE}`,
    );
  }
  return entry;
}

/** A Dockerfile stage name (`FROM base AS name`). */
function buildStage(value: string): string {
  const v = safeValue(Inputs.Target, value);
  if (!/^[A-Za-z][A-Za-z0-9_.-]{0,127}$/.test(v)) {
    throw new ConfigurationError(Inputs.Target, `"${v}" is not a build stage name`);
  }
  return v;
}

export function parseInputs(
  source: InputSource,
  config?: PlatformConfig,
  env: GitHubEnv = process.env,
  now: Date = new Date(),
): BuildPushInputs {
  const warnings: string[] = [];
  const imageInput = optional(source, Inputs.Image);
  const entry = configEntry(imageInput, config);
  const imageValue = entry?.image ?? imageInput;
  if (imageValue === undefined) {
    throw new ConfigurationError(
      Inputs.Image,
      `is required: a full Artifact Registry path ${image.AR_EXAMPLE} (or a name from the platform file's images)`,
    );
  }
  const name = image.imageName(Inputs.Image, imageValue);
  if (name.kind === 'gcr') warnings.push(image.gcrWarning(name));

  const context = safeValue(
    Inputs.Context,
    pick(optional(source, Inputs.Context), entry?.context, '.') ?? '.',
  );
  const dockerfileValue = pick(optional(source, Inputs.Dockerfile), entry?.dockerfile);
  const dockerfile = dockerfileValue && safeValue(Inputs.Dockerfile, dockerfileValue);
  const targetValue = pick(optional(source, Inputs.Target), entry?.target);
  const target = targetValue && buildStage(targetValue);

  const tagsInput = parseList(optional(source, Inputs.Tags));
  const tagValues = tagsInput.length > 0 ? tagsInput : (entry?.tags ?? defaultTags(env));
  if (tagValues.length === 0) {
    throw new ConfigurationError(
      Inputs.Tags,
      'is required outside a GitHub Actions run (no GITHUB_SHA or GITHUB_REF to derive tags from)',
    );
  }
  const tags = unique(tagValues.map((t) => image.imageTag(Inputs.Tags, t)));
  if (tags.includes('latest')) {
    warnings.push(
      '`latest` is a mutable tag: deploy by the `image-ref` output (a digest), never by `latest`',
    );
  }

  const argsInput = parseKeyValueLines(Inputs.BuildArgs, optional(source, Inputs.BuildArgs));
  const buildArgs = (argsInput.length > 0 ? argsInput : Object.entries(entry?.buildArgs ?? {})).map(
    ([k, v]) => [image.buildArgName(Inputs.BuildArgs, k), v] as const,
  );

  // Secret lines are parsed without ever quoting a line (issue 15: a pasted value must not leak).
  const secrets = parseSecretLines(Inputs.Secrets, optional(source, Inputs.Secrets)).map(
    ([id, value]) => ({ id: image.buildSecretId(Inputs.Secrets, id), value }),
  );
  if (new Set(secrets.map((s) => s.id)).size !== secrets.length) {
    throw new ConfigurationError(Inputs.Secrets, 'each secret id may appear only once');
  }

  const platformsInput = parseList(optional(source, Inputs.Platforms));
  const platforms = unique(
    (platformsInput.length > 0 ? platformsInput : (entry?.platforms ?? [])).map((p) =>
      image.platform(Inputs.Platforms, p),
    ),
  );

  const labelsInput = parseKeyValueLines(Inputs.Labels, optional(source, Inputs.Labels));
  const userLabels = (
    labelsInput.length > 0 ? labelsInput : Object.entries(entry?.labels ?? {})
  ).map(([k, v]) => [image.labelKey(Inputs.Labels, k), v] as const);
  const labels = new Map<string, string>(ociLabels(env, now));
  for (const [k, v] of userLabels) labels.set(k, v);

  const push = booleanInput(source, Inputs.Push, true);
  const skipExisting = booleanInput(source, Inputs.SkipExisting, entry?.skipExisting ?? false);
  const createRepository = booleanInput(
    source,
    Inputs.CreateRepository,
    entry?.createRepository ?? false,
  );
  if (createRepository && name.kind !== 'artifact-registry') {
    throw new ConfigurationError(
      Inputs.CreateRepository,
      `can only create Artifact Registry repositories (${image.AR_EXAMPLE}); ${name.host} is not one`,
    );
  }
  if (skipExisting && !push) {
    warnings.push('skip-existing has no effect with push: false (nothing is pushed to compare)');
  }
  return {
    image: name,
    context,
    dockerfile,
    tags,
    buildArgs,
    secrets,
    target,
    platforms,
    labels: [...labels.entries()],
    push,
    skipExisting: skipExisting && push,
    createRepository,
    cache: booleanInput(source, Inputs.Cache, false),
    dryRun: booleanInput(source, Inputs.DryRun, false),
    warnings,
  };
}
