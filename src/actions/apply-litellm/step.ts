/**
 * apply-litellm as a step of the whole-platform plan (src/cli). The master key is never in the
 * platform file: the plan shows its Secret redacted; apply reads it from LITELLM_MASTER_KEY.
 */
import { inlineSecretValues } from '../../lib/k8s/inline-secrets.js';
import { deployObjects } from '../../lib/k8s/deploy.js';
import { K8sClient } from '../../lib/k8s/client.js';
import { planDeploy } from '../../lib/k8s/step-plan.js';
import type { PlatformStep } from '../../lib/reconcile/step.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';
import { litellmObjects } from './main.js';
import { serviceUrlOf } from './manifests.js';

const PLACEHOLDER_KEY = 'sk-planned-placeholder';

export const step: PlatformStep = {
  name: 'apply-litellm',
  order: 50,
  enabled: (config) => config.litellm !== undefined,
  async plan({ config, tools, offline }) {
    const masterKey = process.env.LITELLM_MASTER_KEY;
    const source = (name: string): string =>
      name === Inputs.MasterKey ? (masterKey ?? PLACEHOLDER_KEY) : '';
    const inputs = await parseInputs(source, config);
    if (masterKey) tools.runner.redactor.add(masterKey);
    for (const v of inlineSecretValues(inputs.render?.configText ?? ''))
      tools.runner.redactor.add(v);
    const objects = await litellmObjects(inputs);
    const { changes, artifacts } = await planDeploy(
      'apply-litellm',
      tools,
      offline,
      inputs.namespace,
      objects,
    );
    const outputs = { [Outputs.ServiceUrl]: serviceUrlOf(objects) ?? '' };
    return {
      changes,
      outputs,
      warnings: inputs.warnings,
      artifacts,
      apply: async () => {
        if (inputs.render && !masterKey) {
          throw new Error(
            'apply-litellm: set LITELLM_MASTER_KEY in the environment (the master key is never read from the platform file)',
          );
        }
        await deployObjects(tools, new K8sClient(tools), {
          namespace: inputs.namespace,
          objects,
          timeoutMs: inputs.timeoutMs,
          dryRun: false,
        });
        return outputs;
      },
    };
  },
};
