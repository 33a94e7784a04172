/**
 * deploy-app as a step of the whole-platform plan (src/cli). Images built by earlier steps
 * arrive as `image-ref:NAME`; the database URL is never in the platform file (apply reads it
 * from DATABASE_URL in the environment).
 */
import { deployObjects } from '../../lib/k8s/deploy.js';
import { K8sClient } from '../../lib/k8s/client.js';
import { planDeploy } from '../../lib/k8s/step-plan.js';
import type { PlatformStep } from '../../lib/reconcile/step.js';
import { Inputs, parseInputs } from './inputs.js';
import { appObjects } from './main.js';

const IMAGE_REF = 'image-ref:';

export const step: PlatformStep = {
  name: 'deploy-app',
  order: 60,
  enabled: (config) => (config.app?.manifests?.length ?? 0) > 0,
  async plan({ config, tools, offline, carried }) {
    const carriedImages = [...carried]
      .filter(([key]) => key.startsWith(IMAGE_REF))
      .map(([key, ref]) => ({ name: key.slice(IMAGE_REF.length), ref }));
    const databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl) tools.runner.redactor.add(databaseUrl);
    const source = (name: string): string =>
      name === Inputs.DatabaseUrl ? (databaseUrl ?? '') : '';
    const inputs = parseInputs(source, config, carriedImages);
    const prepared = await appObjects(inputs);
    const { changes, artifacts } = await planDeploy(
      'deploy-app',
      tools,
      offline,
      inputs.namespace,
      prepared.objects,
    );
    return {
      changes,
      outputs: {},
      warnings: [...inputs.warnings, ...prepared.warnings],
      artifacts,
      apply: async () => {
        await deployObjects(tools, new K8sClient(tools), {
          namespace: inputs.namespace,
          objects: prepared.objects,
          timeoutMs: inputs.timeoutMs,
          dryRun: false,
        });
        return {};
      },
    };
  },
};
