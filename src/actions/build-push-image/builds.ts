/**
 * What one run of build-push-image builds: on GitHub the one image its inputs name; in the CLI
 * chain every image of the platform file. Each is a unit with its own reconciler; their Changes
 * are planned and applied together by the engine.
 */
import type { InputSource } from '../../lib/inputs/parse.js';
import { optional } from '../../lib/inputs/parse.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import type { Carried, RunContext } from '../../lib/reconcile/definition.js';
import type { Change } from '../../lib/reconcile/engine.js';
import type { ToolContext } from '../../lib/tools/tool.js';
import { Inputs, parseInputs, type BuildPushInputs } from './inputs.js';
import type { ImageOp, ImagePlan } from './plan.js';
import { ImageReconciler } from './reconcile.js';
import type { GitHubEnv } from './tags.js';

export interface ImageBuilds {
  readonly dryRun: boolean;
  /** GitHub: the one image the inputs name (secrets included). */
  readonly single?: BuildPushInputs;
  /** CLI: the platform file's image names, parsed once the commit is known (see unitsOf). */
  readonly entries?: readonly string[];
  readonly config?: PlatformConfig;
}

export interface BuildUnit {
  /** The platform file's name for the image (CLI); its output is `image-ref:<name>`. */
  readonly name?: string;
  readonly inputs: BuildPushInputs;
  readonly reconciler: ImageReconciler;
  buildx: boolean;
  plan?: ImagePlan;
  digest?: string;
}

/** An op and the unit it belongs to. */
export interface UnitOp {
  readonly unit: number;
  readonly op: ImageOp;
}

export const imageRefOutput = (name: string): string => `image-ref:${name}`;

export function parseBuilds(
  source: InputSource,
  config: PlatformConfig | undefined,
  chain: Carried | undefined,
): ImageBuilds {
  const entries = config?.images ?? [];
  if (chain !== undefined && optional(source, Inputs.Image) === undefined && entries.length > 0) {
    return { dryRun: false, entries: entries.map((e) => e.name), config };
  }
  const single = parseInputs(source, config);
  return { dryRun: single.dryRun, single };
}

/** Outside GitHub Actions the commit comes from git, so a local plan tags like CI would. */
async function gitEnv(tools: ToolContext): Promise<GitHubEnv> {
  if (process.env.GITHUB_SHA) return process.env;
  const head = await tools.runner.run({
    tool: 'git',
    args: ['rev-parse', 'HEAD'],
    mutating: false,
  });
  return head.exitCode === 0 ? { GITHUB_SHA: head.stdout.trim() } : {};
}

export async function unitsOf(builds: ImageBuilds, ctx: RunContext): Promise<BuildUnit[]> {
  const unit = (inputs: BuildPushInputs, name?: string): BuildUnit => ({
    name,
    inputs,
    reconciler: new ImageReconciler(ctx, inputs),
    buildx: false,
  });
  if (builds.single) return [unit(builds.single)];
  const env = await gitEnv(ctx);
  return (builds.entries ?? []).map((name) =>
    unit(
      parseInputs((input) => (input === Inputs.Image ? name : ''), builds.config, env),
      name,
    ),
  );
}

export function unitChanges(units: readonly BuildUnit[]): Change<UnitOp>[] {
  return units.flatMap((u, unit) =>
    (u.plan?.changes ?? []).map((c) => ({ ...c, op: c.op && { unit, op: c.op } })),
  );
}
