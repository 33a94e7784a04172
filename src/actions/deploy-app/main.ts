/** deploy-app: the app repo's manifests, digest-pinned, with the Cloud SQL proxy, rolled out and watched. */
import { type ActionContext, type ActionDeps } from '../../lib/action/context.js';
import { runnerIO } from '../../lib/action/io.js';
import { runParsedAction } from '../../lib/action/run-action.js';
import { markdownTable } from '../../lib/action/summary.js';
import {
  withAuthHint,
  deployOrReport,
  prepareClient,
  tuned,
  type DeployTuning,
} from '../../lib/k8s/action-deploy.js';
import type { K8sClient } from '../../lib/k8s/client.js';
import { displayYaml, loadManifests } from '../../lib/k8s/manifests.js';
import { deploySummary } from '../../lib/k8s/report.js';
import { AddressTimeoutError, urlOf, waitForAddress, type Address } from '../../lib/k8s/service.js';
import { smokeCheck } from '../../lib/k8s/smoke.js';
import type { Outcome } from '../../lib/reconcile/engine.js';
import { Inputs, Outputs, parseInputs, type AppInputs } from './inputs.js';
import { prepareApp, serviceWarnings, type PreparedApp } from './manifests.js';

export const ACTION_NAME = 'deploy-app';

export async function appObjects(inputs: AppInputs): Promise<PreparedApp> {
  return prepareApp(inputs, await loadManifests(Inputs.Manifests, inputs.manifests));
}

export async function run(
  deps: ActionDeps = { io: runnerIO() },
  tuning: DeployTuning = {},
): Promise<void> {
  const { io } = deps;
  await runParsedAction(ACTION_NAME, deps, parseInputs, async (inputs, context) => {
    if (inputs.databaseUrl !== undefined) context.registerSecret(inputs.databaseUrl);
    const prepared = await appObjects(inputs);
    const warnings = [...inputs.warnings, ...prepared.warnings];
    for (const warning of warnings) io.warning(warning);
    const client = await prepareClient(context);
    const knobs = tuned(tuning);
    const manifestsYaml = await displayYaml(prepared.objects);

    const result = await deployOrReport(
      context,
      client,
      ACTION_NAME,
      {
        namespace: inputs.namespace,
        objects: prepared.objects,
        timeoutMs: inputs.timeoutMs,
        dryRun: inputs.dryRun,
        pollMs: knobs.pollMs,
      },
      warnings,
      (rolledBack) => {
        io.setOutput(Outputs.Changed, 'true');
        io.setOutput(Outputs.RolledBack, String(rolledBack.length > 0));
      },
    );

    let address: Address | undefined;
    if (inputs.waitForAddress && !inputs.dryRun) {
      try {
        address = await withAuthHint(() =>
          serviceAddress(context, client, inputs, prepared, warnings, knobs.addressPollMs),
        );
      } catch (err) {
        if (err instanceof AddressTimeoutError) {
          await io.writeSummary(
            context.runner.redactor.redact(
              deploySummary({
                heading: `${ACTION_NAME} failed`,
                intro: err.message,
                outcomes: result.outcomes,
                warnings,
                diagnostics: err.diagnostics,
              }),
            ),
          );
        }
        throw err;
      }
    }
    const url = address ? urlOf(address.address, address.port) : '';
    if (inputs.smokePath && url) {
      await smokeCheck(`${url}${inputs.smokePath}`, {
        attempts: knobs.smokeAttempts,
        delayMs: knobs.smokeDelayMs,
        requestTimeoutMs: 10_000,
        clock: context.clock,
        logger: io,
      });
    }

    io.setOutput(Outputs.ExternalIp, address?.address ?? '');
    io.setOutput(Outputs.Url, url);
    io.setOutput(Outputs.Changed, String(result.changed));
    io.setOutput(Outputs.Changes, context.runner.redactor.redact(JSON.stringify(result.outcomes)));
    io.setOutput(Outputs.RolledBack, 'false');
    await io.writeSummary(
      context.runner.redactor.redact(
        deploySummary({
          heading: inputs.dryRun ? `${ACTION_NAME} (dry run: nothing was changed)` : ACTION_NAME,
          intro: [
            `Namespace \`${inputs.namespace}\`${url ? `, reachable at ${url}` : ''}.`,
            imagesTable(prepared),
          ]
            .filter(Boolean)
            .join('\n\n'),
          outcomes: result.outcomes as Outcome[],
          warnings,
          manifestsYaml,
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

function imagesTable(prepared: PreparedApp): string {
  if (prepared.substitutions.length === 0) return '';
  return markdownTable(
    ['Workload', 'Container', 'Image'],
    prepared.substitutions.map((s) => [s.object, s.container, `\`${s.to}\``]),
  );
}

/** The LoadBalancer's address, waited for; undefined when the Service is not a LoadBalancer. */
async function serviceAddress(
  ctx: ActionContext,
  client: K8sClient,
  inputs: AppInputs,
  prepared: PreparedApp,
  warnings: string[],
  pollMs: number,
): Promise<Address | undefined> {
  const service =
    prepared.service ?? (await client.get('service', inputs.service, inputs.namespace));
  if (!service) {
    ctx.io.warning(
      `service ${inputs.service} is neither in the manifests nor in namespace ${inputs.namespace}; no address to report`,
    );
    return undefined;
  }
  if ((service.spec as { type?: string } | undefined)?.type !== 'LoadBalancer') {
    ctx.io.info(`service ${inputs.service} is not a LoadBalancer; no external address to wait for`);
    return undefined;
  }
  if (!prepared.service) {
    for (const w of serviceWarnings(service)) {
      warnings.push(w);
      ctx.io.warning(w);
    }
  }
  ctx.io.info(`waiting for service ${inputs.service} to get a load balancer address`);
  return waitForAddress(client, inputs.namespace, inputs.service, {
    timeoutMs: inputs.addressTimeoutMs,
    pollMs,
    clock: ctx.clock,
  });
}
