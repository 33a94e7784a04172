/** helm-airflow as a step of the whole-platform plan (src/cli): shows the merged values too. */
import { applyChanges } from '../../lib/reconcile/engine.js';
import type { PlatformStep } from '../../lib/reconcile/step.js';
import { resolveHelm } from '../../lib/tools/helm-install.js';
import { desiredValues, valuesYaml } from './desired.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';
import { uiService } from './main.js';
import { planHelmAirflow } from './plan.js';
import { chartRef, HelmAirflowReconciler } from './reconcile.js';
import { ownedKeySecrets } from './secrets.js';

/** Earlier steps' outputs this step uses when the platform file leaves them out. */
export const CARRIED_LOG_FOLDER = 'log-folder';
export const CARRIED_IMAGE = 'image-ref:custom-airflow';

export const step: PlatformStep = {
  name: 'helm-airflow',
  order: 40,
  enabled: (config) => config.airflow !== undefined,
  async plan({ config, tools, offline, carried }) {
    const file = config.airflow;
    const source = (name: string): string => {
      if (name === Inputs.LogFolder && !file?.logFolder)
        return carried.get(CARRIED_LOG_FOLDER) ?? '';
      if (name === Inputs.Image && !file?.image) return carried.get(CARRIED_IMAGE) ?? '';
      return '';
    };
    const inputs = parseInputs(source, config);
    const desired = await desiredValues(inputs);
    for (const secret of desired.secrets) tools.runner.redactor.add(secret);
    const ui = uiService(inputs, undefined, desired.values);
    const outputs = {
      [Outputs.ChartVersion]: inputs.chartVersion,
      [Outputs.UiService]: ui.service,
      [Outputs.PortForwardCommand]: ui.command,
    };
    const artifact = {
      title: `helm-airflow: merged values for ${inputs.namespace}/${inputs.release} (secrets redacted)`,
      language: 'yaml',
      body: await valuesYaml(desired.redacted),
    };
    if (offline) {
      // Nothing can be observed: plan an install/upgrade with Helm 3 flags.
      const plan = planHelmAirflow(
        inputs,
        {
          values: desired.values,
          chart: chartRef(inputs.chartRepo),
          helmMajor: 3,
          keySecrets: ownedKeySecrets(inputs, desired.values),
        },
        { nowMs: tools.clock.now() },
      );
      return {
        changes: plan.changes,
        outputs,
        warnings: [...desired.warnings, ...plan.warnings],
        artifacts: [artifact],
      };
    }
    const resolved = await resolveHelm(tools, { requested: inputs.helmVersion });
    const reconciler = new HelmAirflowReconciler(
      tools,
      inputs,
      resolved.helm,
      resolved.version.major,
      desired.values,
    );
    await reconciler.prepareChart();
    const observed = await reconciler.observe(tools.clock.now());
    const plan = planHelmAirflow(
      inputs,
      {
        values: desired.values,
        chart: reconciler.chart,
        helmMajor: resolved.version.major,
        keySecrets: reconciler.keySecrets,
      },
      observed,
    );
    return {
      changes: plan.changes,
      outputs,
      warnings: [...desired.warnings, ...plan.warnings],
      artifacts: [artifact],
      apply: async () => {
        await applyChanges(plan.changes, (op) => reconciler.apply(op), {
          dryRun: false,
          logger: tools.logger,
        });
        return outputs;
      },
    };
  },
};
