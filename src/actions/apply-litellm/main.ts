/** apply-litellm: the LiteLLM gateway (rendered default or your manifests), rolled out and watched. */
import { type ActionContext, type ActionDeps } from '../../lib/action/context.js';
import { runnerIO } from '../../lib/action/io.js';
import { runParsedAction } from '../../lib/action/run-action.js';
import {
  deployOrReport,
  prepareClient,
  tuned,
  type DeployTuning,
} from '../../lib/k8s/action-deploy.js';
import { assertUnique, displayYaml, inNamespace, loadManifests } from '../../lib/k8s/manifests.js';
import { deploySummary } from '../../lib/k8s/report.js';
import { inlineSecretValues } from '../../lib/k8s/inline-secrets.js';
import { smokeCheck } from '../../lib/k8s/smoke.js';
import type { KubeObject } from '../../lib/tools/kubectl.js';
import { Inputs, Outputs, parseInputs, type LitellmInputs } from './inputs.js';
import { litellmSecrets, renderLitellm, serviceUrlOf } from './manifests.js';

export const ACTION_NAME = 'apply-litellm';

/** The objects to apply, for both the action and the CLI plan. */
export async function litellmObjects(inputs: LitellmInputs): Promise<KubeObject[]> {
  const secrets = litellmSecrets(inputs.namespace, inputs.masterKey, inputs.envSecrets);
  // A dry run without master-key plans the Deployment a deploy would apply (which always reads
  // the key), through a stand-in Secret that is never part of the plan's objects.
  const standIn =
    inputs.render && inputs.masterKey === undefined
      ? litellmSecrets(inputs.namespace, 'sk-stand-in', {})
      : [];
  const objects = inputs.render
    ? renderLitellm(inputs.namespace, inputs.render, [...standIn, ...secrets]).filter(
        (o) => !standIn.includes(o),
      )
    : [
        ...inNamespace(
          Inputs.Manifests,
          await loadManifests(Inputs.Manifests, inputs.manifests ?? []),
          inputs.namespace,
          inputs.allowClusterScoped,
        ),
        ...secrets,
      ];
  assertUnique(Inputs.Manifests, objects);
  return objects;
}

export function registerSecrets(
  ctx: Pick<ActionContext, 'registerSecret'>,
  inputs: LitellmInputs,
): void {
  if (inputs.masterKey !== undefined) ctx.registerSecret(inputs.masterKey);
  for (const value of Object.values(inputs.envSecrets)) ctx.registerSecret(value);
  // A key written inline in config.yaml is warned about; it is masked wherever it could print.
  for (const value of inlineSecretValues(inputs.render?.configText ?? ''))
    ctx.registerSecret(value);
}

export async function run(
  deps: ActionDeps = { io: runnerIO() },
  tuning: DeployTuning = {},
): Promise<void> {
  const { io } = deps;
  await runParsedAction(ACTION_NAME, deps, parseInputs, async (inputs, context) => {
    registerSecrets(context, inputs);
    for (const warning of inputs.warnings) io.warning(warning);
    const objects = await litellmObjects(inputs);
    const client = await prepareClient(context);
    const knobs = tuned(tuning);

    const result = await deployOrReport(
      context,
      client,
      ACTION_NAME,
      {
        namespace: inputs.namespace,
        createNamespace: inputs.createNamespace,
        objects,
        timeoutMs: inputs.timeoutMs,
        dryRun: inputs.dryRun,
        pollMs: knobs.pollMs,
      },
      inputs.warnings,
    );
    if (inputs.smokeUrl && !inputs.dryRun) {
      await smokeCheck(inputs.smokeUrl, {
        attempts: knobs.smokeAttempts,
        delayMs: knobs.smokeDelayMs,
        requestTimeoutMs: 10_000,
        clock: context.clock,
        logger: io,
      });
    }

    const serviceUrl = serviceUrlOf(objects) ?? '';
    io.setOutput(Outputs.ServiceUrl, serviceUrl);
    io.setOutput(Outputs.Changed, String(result.changed));
    io.setOutput(Outputs.Changes, context.runner.redactor.redact(JSON.stringify(result.outcomes)));
    await io.writeSummary(
      context.runner.redactor.redact(
        deploySummary({
          heading: inputs.dryRun ? `${ACTION_NAME} (dry run: nothing was changed)` : ACTION_NAME,
          intro: `Namespace \`${inputs.namespace}\`${serviceUrl ? `, in-cluster URL \`${serviceUrl}\`` : ''}.`,
          outcomes: result.outcomes,
          warnings: inputs.warnings,
          manifestsYaml: await displayYaml(objects),
        }),
      ),
    );
    io.info(
      result.changed
        ? `${ACTION_NAME}: applied changes`
        : `${ACTION_NAME}: already up to date; nothing applied`,
    );
  });
}
