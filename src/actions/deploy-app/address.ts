/** The LoadBalancer address deploy-app reports (and smoke-checks), waited for after the rollout. */
import type { K8sClient } from '../../lib/k8s/client.js';
import { waitForAddress, type Address } from '../../lib/k8s/service.js';
import type { RunContext } from '../../lib/reconcile/definition.js';
import type { AppInputs } from './inputs.js';
import { serviceWarnings, type PreparedApp } from './manifests.js';

/** The LoadBalancer's address, waited for; undefined when the Service is not a LoadBalancer. */
export async function serviceAddress(
  ctx: RunContext,
  client: K8sClient,
  inputs: AppInputs,
  prepared: PreparedApp,
  warnings: string[],
  pollMs: number,
): Promise<Address | undefined> {
  const log = ctx.logger;
  const service =
    prepared.service ?? (await client.get('service', inputs.service, inputs.namespace));
  if (!service) {
    log.warning(
      `service ${inputs.service} is neither in the manifests nor in namespace ${inputs.namespace}; no address to report`,
    );
    return undefined;
  }
  if ((service.spec as { type?: string } | undefined)?.type !== 'LoadBalancer') {
    log.info(`service ${inputs.service} is not a LoadBalancer; no external address to wait for`);
    return undefined;
  }
  if (!prepared.service) {
    for (const w of serviceWarnings(service)) {
      warnings.push(w);
      log.warning(w);
    }
  }
  log.info(`waiting for service ${inputs.service} to get a load balancer address`);
  return waitForAddress(client, inputs.namespace, inputs.service, {
    timeoutMs: inputs.addressTimeoutMs,
    pollMs,
    clock: ctx.clock,
  });
}
