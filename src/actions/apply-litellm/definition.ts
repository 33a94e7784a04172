/** apply-litellm: the LiteLLM gateway (rendered default or your manifests), rolled out and watched. */
import { runDefinition, type ActionDeps } from '../../lib/action/run-action.js';
import {
  deployFailure,
  deploySteps,
  smoke,
  tuned,
  type DeployActionOp,
  type DeployTuning,
} from '../../lib/k8s/action-deploy.js';
import { withApplySet } from '../../lib/k8s/apply-set.js';
import { inlineSecretValues } from '../../lib/k8s/inline-secrets.js';
import { assertUnique, displayYaml, inNamespace, loadManifests } from '../../lib/k8s/manifests.js';
import { deploySummary } from '../../lib/k8s/report.js';
import type { ActionDefinition } from '../../lib/reconcile/definition.js';
import { headingOf } from '../../lib/reconcile/report.js';
import type { KubeObject } from '../../lib/tools/kubectl.js';
import { Inputs, Outputs, parseInputs, type LitellmInputs } from './inputs.js';
import { litellmSecrets, renderLitellm, serviceUrlOf } from './manifests.js';

const NAME = 'apply-litellm';

/** The objects to apply: the rendered default, or the user's manifests, with the Secrets. */
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
  return withApplySet(objects, inputs.applySet);
}

export const definition: ActionDefinition<LitellmInputs, DeployActionOp, DeployTuning> = {
  name: NAME,
  order: 50,
  parse: (source, config) => parseInputs(source, config),
  secrets: (inputs) => [
    ...(inputs.masterKey === undefined ? [] : [inputs.masterKey]),
    ...Object.values(inputs.envSecrets),
    // A key written inline in config.yaml is warned about; it is masked wherever it could print.
    ...inlineSecretValues(inputs.render?.configText ?? ''),
  ],
  cli: {
    enabled: (config) => config.litellm !== undefined,
    // The plan renders with a placeholder key (its Secret is shown redacted); apply needs it.
    secrets: [
      {
        input: Inputs.MasterKey,
        env: 'LITELLM_MASTER_KEY',
        planPlaceholder: 'sk-planned-placeholder',
      },
      { input: Inputs.EnvSecrets, env: 'LITELLM_ENV_SECRETS' },
    ],
  },
  async start(inputs, ctx, tuning) {
    const objects = await litellmObjects(inputs);
    const knobs = tuned(tuning);
    const deploy = deploySteps(
      ctx,
      {
        namespace: inputs.namespace,
        createNamespace: inputs.createNamespace,
        objects,
        timeoutMs: inputs.timeoutMs,
        pollMs: knobs.pollMs,
      },
      inputs.prune ? inputs.applySet : undefined,
    );
    const serviceUrl = serviceUrlOf(objects) ?? '';
    return {
      preflight: deploy.preflight,
      plan: async () => ({
        changes: await deploy.plan(),
        warnings: inputs.warnings,
        artifacts: [
          {
            title: `${NAME}: manifests (Secret values redacted)`,
            language: 'yaml',
            body: await displayYaml(objects),
          },
        ],
      }),
      apply: deploy.apply,
      verify: deploy.verify,
      check: async () => {
        if (inputs.smokeUrl) await smoke(inputs.smokeUrl, ctx, tuning);
      },
      outputs: (result) => ({
        [Outputs.ServiceUrl]: serviceUrl,
        [Outputs.Changed]: String(result.changed),
      }),
      report: async (result) =>
        deploySummary({
          heading: headingOf(NAME, result.dryRun),
          intro: `Namespace \`${inputs.namespace}\`${serviceUrl ? `, in-cluster URL \`${serviceUrl}\`` : ''}.`,
          outcomes: result.outcomes,
          warnings: inputs.warnings,
          manifestsYaml: await displayYaml(objects),
        }),
      done: (result) =>
        result.changed
          ? `${NAME}: applied changes`
          : `${NAME}: already up to date; nothing applied`,
      onFailure: (err) => deployFailure(NAME, err, inputs.warnings, objects),
    };
  },
};

export const run = (deps?: ActionDeps, tuning?: DeployTuning): Promise<void> =>
  runDefinition(definition, deps, tuning);
