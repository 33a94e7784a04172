/**
 * build-push-image as a step of the whole-platform plan (src/cli): one build per entry of the
 * platform file's `images`. A plan cannot know digests before anything is built, so its
 * `image-ref:<name>` outputs are `image:tag` references; apply replaces them with the pushed
 * `image@sha256:...`.
 */
import { applyChanges, type Change } from '../../lib/reconcile/engine.js';
import type { PlatformStep } from '../../lib/reconcile/step.js';
import type { ToolContext } from '../../lib/tools/tool.js';
import { digestRefOf, refOf } from './argv.js';
import { parseInputs, type BuildPushInputs } from './inputs.js';
import { checkContext } from './preflight.js';
import { planImage, type ImagePlan } from './plan.js';
import { withPrivateDockerConfig } from '../../lib/tools/docker-config.js';
import { ImageReconciler } from './reconcile.js';
import type { GitHubEnv } from './tags.js';

export const imageRefOutput = (name: string): string => `image-ref:${name}`;

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

interface Planned {
  readonly name: string;
  readonly inputs: BuildPushInputs;
  readonly reconciler: ImageReconciler;
  readonly plan: ImagePlan;
  readonly buildx: boolean;
}

export const step: PlatformStep = {
  name: 'build-push-image',
  order: 30,
  enabled: (config) => (config.images?.length ?? 0) > 0,
  async plan({ config, tools, offline }) {
    const env = await gitEnv(tools);
    const ctx = { ...tools, registerSecret: (v: string) => void tools.runner.redactor.add(v) };
    const planned: Planned[] = [];
    const warnings: string[] = [];
    for (const entry of config.images ?? []) {
      const inputs = parseInputs((n) => (n === 'image' ? entry.name : ''), config, env);
      warnings.push(...inputs.warnings);
      const reconciler = new ImageReconciler(ctx, inputs);
      let buildx = false;
      let plan: ImagePlan;
      if (offline) {
        plan = planImage(inputs, { tags: new Map() }, buildx);
      } else {
        const pre = await reconciler.preflight();
        buildx = pre.buildx;
        warnings.push(...pre.warnings);
        plan = await withPrivateDockerConfig(inputs.image.host, async (dir) => {
          reconciler.docker.configDir = dir;
          await reconciler.login();
          return planImage(inputs, await reconciler.observe(), buildx);
        });
      }
      planned.push({ name: entry.name, inputs, reconciler, plan, buildx });
    }
    const outputs: Record<string, string> = {};
    for (const p of planned) {
      const digest = p.plan.existingDigest;
      outputs[imageRefOutput(p.name)] = digest
        ? digestRefOf(p.inputs.image.name, digest)
        : refOf(p.inputs.image.name, p.inputs.tags[0] ?? '');
    }
    const changes: Change[] = planned.flatMap((p) => p.plan.changes);
    return {
      changes,
      outputs,
      warnings,
      artifacts: [],
      apply: async () => {
        const applied: Record<string, string> = { ...outputs };
        for (const p of planned) {
          await checkContext(p.inputs);
          const { buildx } = await p.reconciler.preflight();
          const digest = await withPrivateDockerConfig(p.inputs.image.host, async (dir) => {
            p.reconciler.docker.configDir = dir;
            await p.reconciler.login();
            const plan = planImage(p.inputs, await p.reconciler.observe(), buildx);
            await applyChanges(plan.changes, (op) => p.reconciler.apply(op, buildx), {
              dryRun: false,
              logger: tools.logger,
            });
            const built = plan.changes.some((c) => c.op?.type === 'build');
            return built && p.inputs.push
              ? await p.reconciler.verify(p.reconciler.digest)
              : plan.existingDigest;
          });
          if (digest) applied[imageRefOutput(p.name)] = digestRefOf(p.inputs.image.name, digest);
        }
        return applied;
      },
    };
  },
};
