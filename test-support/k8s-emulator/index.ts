/**
 * A Kubernetes API emulator for tests: the real `kubectl` talks to it over plain HTTP through a
 * generated kubeconfig. State is in memory; Deployments, StatefulSets, Jobs and LoadBalancer
 * Services are driven by a small simulation (workloads.ts) that tests steer.
 *
 *   const emu = await startK8sEmulator();
 *   const runner = new ProcessRunner(io, undefined, { ...process.env, ...emu.env });
 *   ... emu.get('v1', 'ServiceAccount', 'x', 'ns'), emu.mutatingRequests() ...
 *   await emu.stop();
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { typeOfObject } from './api.js';
import { findByKind } from './kinds.js';
import { writeKubeconfig } from './kubeconfig.js';
import { clone, meta, nameOf, namespaceOf } from './objects.js';
import type { PolicyRule } from './rbac.js';
import { EmulatorServer, type Fault, type RecordedRequest } from './server.js';
import { Workloads, type LoadBalancerAddress, type WorkloadBehaviour } from './workloads.js';

export type { Fault, RecordedRequest } from './server.js';
export type { LoadBalancerAddress, WorkloadBehaviour } from './workloads.js';
export type { PolicyRule } from './rbac.js';

export interface K8sEmulator {
  /** Path of a generated kubeconfig pointing at the emulator. */
  readonly kubeconfig: string;
  /** { KUBECONFIG, KUBECACHEDIR }: merge into the env of the real kubectl. */
  readonly env: Record<string, string>;
  /** Added: http://127.0.0.1:PORT */
  readonly url: string;
  get(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): Record<string, unknown> | undefined;
  /** Added: every object of a kind (optionally in one namespace). */
  list(apiVersion: string, kind: string, namespace?: string): Record<string, unknown>[];
  /**
   * Seeds an object (its namespace must exist), recorded as an Update by field manager
   * "test-seed". With a `status`, it is stored exactly so (no simulated pods or status);
   * without one, the simulation runs as for a kubectl write.
   */
  put(object: Record<string, unknown>): void;
  requests(): RecordedRequest[];
  /**
   * Added: a user with exactly these RBAC rules (see rbac.ts) and its own kubeconfig:
   * { KUBECONFIG, KUBECACHEDIR } to merge into kubectl's env. The default kubeconfig
   * (`env`) stays cluster-admin.
   */
  addUser(name: string, rules: readonly PolicyRule[]): Promise<Record<string, string>>;
  /** Added: requests that were answered with Secret data (get/list/watch on secrets, 2xx). */
  secretReads(): RecordedRequest[];
  /** POST/PUT/PATCH/DELETE requests, except dry runs (dryRun=All changes nothing). */
  mutatingRequests(): RecordedRequest[];
  clearRequests(): void;
  inject(fault: Fault): void;
  /** How a Deployment/StatefulSet/Job behaves after its pod template changes (default: ready at once). */
  setWorkloadBehaviour(namespace: string, name: string, behaviour: WorkloadBehaviour): void;
  /** LoadBalancer Services get status.loadBalancer.ingress after `afterMs` (never, if not called). */
  setLoadBalancer(namespace: string, name: string, address: LoadBalancerAddress): void;
  /** Added: the text `kubectl logs` prints for a pod's container (default: a short made-up log). */
  setPodLog(namespace: string, pod: string, text: string): void;
  stop(): Promise<void>;
}

export async function startK8sEmulator(): Promise<K8sEmulator> {
  const server = new EmulatorServer();
  const workloads = new Workloads(server.api);
  server.api.controllers = workloads;
  const url = await server.listen();
  const files = await writeKubeconfig(url);
  const userDirs: string[] = [];
  return {
    kubeconfig: files.kubeconfig,
    env: files.env,
    url,
    get(apiVersion, kind, name, namespace) {
      const t = findByKind(apiVersion, kind);
      if (!t) throw new Error(`k8s emulator: unknown kind ${apiVersion} ${kind}`);
      return server.api.store.get(t, namespace, name);
    },
    list(apiVersion, kind, namespace) {
      const t = findByKind(apiVersion, kind);
      if (!t) throw new Error(`k8s emulator: unknown kind ${apiVersion} ${kind}`);
      return server.api.store.list(t, namespace);
    },
    put(object) {
      const t = typeOfObject(object);
      const obj = clone(object);
      if (t.namespaced && !namespaceOf(obj)) meta(obj).namespace = 'default';
      const before = server.api.store.get(t, namespaceOf(obj), nameOf(obj));
      // An object seeded with a status is a snapshot the test wants to see as is: the
      // simulation (which would compute pods and status) leaves it alone.
      server.api.commit(t, before, obj, {
        manager: 'test-seed',
        update: obj,
        keepStatus: true,
        simulate: obj.status === undefined,
      });
    },
    requests: () => server.requests(),
    async addUser(name, rules) {
      const userUrl = await server.listen({ name, rules });
      const user = await writeKubeconfig(userUrl, { name, token: `token-${name}-${randomUUID()}` });
      userDirs.push(user.dir);
      return user.env;
    },
    secretReads: () =>
      server
        .requests()
        .filter(
          (r) =>
            /\/secrets(\/|$)/.test(r.path) &&
            ['get', 'list', 'watch'].includes(r.verb ?? '') &&
            (r.status ?? 0) < 300,
        ),
    mutatingRequests: () => server.mutatingRequests(),
    clearRequests: () => server.clearRequests(),
    inject: (fault) => server.inject(fault),
    setWorkloadBehaviour: (namespace, name, behaviour) =>
      workloads.setBehaviour(namespace, name, behaviour),
    setLoadBalancer: (namespace, name, address) =>
      workloads.setLoadBalancer(namespace, name, address),
    setPodLog: (namespace, pod, text) => workloads.setPodLog(namespace, pod, text),
    async stop() {
      workloads.stop();
      await server.stop();
      for (const dir of [files.dir, ...userDirs]) await rm(dir, { recursive: true, force: true });
    },
  };
}
