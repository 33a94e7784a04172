/** build-push-image: build a container image, push it to Artifact Registry, output its digest. */
import type { ActionDeps } from '../../lib/action/context.js';
import { runnerIO } from '../../lib/action/io.js';
import { runParsedAction } from '../../lib/action/run-action.js';
import { markdownTable, outcomesTable } from '../../lib/action/summary.js';
import { applyChanges } from '../../lib/reconcile/engine.js';
import { withPrivateDockerConfig } from '../../lib/tools/docker-config.js';
import { digestRefOf, refOf } from './argv.js';
import { Outputs, parseInputs } from './inputs.js';
import { checkContext } from './preflight.js';
import { planImage, type ImageOp } from './plan.js';
import { ImageReconciler } from './reconcile.js';

export const ACTION_NAME = 'build-push-image';

export async function run(deps: ActionDeps = { io: runnerIO() }): Promise<void> {
  const { io } = deps;
  await runParsedAction(ACTION_NAME, deps, parseInputs, async (inputs, context) => {
    await checkContext(inputs);
    // Build secrets are masked before any command runs, so no log line can carry them.
    for (const secret of inputs.secrets) context.registerSecret(secret.value);

    const reconciler = new ImageReconciler(context, inputs);
    const { buildx, warnings: builderWarnings } = await reconciler.preflight();
    const warnings = [...inputs.warnings, ...builderWarnings];
    for (const warning of warnings) io.warning(warning);

    // The registry token lives in a Docker config folder of our own, removed when we are done.
    const { plan, outcomes, digest } = await withPrivateDockerConfig(
      inputs.image.host,
      async (dir) => {
        reconciler.docker.configDir = dir;
        await reconciler.login();
        const observed = await reconciler.observe();
        const plan = planImage(inputs, observed, buildx);
        const outcomes = await applyChanges(
          plan.changes,
          (op: ImageOp) => reconciler.apply(op, buildx),
          { dryRun: inputs.dryRun, logger: io },
        );
        const built = plan.changes.some((c) => c.op?.type === 'build');
        const digest =
          built && !inputs.dryRun && inputs.push
            ? await reconciler.verify(reconciler.digest)
            : plan.existingDigest;
        return { plan, outcomes, digest };
      },
    );

    const name = inputs.image.name;
    const primary = inputs.tags[0] ?? '';
    // Without a digest (dry run, push: false) the best reference is the primary tag.
    const imageRef = digest ? digestRefOf(name, digest) : refOf(name, primary);
    const skipped = plan.existingDigest !== undefined;
    io.setOutput(Outputs.Image, name);
    io.setOutput(Outputs.Digest, digest ?? '');
    io.setOutput(Outputs.ImageRef, imageRef);
    io.setOutput(Outputs.Tags, JSON.stringify(inputs.tags.map((t) => refOf(name, t))));
    io.setOutput(Outputs.Skipped, String(skipped));
    io.setOutput(Outputs.Changes, JSON.stringify(outcomes));

    const heading = inputs.dryRun
      ? `${ACTION_NAME} (dry run: nothing was built or pushed)`
      : ACTION_NAME;
    await io.writeSummary(
      [
        `## ${heading}`,
        markdownTable(
          ['image', 'digest', 'tags', 'builder'],
          [
            [
              name,
              digest ?? '(not pushed)',
              inputs.tags.join(', '),
              buildx ? 'docker buildx' : 'docker build',
            ],
          ],
        ),
        `Deploy with \`${imageRef}\`.`,
        outcomesTable(outcomes),
        warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n'),
      ]
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
    io.info(
      skipped
        ? `${ACTION_NAME}: ${primary} already pushed; build skipped`
        : `${ACTION_NAME}: ${imageRef}`,
    );
  });
}
