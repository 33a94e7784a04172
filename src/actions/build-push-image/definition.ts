/** build-push-image: build a container image, push it to Artifact Registry, output its digest. */
import { runDefinition, type ActionDeps } from '../../lib/action/run-action.js';
import type { ActionDefinition } from '../../lib/reconcile/definition.js';
import { actionSummary, headingOf, markdownTable } from '../../lib/reconcile/report.js';
import { privateDockerConfig, type PrivateDockerConfig } from '../../lib/tools/docker-config.js';
import { digestRefOf, refOf } from './argv.js';
import {
  imageRefOutput,
  parseBuilds,
  unitChanges,
  unitsOf,
  type BuildUnit,
  type ImageBuilds,
  type UnitOp,
} from './builds.js';
import { Outputs } from './inputs.js';
import { checkContext } from './preflight.js';
import { planImage } from './plan.js';

/**
 * The reference to deploy: `IMAGE:PRIMARY_TAG@DIGEST` (the digest pins it; the tag is what
 * Airflow's chart gives KubernetesExecutor task pods, which cannot take a digest: issue 12),
 * else (dry run, push: false) the primary tag.
 */
function imageRefOf(u: BuildUnit): string {
  const digest = u.digest ?? u.plan?.existingDigest;
  const name = u.inputs.image.name;
  const tag = u.inputs.tags[0] ?? '';
  return digest ? digestRefOf(tag ? refOf(name, tag) : name, digest) : refOf(name, tag);
}

export const definition: ActionDefinition<ImageBuilds, UnitOp> = {
  name: 'build-push-image',
  order: 30,
  parse: parseBuilds,
  // Build secrets are masked before any command runs, so no log line can carry them.
  secrets: (builds) => (builds.single?.secrets ?? []).map((s) => s.value),
  cli: { enabled: (config) => (config.images?.length ?? 0) > 0 },
  async start(builds, ctx) {
    const units = await unitsOf(builds, ctx);
    const warnings = units.flatMap((u) => u.inputs.warnings);
    // Registry tokens live in Docker config folders of our own, removed when the run ends
    // (docker login would otherwise leave them in ~/.docker for the rest of the job).
    const configs: PrivateDockerConfig[] = [];
    return {
      async preflight() {
        for (const u of units) {
          await checkContext(u.inputs);
          const pre = await u.reconciler.preflight();
          u.buildx = pre.buildx;
          warnings.push(...pre.warnings);
          const config = await privateDockerConfig(u.inputs.image.host);
          configs.push(config);
          u.reconciler.docker.configDir = config.dir;
          await u.reconciler.login();
        }
      },
      async cleanup() {
        await Promise.all(configs.splice(0).map((c) => c.remove()));
      },
      async plan() {
        for (const u of units) {
          const observed = ctx.offline ? { tags: new Map() } : await u.reconciler.observe();
          u.plan = planImage(u.inputs, observed, u.buildx);
        }
        return { changes: unitChanges(units), warnings };
      },
      apply: ({ unit, op }) => units[unit]!.reconciler.apply(op, units[unit]!.buildx),
      async verify(applied) {
        for (const [i, u] of units.entries()) {
          const built = applied.some((a) => a.unit === i && a.op.type === 'build');
          if (built && u.inputs.push) u.digest = await u.reconciler.verify(u.reconciler.digest);
        }
      },
      outputs() {
        const [first] = units;
        if (builds.single && first) {
          const digest = first.digest ?? first.plan?.existingDigest ?? '';
          const name = first.inputs.image.name;
          return {
            [Outputs.Image]: name,
            [Outputs.Digest]: digest,
            [Outputs.ImageRef]: imageRefOf(first),
            [Outputs.Tags]: JSON.stringify(first.inputs.tags.map((t) => refOf(name, t))),
            [Outputs.Skipped]: String(first.plan?.existingDigest !== undefined),
          };
        }
        // The CLI chain: deploy-app and helm-airflow find each image by its file name.
        return Object.fromEntries(units.map((u) => [imageRefOutput(u.name ?? ''), imageRefOf(u)]));
      },
      report: (result) =>
        actionSummary({
          heading: headingOf('build-push-image', result.dryRun, 'nothing was built or pushed'),
          intro: [
            markdownTable(
              ['image', 'digest', 'tags', 'builder'],
              units.map((u) => [
                u.inputs.image.name,
                u.digest ?? u.plan?.existingDigest ?? '(not pushed)',
                u.inputs.tags.join(', '),
                u.buildx ? 'docker buildx' : 'docker build',
              ]),
            ),
            ...units.map((u) => `Deploy with \`${imageRefOf(u)}\`.`),
          ].join('\n\n'),
          outcomes: result.outcomes,
          warnings: result.planned.warnings,
        }),
      done: () =>
        units
          .map((u) =>
            u.plan?.existingDigest !== undefined
              ? `build-push-image: ${u.inputs.tags[0] ?? ''} already pushed; build skipped`
              : `build-push-image: ${imageRefOf(u)}`,
          )
          .join('\n'),
    };
  },
};

export const run = (deps?: ActionDeps): Promise<void> => runDefinition(definition, deps);
