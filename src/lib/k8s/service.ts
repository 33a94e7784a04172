/**
 * Waiting for a LoadBalancer Service's address. GKE provisions the load balancer
 * asynchronously, often in minutes; on timeout the Service's events say why (quota, sync
 * errors), so they go into the failure (security-reliability.md 4.9).
 */
import type { Clock } from '../exec/retry.js';
import { formatDuration } from '../validate/rules.js';
import type { K8sClient } from './client.js';
import { eventsTable } from './diagnostics.js';

interface ServiceJson {
  spec?: { type?: string; ports?: { port?: number }[] };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

export class AddressTimeoutError extends Error {
  override readonly name = 'AddressTimeoutError';
  constructor(
    message: string,
    readonly diagnostics: string,
  ) {
    super(message);
  }
}

export interface Address {
  readonly address: string;
  readonly port: number;
}

export async function waitForAddress(
  client: K8sClient,
  namespace: string,
  name: string,
  options: { timeoutMs: number; pollMs: number; clock: Clock },
): Promise<Address> {
  const started = options.clock.now();
  for (;;) {
    const svc = await client.get<ServiceJson>('service', name, namespace);
    if (!svc)
      throw new Error(`service ${namespace}/${name} does not exist; check the service input`);
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    const address = ingress?.ip ?? ingress?.hostname;
    if (address) return { address, port: svc.spec?.ports?.[0]?.port ?? 80 };
    if (options.clock.now() - started >= options.timeoutMs) {
      const events = await client.events(namespace, [name]).catch(() => []);
      throw new AddressTimeoutError(
        `service ${namespace}/${name} got no load balancer address within ${formatDuration(options.timeoutMs)}` +
          (events.length
            ? `; last event: ${events[events.length - 1]?.reason ?? ''}: ${events[events.length - 1]?.message ?? ''}`
            : ''),
        `#### Events for service ${name}\n\n${eventsTable(events)}`,
      );
    }
    await options.clock.sleep(options.pollMs);
  }
}

/** `http://ADDRESS[:PORT]`, with brackets for IPv6. */
export function urlOf(address: string, port: number): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}${port === 80 ? '' : `:${port}`}`;
}
