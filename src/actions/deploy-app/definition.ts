/** deploy-app: the app repo's manifests, digest-pinned, with the Cloud SQL proxy, rolled out and watched. */
import { runDefinition, type ActionDeps } from '../../lib/action/run-action.js';
import {
  deployFailure,
  deploySteps,
  smoke,
  tuned,
  withAuthHint,
  type DeployActionOp,
  type DeployTuning,
} from '../../lib/k8s/action-deploy.js';
import { withApplySet } from '../../lib/k8s/apply-set.js';
import { RolloutFailedError } from '../../lib/k8s/deploy.js';
import { displayYaml, loadManifests } from '../../lib/k8s/manifests.js';
import { deploySummary } from '../../lib/k8s/report.js';
import { urlOf, type Address } from '../../lib/k8s/service.js';
import type { ActionDefinition } from '../../lib/reconcile/definition.js';
import { headingOf, markdownTable } from '../../lib/reconcile/report.js';
import { serviceAddress } from './address.js';
import { Inputs, Outputs, parseInputs, type AppInputs } from './inputs.js';
import { prepareApp, type PreparedApp } from './manifests.js';
import { planRollback, type RollbackPlan } from './rollback.js';
import { resolveProvenance } from '../../lib/k8s/provenance.js';
import type { RollbackTarget } from '../../lib/k8s/rollout-history.js';
import type { KubeObject } from '../../lib/tools/kubectl.js';

const NAME = 'deploy-app';
/** build-push-image's outputs in the CLI chain: `image-ref:<name>` -> the pushed reference. */
const IMAGE_REF = 'image-ref:';

function imagesTable(prepared: PreparedApp): string {
  if (prepared.substitutions.length === 0) return '';
  return markdownTable(
    ['Workload', 'Container', 'Image'],
    prepared.substitutions.map((s) => [s.object, s.container, `\`${s.to}\``]),
  );
}

export const definition: ActionDefinition<AppInputs, DeployActionOp, DeployTuning> = {
  name: NAME,
  order: 60,
  parse: (source, config, chain) =>
    parseInputs(
      source,
      config,
      [...(chain ?? [])]
        .filter(([key]) => key.startsWith(IMAGE_REF))
        .map(([key, ref]) => ({ name: key.slice(IMAGE_REF.length), ref })),
    ),
  secrets: (inputs) => (inputs.databaseUrl === undefined ? [] : [inputs.databaseUrl]),
  cli: {
    enabled: (config) => (config.app?.manifests?.length ?? 0) > 0,
    secrets: [{ input: Inputs.DatabaseUrl, env: 'DATABASE_URL' }],
  },
  async start(inputs, ctx, tuning) {
    const app = prepareApp(inputs, await loadManifests(Inputs.Manifests, inputs.manifests));
    const prepared = { ...app, objects: withApplySet(app.objects, inputs.applySet) };
    const warnings = [...inputs.warnings, ...prepared.warnings];
    const knobs = tuned(tuning);
    const steps = (objects: readonly KubeObject[], action?: string) =>
      deploySteps(
        ctx,
        {
          namespace: inputs.namespace,
          objects,
          timeoutMs: inputs.timeoutMs,
          pollMs: knobs.pollMs,
          ...(action ? { provenance: () => resolveProvenance(ctx, process.env, action) } : {}),
        },
        inputs.prune ? inputs.applySet : undefined,
      );
    let deploy = steps(prepared.objects);
    let rollback: RollbackPlan | undefined;
    let address: Address | undefined;
    const url = (): string => (address ? urlOf(address.address, address.port) : '');
    return {
      preflight: () => deploy.preflight(),
      async plan() {
        if (inputs.rollback !== undefined) {
          rollback = await withAuthHint(() =>
            planRollback(
              deploy.client,
              inputs.namespace,
              prepared.objects,
              inputs.rollback as RollbackTarget,
              ctx.offline,
            ),
          );
          deploy = steps(rollback.objects, rollback.action);
        }
        return {
          changes: await deploy.plan(),
          warnings,
          artifacts: [
            {
              title: `${NAME}: manifests (Secret values redacted)`,
              language: 'yaml',
              body: await displayYaml(rollback?.objects ?? prepared.objects),
            },
          ],
        };
      },
      apply: (op) => deploy.apply(op),
      verify: () => deploy.verify(),
      async check() {
        if (inputs.waitForAddress) {
          address = await withAuthHint(() =>
            serviceAddress(ctx, deploy.client, inputs, prepared, warnings, knobs.addressPollMs),
          );
        }
        if (inputs.smokePath && url()) await smoke(`${url()}${inputs.smokePath}`, ctx, tuning);
      },
      outputs: (result) => ({
        [Outputs.ExternalIp]: address?.address ?? '',
        [Outputs.Url]: url(),
        [Outputs.Changed]: String(result.changed),
        [Outputs.RolledBack]: 'false',
      }),
      report: async (result) =>
        deploySummary({
          heading: headingOf(NAME, result.dryRun),
          intro: [
            `Namespace \`${inputs.namespace}\`${url() ? `, reachable at ${url()}` : ''}.`,
            rollback
              ? `Rollback (${rollback.action}):\n\n${rollback.table}`
              : imagesTable(prepared),
          ]
            .filter(Boolean)
            .join('\n\n'),
          outcomes: result.outcomes,
          warnings,
          manifestsYaml: await displayYaml(rollback?.objects ?? prepared.objects),
        }),
      done: (result) =>
        result.changed
          ? `${NAME}: applied changes`
          : `${NAME}: already up to date; nothing applied`,
      async onFailure(err) {
        const report = await deployFailure(
          NAME,
          err,
          warnings,
          rollback?.objects ?? prepared.objects,
        );
        if (!(err.cause instanceof RolloutFailedError)) return report;
        const rolledBack = err.cause.rolledBack.length > 0;
        return {
          ...report,
          outputs: { [Outputs.Changed]: 'true', [Outputs.RolledBack]: String(rolledBack) },
        };
      },
    };
  },
};

export const run = (deps?: ActionDeps, tuning?: DeployTuning): Promise<void> =>
  runDefinition(definition, deps, tuning);
