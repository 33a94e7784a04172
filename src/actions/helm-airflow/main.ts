/** helm-airflow: Apache Airflow on GKE through the official chart, idempotently. */
import type { ActionContext, ActionDeps } from '../../lib/action/context.js';
import { runnerIO } from '../../lib/action/io.js';
import { runParsedAction } from '../../lib/action/run-action.js';
import { codeBlock, details, outcomesTable } from '../../lib/action/summary.js';
import { anyChanged, applyChanges, ApplyError, type Outcome } from '../../lib/reconcile/engine.js';
import { resolveHelm, type ToolCacheApi } from '../../lib/tools/helm-install.js';
import type { HelmRevision, HelmReleaseStatus } from '../../lib/tools/helm.js';
import { desiredValues, valuesYaml, type Desired } from './desired.js';
import {
  collectDiagnostics,
  diagnosticsLine,
  diagnosticsMarkdown,
  noDiagnostics,
} from './diagnostics.js';
import { Outputs, parseInputs, secretsOf, type HelmAirflowInputs } from './inputs.js';
import { chartVersionOf, planHelmAirflow, type HelmAirflowOp } from './plan.js';
import { HelmAirflowReconciler, UpgradeFailedError } from './reconcile.js';
import { airflowMajor, type Values } from './values.js';
import {
  deployStateName,
  readDeployState,
  readOnlyPlan,
  valuesFingerprint,
  writeDeployState,
  type DeployState,
} from './fingerprint.js';

export const ACTION_NAME = 'helm-airflow';

export interface HelmAirflowExtras {
  /** Replaces @actions/tool-cache (tests: a fake downloader). */
  readonly toolCache?: () => Promise<ToolCacheApi>;
}

export interface ReleaseFacts {
  readonly revision: string;
  readonly status: string;
  readonly chartVersion: string;
  readonly appVersion: string;
}

export function factsFrom(status?: HelmReleaseStatus, last?: HelmRevision): ReleaseFacts {
  if (status) {
    return {
      revision: String(status.version),
      status: status.info.status,
      chartVersion: status.chart?.metadata?.version ?? '',
      appVersion: status.chart?.metadata?.appVersion ?? '',
    };
  }
  if (last) {
    return {
      revision: String(last.revision),
      status: last.status,
      chartVersion: chartVersionOf(last),
      appVersion: last.app_version,
    };
  }
  return { revision: '', status: 'not-installed', chartVersion: '', appVersion: '' };
}

/**
 * The chart's resource prefix, as Helm's usual `fullname` helper computes it: fullnameOverride,
 * else with useStandardNaming RELEASE-airflow (unless the release name contains the chart name),
 * else the release name.
 */
export function fullnameOf(release: string, values: Values = {}): string {
  const override = values.fullnameOverride;
  if (typeof override === 'string' && override.trim()) return override.trim().slice(0, 63);
  if (values.useStandardNaming !== true) return release;
  const name =
    typeof values.nameOverride === 'string' && values.nameOverride
      ? values.nameOverride
      : 'airflow';
  return release.includes(name) ? release : `${release}-${name}`.slice(0, 63);
}

/** The service to port-forward: `-api-server` on Airflow 3, `-webserver` on 2 (domain-facts.md §1.2). */
export function uiService(
  inputs: HelmAirflowInputs,
  appVersion?: string,
  values?: Values,
): { service: string; command: string } {
  const suffix = airflowMajor(inputs, appVersion) >= 3 ? 'api-server' : 'webserver';
  const service = `${fullnameOf(inputs.release, values)}-${suffix}`;
  return {
    service,
    command: `kubectl port-forward svc/${service} 8080:8080 --namespace ${inputs.namespace}`,
  };
}

export async function run(
  deps: ActionDeps = { io: runnerIO() },
  extras: HelmAirflowExtras = {},
): Promise<void> {
  const { io } = deps;
  await runParsedAction(ACTION_NAME, deps, parseInputs, async (inputs, context) => {
    for (const secret of secretsOf(inputs)) context.registerSecret(secret);
    // Values files and inline YAML are read and checked before any command runs (F38).
    const desired = await desiredValues(inputs);
    for (const secret of desired.secrets) context.registerSecret(secret);

    const resolved = await resolveHelm(context, {
      requested: inputs.helmVersion,
      toolCache: extras.toolCache,
    });
    io.info(
      `using helm ${resolved.version.text} (${resolved.source}); Helm ${resolved.version.major} flags`,
    );
    const reconciler = new HelmAirflowReconciler(
      context,
      inputs,
      resolved.helm,
      resolved.version.major,
      desired.values,
    );
    // kubectl observes the namespace, our key Secrets and the chart's Jobs (issue 12).
    await reconciler.kubectl.ensureAvailable();
    await reconciler.prepareChart();

    // A dry run is a plan a read-only identity may run: Helm's history lives in Secrets that
    // hold every value, so it reads our deploy-state record instead (fingerprint.ts).
    const observed = inputs.dryRun
      ? { nowMs: context.clock.now() }
      : await reconciler.observe(context.clock.now());
    const record = {
      fingerprint: valuesFingerprint(reconciler.chart, inputs.chartVersion, desired.values),
      chartVersion: inputs.chartVersion,
    };
    const computed = planHelmAirflow(
      inputs,
      {
        values: desired.values,
        chart: reconciler.chart,
        helmMajor: resolved.version.major,
        keySecrets: reconciler.keySecrets,
      },
      observed,
    );
    const plan = inputs.dryRun
      ? readOnlyPlan(
          computed,
          record,
          await observeRecord(context, reconciler, inputs),
          inputs.forceUpgrade,
        )
      : computed;
    const warnings = [...desired.warnings, ...plan.warnings];
    for (const warning of warnings) io.warning(warning);

    let outcomes: Outcome[];
    try {
      outcomes = await applyChanges(plan.changes, (op: HelmAirflowOp) => reconciler.apply(op), {
        dryRun: inputs.dryRun,
        logger: io,
      });
    } catch (err) {
      if (err instanceof ApplyError && err.cause instanceof UpgradeFailedError) {
        const diagnostics = (await context.runner.has('kubectl'))
          ? await collectDiagnostics(context, inputs.namespace, inputs.release)
          : noDiagnostics('kubectl is not on PATH: no pod diagnostics');
        // Pod and event texts come from the cluster: redact them like everything else.
        const redact = (text: string): string => context.runner.redactor.redact(text);
        await io.writeSummary(
          [
            `## ${ACTION_NAME} failed`,
            outcomesTable(err.outcomes),
            err.message,
            diagnosticsMarkdown(diagnostics),
            await valuesDetails(desired),
          ]
            .map(redact)
            .join('\n\n') + '\n',
        );
        throw new Error(redact(`${err.message} ${diagnosticsLine(diagnostics)}`));
      }
      throw err;
    }

    const upgraded = !inputs.dryRun && plan.changes.some((c) => c.op?.type === 'upgrade');
    const status = upgraded
      ? await reconciler.verify()
      : inputs.dryRun
        ? undefined
        : await reconciler.status();
    if (upgraded) await recordUpgrade(context, reconciler, inputs, record);
    const facts = factsFrom(status, observed.history?.at(-1) ?? undefined);
    const ui = uiService(inputs, facts.appVersion, desired.values);
    const changed = anyChanged(outcomes);
    io.setOutput(Outputs.Revision, facts.revision);
    io.setOutput(Outputs.Status, facts.status);
    io.setOutput(Outputs.ChartVersion, facts.chartVersion || inputs.chartVersion);
    io.setOutput(Outputs.AppVersion, facts.appVersion);
    io.setOutput(Outputs.UiService, ui.service);
    io.setOutput(Outputs.PortForwardCommand, ui.command);
    io.setOutput(Outputs.Changed, String(changed));
    io.setOutput(Outputs.Changes, JSON.stringify(outcomes));

    const heading = inputs.dryRun ? `${ACTION_NAME} (dry run: nothing was changed)` : ACTION_NAME;
    await io.writeSummary(
      [
        `## ${heading}`,
        `Release \`${inputs.namespace}/${inputs.release}\`: chart ${facts.chartVersion || inputs.chartVersion}, revision ${facts.revision || '-'}, status **${facts.status}** (helm ${resolved.version.text}).`,
        outcomesTable(outcomes),
        `UI: \`${ui.command}\`, then open http://localhost:8080`,
        warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n'),
        await valuesDetails(desired),
      ]
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
    io.info(
      changed
        ? `${ACTION_NAME}: converged with changes`
        : `${ACTION_NAME}: already converged; upgrade skipped`,
    );
  });
}

async function valuesDetails(desired: Desired): Promise<string> {
  return details(
    'Merged values (secrets redacted)',
    codeBlock('yaml', await valuesYaml(desired.redacted)),
  );
}

/** The deploy-state record, or why it cannot be seen (no kubectl, or no right to read it). */
async function observeRecord(
  context: ActionContext,
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
): Promise<DeployState> {
  if (!(await context.runner.has('kubectl'))) {
    return { state: 'not-observable', why: 'not observable: kubectl is not on PATH' };
  }
  return readDeployState(reconciler.kubectl, inputs.release, inputs.namespace);
}

/** After a verified upgrade: what it deployed, for the next plan (written only then). */
async function recordUpgrade(
  context: ActionContext,
  reconciler: HelmAirflowReconciler,
  inputs: HelmAirflowInputs,
  record: { readonly fingerprint: string; readonly chartVersion: string },
): Promise<void> {
  if (!(await context.runner.has('kubectl'))) {
    context.logger.warning(
      `kubectl is not on PATH: configmap ${deployStateName(inputs.release)} was not written, so plans cannot tell this release is current`,
    );
    return;
  }
  await writeDeployState(
    reconciler.kubectl,
    inputs.release,
    inputs.namespace,
    record.chartVersion,
    record.fingerprint,
  );
}
