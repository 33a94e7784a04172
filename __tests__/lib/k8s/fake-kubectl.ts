/**
 * A scripted kubectl for run() tests: namespaces, a diff answer, rollout status steps, pods,
 * events and services, all plain data the test sets. Every call is recorded by ScriptedRunner.
 */
import type { CommandSpec } from '../../../src/lib/exec/runner.js';
import { fail, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';

export interface FakeCluster {
  namespaces: Set<string>;
  /** The `kubectl diff` stdout; '' = no differences. */
  diff: string;
  /** Per `kind/name`: the answers of successive `rollout status` calls (last one repeats). */
  rollout: Map<string, string[]>;
  pods: unknown[];
  events: unknown[];
  services: Map<string, unknown[]>;
  deployments: Map<string, unknown>;
  applyStdin: string[];
}

export function diffHeader(
  kind: string,
  group: string,
  namespace: string,
  name: string,
  created: boolean,
): string {
  const id = `${group ? `${group}.` : ''}v1.${kind}.${namespace}.${name}`;
  return [
    `diff -u -N /tmp/LIVE-1/${id} /tmp/MERGED-2/${id}`,
    `--- /tmp/LIVE-1/${id}\t2026-11-25 18:10:41.287292089 +0000`,
    `+++ /tmp/MERGED-2/${id}\t2026-11-25 18:10:41.287292089 +0000`,
    created ? '@@ -0,0 +1,3 @@' : '@@ -4,7 +4,7 @@',
    '+x',
  ].join('\n');
}

export function fakeKubectl(): { runner: ScriptedRunner; cluster: FakeCluster } {
  const cluster: FakeCluster = {
    namespaces: new Set(['model-serving', 'application']),
    diff: '',
    rollout: new Map(),
    pods: [],
    events: [],
    services: new Map(),
    deployments: new Map(),
    applyStdin: [],
  };
  const runner = new ScriptedRunner().on((spec: CommandSpec) => {
    const [verb, a1, a2] = spec.args;
    const ns = spec.args[spec.args.indexOf('--namespace') + 1] ?? '';
    if (verb === 'get' && a1 === 'namespace') {
      return cluster.namespaces.has(a2 ?? '')
        ? ok({ kind: 'Namespace', metadata: { name: a2 } })
        : fail(`Error from server (NotFound): namespaces "${a2}" not found`);
    }
    if (verb === 'diff')
      return cluster.diff ? { exitCode: 1, stdout: cluster.diff, stderr: '' } : ok('');
    if (verb === 'apply') {
      cluster.applyStdin.push(spec.stdin ?? '');
      return ok('serverside-applied');
    }
    if (verb === 'rollout' && a1 === 'status') {
      const steps = cluster.rollout.get(a2 ?? '') ?? ['successfully rolled out'];
      const next = steps.length > 1 ? (steps.shift() ?? '') : (steps[0] ?? '');
      return next.startsWith('error:') ? fail(next) : ok(next);
    }
    if (verb === 'rollout' && a1 === 'undo') return ok(`${a2} rolled back`);
    // The deploy's one read of live provenance (`get TYPE/NAME ... --ignore-not-found`): none.
    if (verb === 'get' && a1?.includes('/')) return ok({ kind: 'List', items: [] });
    if (verb === 'get' && a1 === 'pods') return ok({ items: cluster.pods });
    if (verb === 'get' && a1 === 'events') return ok({ items: cluster.events });
    if (verb === 'get' && (a1 === 'deployment' || a1 === 'deployment.apps')) {
      const d = cluster.deployments.get(`${ns}/${a2}`);
      return d ? ok(d) : fail(`Error from server (NotFound): deployments.apps "${a2}" not found`);
    }
    if (verb === 'get' && a1 === 'service') {
      const answers = cluster.services.get(`${ns}/${a2}`);
      if (!answers) return fail(`Error from server (NotFound): services "${a2}" not found`);
      return ok(answers.length > 1 ? answers.shift() : answers[0]);
    }
    return undefined;
  });
  return { runner, cluster };
}

export const waitingPod = (name: string, reason: string, restarts = 0) => ({
  metadata: { name },
  status: {
    containerStatuses: [
      {
        name: 'app',
        restartCount: restarts,
        state: { waiting: { reason, message: `${reason} details` } },
      },
    ],
  },
});
