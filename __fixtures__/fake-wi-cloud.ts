/**
 * A small stateful fake of the gcloud and kubectl calls setup-wi makes, behind the Runner seam.
 * Answers follow the CLIs' JSON and error texts; IAM writes check the etag like IAM does.
 * (The real CLIs against HTTP emulators are exercised in __tests__/integration.)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { IamPolicy } from '../src/lib/tools/gcloud.js';
import type { CommandSpec } from '../src/lib/exec/runner.js';
import { fail, ok, ScriptedRunner } from './runner.js';

export interface WiState {
  cluster?: {
    workloadPool?: string;
    autopilot?: boolean;
    pools: { name: string; mode?: string }[];
  };
  gsas: Set<string>;
  projectPolicy: IamPolicy;
  gsaPolicies: Map<string, IamPolicy>;
  namespaces: Set<string>;
  ksas: Map<string, Record<string, string>>;
  etagCounter: number;
}

export function freshState(): WiState {
  return {
    cluster: { pools: [{ name: 'default-pool', mode: 'GCE_METADATA' }] },
    gsas: new Set(),
    projectPolicy: {
      version: 1,
      etag: 'BwY0',
      bindings: [{ role: 'roles/owner', members: ['user:admin@example.com'] }],
    },
    gsaPolicies: new Map(),
    namespaces: new Set(['default']),
    ksas: new Map(),
    etagCounter: 1,
  };
}

const notFound = (what: string): ReturnType<typeof fail> =>
  fail(`ERROR: (gcloud) NOT_FOUND: ${what} not found.`);

export function wiCloud(state: WiState): ScriptedRunner {
  const runner = new ScriptedRunner();
  const nextEtag = (): string => `BwY${++state.etagCounter}`;
  const setPolicy = (
    current: IamPolicy,
    spec: CommandSpec,
    fileIndex: number,
  ): IamPolicy | ReturnType<typeof fail> => {
    const file = spec.args[fileIndex] ?? '';
    const incoming = JSON.parse(readFileSync(file, 'utf8')) as IamPolicy;
    if (incoming.etag !== current.etag) {
      return fail(
        'ERROR: (gcloud.projects.set-iam-policy) ABORTED: There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.',
      );
    }
    return { ...incoming, etag: nextEtag() };
  };
  runner.on((spec) => {
    const a = spec.args;
    const joined = a.join(' ');
    if (spec.tool === 'gcloud') {
      if (joined.startsWith('container clusters describe')) {
        if (!state.cluster) return notFound('Cluster');
        return ok({
          name: a[3],
          workloadIdentityConfig: state.cluster.workloadPool
            ? { workloadPool: state.cluster.workloadPool }
            : undefined,
          autopilot: state.cluster.autopilot ? { enabled: true } : {},
          nodePools: state.cluster.pools.map((p) => ({
            name: p.name,
            config: p.mode ? { workloadMetadataConfig: { mode: p.mode } } : {},
          })),
        });
      }
      if (joined.startsWith('container clusters update')) {
        const flag = a.find((x) => x.startsWith('--workload-pool='));
        if (state.cluster && flag) state.cluster.workloadPool = flag.split('=')[1];
        return ok('');
      }
      if (joined.startsWith('container node-pools update')) {
        const pool = state.cluster?.pools.find((np) => np.name === a[3]);
        if (!pool) return notFound(`Node pool ${a[3]}`);
        if (!state.cluster?.workloadPool)
          return fail(
            'ERROR: (gcloud.container.node-pools.update) FAILED_PRECONDITION: Workload Identity is not enabled on the cluster.',
          );
        if (a.includes('--workload-metadata=GKE_METADATA')) pool.mode = 'GKE_METADATA';
        return ok('');
      }
      if (joined.startsWith('iam service-accounts describe')) {
        const email = a[3] ?? '';
        return state.gsas.has(email) ? ok({ email }) : notFound(`Service account ${email}`);
      }
      if (joined.startsWith('iam service-accounts create')) {
        const project = (a.find((x) => x.startsWith('--project=')) ?? '').split('=')[1];
        const email = `${a[3]}@${project}.iam.gserviceaccount.com`;
        if (state.gsas.has(email))
          return fail(
            `ERROR: (gcloud.iam.service-accounts.create) Resource in projects [${project}] is the subject of a conflict: Service account ${a[3]} already exists within project projects/${project}.`,
          );
        state.gsas.add(email);
        return ok('');
      }
      if (joined.startsWith('projects get-iam-policy')) return ok(state.projectPolicy);
      if (joined.startsWith('projects set-iam-policy')) {
        const result = setPolicy(state.projectPolicy, spec, 3);
        if ('exitCode' in result) return result;
        state.projectPolicy = result;
        return ok(result);
      }
      if (joined.startsWith('iam service-accounts get-iam-policy')) {
        const email = a[3] ?? '';
        if (!state.gsas.has(email)) return notFound(`Service account ${email}`);
        return ok(state.gsaPolicies.get(email) ?? { etag: 'ACAB' });
      }
      if (joined.startsWith('iam service-accounts set-iam-policy')) {
        const email = a[3] ?? '';
        if (!state.gsas.has(email)) return notFound(`Service account ${email}`);
        const result = setPolicy(state.gsaPolicies.get(email) ?? { etag: 'ACAB' }, spec, 4);
        if ('exitCode' in result) return result;
        state.gsaPolicies.set(email, result);
        return ok(result);
      }
    }
    if (spec.tool === 'kubectl') {
      if (a[0] === 'get' && a[1] === 'namespace') {
        return state.namespaces.has(a[2] ?? '')
          ? ok({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: a[2] } })
          : fail(`Error from server (NotFound): namespaces "${a[2]}" not found`);
      }
      if (a[0] === 'get' && a[1] === 'serviceaccount') {
        const key = `${a[4]}/${a[2]}`;
        const annotations = state.ksas.get(key);
        return annotations
          ? ok({
              apiVersion: 'v1',
              kind: 'ServiceAccount',
              metadata: { name: a[2], namespace: a[4], annotations },
            })
          : fail(`Error from server (NotFound): serviceaccounts "${a[2]}" not found`);
      }
      if (a[0] === 'apply') {
        for (const doc of (spec.stdin ?? '').split(/^---$/m)) {
          const obj = parse(doc) as {
            kind: string;
            metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
          };
          if (obj.kind === 'Namespace') state.namespaces.add(obj.metadata.name);
          if (obj.kind === 'ServiceAccount') {
            if (!state.namespaces.has(obj.metadata.namespace ?? '')) {
              return fail(
                `Error from server (NotFound): namespaces "${obj.metadata.namespace}" not found`,
              );
            }
            state.ksas.set(`${obj.metadata.namespace}/${obj.metadata.name}`, {
              ...obj.metadata.annotations,
            });
          }
        }
        return ok('serverside-applied');
      }
    }
    return undefined;
  });
  return runner;
}
