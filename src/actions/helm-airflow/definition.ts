/** helm-airflow: Apache Airflow on GKE through the official chart, idempotently. */
import { runDefinition, type ActionDeps } from '../../lib/action/run-action.js';
import type { ActionDefinition, Carried, RunContext } from '../../lib/reconcile/definition.js';
import type { ApplyError } from '../../lib/reconcile/engine.js';
import {
  actionSummary,
  codeBlock,
  details,
  headingOf,
  outcomesTable,
} from '../../lib/reconcile/report.js';
import { resolveHelm, type ToolCacheApi } from '../../lib/tools/helm-install.js';
import type { HelmReleaseStatus } from '../../lib/tools/helm.js';
import type { InputSource } from '../../lib/inputs/parse.js';
import type { PlatformConfig } from '../../lib/config/schema.js';
import { desiredValues, valuesYaml, type Desired } from './desired.js';
import {
  collectDiagnostics,
  diagnosticsLine,
  diagnosticsMarkdown,
  noDiagnostics,
} from './diagnostics.js';
import {
  deployStateName,
  readDeployState,
  readOnlyPlan,
  valuesFingerprint,
  writeDeployState,
  type DeployState,
} from './fingerprint.js';
import { Inputs, Outputs, parseInputs, secretsOf, type HelmAirflowInputs } from './inputs.js';
import { planHelmAirflow, type HelmAirflowOp } from './plan.js';
import { chartRef, HelmAirflowReconciler, UpgradeFailedError } from './reconcile.js';
import { factsFrom, uiService } from './release.js';
import { ownedKeySecrets } from './secrets.js';
import { airflowImageOf, stampDeployState } from './provenance.js';
import { planRollbackTo, recordRollback } from './rollback.js';
import { ConfigurationError } from '../../lib/errors.js';
import { ROLLBACK_INPUT } from '../../lib/k8s/rollout-history.js';
import type { Values } from './values.js';
import { resolveProvenance } from '../../lib/k8s/provenance.js';

const NAME = 'helm-airflow';
/** Earlier steps' outputs this step uses in the CLI chain when the platform file leaves them out. */
export const CARRIED_LOG_FOLDER = 'log-folder';
export const CARRIED_IMAGE = 'image-ref:custom-airflow';

export interface HelmAirflowExtras {
  /** Replaces @actions/tool-cache (tests: a fake downloader). */
  readonly toolCache?: () => Promise<ToolCacheApi>;
}

function parse(source: InputSource, config?: PlatformConfig, chain?: Carried): HelmAirflowInputs {
  const file = config?.airflow;
  return parseInputs((name) => {
    const given = source(name);
    if (given || !chain) return given;
    if (name === Inputs.LogFolder && !file?.logFolder) return chain.get(CARRIED_LOG_FOLDER) ?? '';
    if (name === Inputs.Image && !file?.image) return chain.get(CARRIED_IMAGE) ?? '';
    return given;
  }, config);
}

async function valuesDetails(desired: Desired): Promise<string> {
  return details(
    'Merged values (secrets redacted)',
    codeBlock('yaml', await valuesYaml(desired.redacted)),
  );
}

export const definition: ActionDefinition<HelmAirflowInputs, HelmAirflowOp, HelmAirflowExtras> = {
  name: NAME,
  order: 40,
  parse,
  secrets: secretsOf,
  cli: {
    enabled: (config) => config.airflow !== undefined,
    secrets: [
      { input: Inputs.GitSshKey, env: 'AIRFLOW_GIT_SYNC_SSH_KEY' },
      { input: Inputs.AdminPassword, env: 'AIRFLOW_ADMIN_PASSWORD' },
    ],
  },
  async start(inputs, ctx, extras) {
    // Values files and inline YAML are read and checked before any command runs (F38).
    const desired = await desiredValues(inputs);
    for (const secret of desired.secrets) ctx.registerSecret(secret);
    let reconciler: HelmAirflowReconciler | undefined;
    let helmText = '';
    let helmMajor = 3;
    let status: HelmReleaseStatus | undefined;
    let observed: Awaited<ReturnType<HelmAirflowReconciler['observe']>> | undefined;
    const ready = (): HelmAirflowReconciler => reconciler!;
    const facts = () => factsFrom(status, observed?.history?.at(-1) ?? undefined);
    const record = (chart: string) => ({
      fingerprint: valuesFingerprint(chart, inputs.chartVersion, desired.values),
      chartVersion: inputs.chartVersion,
    });
    return {
      async preflight() {
        const resolved = await resolveHelm(ctx, {
          requested: inputs.helmVersion,
          toolCache: extras?.toolCache,
        });
        helmText = resolved.version.text;
        helmMajor = resolved.version.major;
        ctx.logger.info(`using helm ${helmText} (${resolved.source}); Helm ${helmMajor} flags`);
        reconciler = new HelmAirflowReconciler(
          ctx,
          inputs,
          resolved.helm,
          helmMajor,
          desired.values,
        );
        // kubectl observes the namespace, our key Secrets and the chart's Jobs (issue 12).
        await reconciler.kubectl.ensureAvailable();
        await reconciler.prepareChart();
      },
      async plan() {
        if (inputs.rollback !== undefined)
          return planRollback(reconciler, inputs, desired.warnings);
        // Offline nothing can be observed: plan an install/upgrade with Helm 3 flags. A dry run
        // is a plan a read-only identity may run: Helm's history lives in Secrets that hold every
        // value, so it reads our deploy-state record instead (fingerprint.ts, issue 13).
        const readOnly = ctx.dryRun && reconciler !== undefined;
        observed =
          reconciler && !readOnly
            ? await reconciler.observe(ctx.clock.now())
            : { nowMs: ctx.clock.now() };
        const chart = reconciler?.chart ?? chartRef(inputs.chartRepo);
        const keySecrets = reconciler?.keySecrets ?? ownedKeySecrets(inputs, desired.values);
        const computed = planHelmAirflow(
          inputs,
          { values: desired.values, chart, helmMajor, keySecrets },
          observed,
        );
        const plan =
          readOnly && reconciler
            ? readOnlyPlan(
                computed,
                record(chart),
                await observeRecord(ctx, reconciler, inputs),
                inputs.forceUpgrade,
              )
            : computed;
        return {
          changes: plan.changes,
          warnings: [...desired.warnings, ...plan.warnings],
          artifacts: [
            {
              title: `${NAME}: merged values for ${inputs.namespace}/${inputs.release} (secrets redacted)`,
              language: 'yaml',
              body: await valuesYaml(desired.redacted),
            },
          ],
        };
      },
      apply: (op) => ready().apply(op),
      async verify(applied) {
        const back = applied.find((op) => op.type === 'rollback-to');
        if (back?.type === 'rollback-to') {
          status = await ready().verify();
          return recordRollback(ctx, ready(), inputs, back);
        }
        if (!applied.some((op) => op.type === 'upgrade')) return;
        status = await ready().verify();
        // What this upgrade deployed, for the next read-only plan (written only after a change).
        await recordUpgrade(ctx, ready(), inputs, record(ready().chart), desired.values);
      },
      async check() {
        status ??= await ready().status();
      },
      outputs(result) {
        const f = facts();
        const ui = uiService(inputs, f.appVersion, desired.values);
        return {
          [Outputs.Revision]: f.revision,
          [Outputs.Status]: f.status,
          [Outputs.ChartVersion]: f.chartVersion || inputs.chartVersion,
          [Outputs.AppVersion]: f.appVersion,
          [Outputs.UiService]: ui.service,
          [Outputs.PortForwardCommand]: ui.command,
          [Outputs.Changed]: String(result.changed),
        };
      },
      async report(result) {
        const f = facts();
        const ui = uiService(inputs, f.appVersion, desired.values);
        return actionSummary({
          heading: headingOf(NAME, result.dryRun),
          intro: `Release \`${inputs.namespace}/${inputs.release}\`: chart ${f.chartVersion || inputs.chartVersion}, revision ${f.revision || '-'}, status **${f.status}** (helm ${helmText}).`,
          outcomes: result.outcomes,
          warnings: result.planned.warnings,
          sections: [
            `UI: \`${ui.command}\`, then open http://localhost:8080`,
            await valuesDetails(desired),
          ],
        });
      },
      done: (result) =>
        result.changed
          ? `${NAME}: converged with changes`
          : `${NAME}: already converged; upgrade skipped`,
      onFailure: (err) => upgradeFailure(err, ctx, inputs, desired, reconciler),
    };
  },
};

/** A failed upgrade: pod and event diagnostics in the summary and in the error. */
async function upgradeFailure(
  err: ApplyError,
  ctx: RunContext,
  inputs: HelmAirflowInputs,
  desired: Desired,
  reconciler: HelmAirflowReconciler | undefined,
) {
  if (!(err.cause instanceof UpgradeFailedError) || !reconciler) return {};
  const diagnostics = (await ctx.runner.has('kubectl'))
    ? await collectDiagnostics(ctx, inputs.namespace, inputs.release)
    : noDiagnostics('kubectl is not on PATH: no pod diagnostics');
  return {
    summary:
      [
        `## ${NAME} failed`,
        outcomesTable(err.outcomes),
        err.message,
        diagnosticsMarkdown(diagnostics),
        await valuesDetails(desired),
      ].join('\n\n') + '\n',
    message: `${err.message} ${diagnosticsLine(diagnostics)}`,
  };
}

export const run = (deps?: ActionDeps, extras?: HelmAirflowExtras): Promise<void> =>
  runDefinition(definition, deps, extras);

/** The deploy-state record, or why it cannot be seen (no kubectl, or no right to read it). */
async function observeRecord(
  ctx: RunContext,
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
): Promise<DeployState> {
  if (!(await ctx.runner.has('kubectl'))) {
    return { state: 'not-observable', why: 'not observable: kubectl is not on PATH' };
  }
  return readDeployState(reconciler.kubectl, inputs.release, inputs.namespace);
}

/** After a verified upgrade: what it deployed, for the next plan (written only then). */
async function recordUpgrade(
  ctx: RunContext,
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
  record: { readonly fingerprint: string; readonly chartVersion: string },
  desired: Values,
): Promise<void> {
  if (!(await ctx.runner.has('kubectl'))) {
    ctx.logger.warning(
      `kubectl is not on PATH: configmap ${deployStateName(inputs.release)} was not written, so plans cannot tell this release is current`,
    );
    return;
  }
  const run = await resolveProvenance(ctx);
  await writeDeployState(
    reconciler.kubectl,
    inputs.release,
    inputs.namespace,
    record.chartVersion,
    record.fingerprint,
    (cm) => stampDeployState(cm, run, airflowImageOf(desired)),
  );
}

/** rollback-to-revision replaces the whole plan: only the release changes. */
async function planRollback(
  reconciler: HelmAirflowReconciler | undefined,
  inputs: HelmAirflowInputs,
  warnings: readonly string[],
) {
  if (!reconciler || inputs.rollback === undefined) {
    throw new ConfigurationError(
      ROLLBACK_INPUT,
      "needs the cluster: it reads the release's history",
    );
  }
  return { changes: [await planRollbackTo(reconciler, inputs, inputs.rollback)], warnings };
}
