/** A scripted, stateful helm + kubectl for run() tests (behind the Runner seam). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fail, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';
import type { CommandSpec } from '../../../src/lib/exec/runner.js';

export const NOW = Date.parse('2026-11-25T12:00:00Z');

export interface Rev {
  revision: number;
  status: string;
  updated: string;
  chart: string;
  app_version: string;
  description: string;
  values: Record<string, unknown>;
}

/** A small in-memory helm: history, get values, upgrade (reads the -f file), rollback, uninstall. */
export function fakeCluster(
  options: { major?: number; history?: Rev[]; upgradeError?: string } = {},
) {
  const runner = new ScriptedRunner();
  const state = {
    history: [...(options.history ?? [])],
    secret: undefined as string | undefined,
    /** Every Secret by name, with its data (the SSH key one too). */
    secrets: new Map<string, Record<string, string>>(),
    /** Chart Jobs by name: helm (re)creates them on upgrade, complete at once. */
    jobs: new Map<string, Record<string, unknown>>(),
    /** The `<release>-deploy-state` ConfigMap, once an upgrade wrote it. */
    deployState: undefined as object | undefined,
    upgradeError: options.upgradeError,
  };
  const last = () => state.history.at(-1);
  runner.on((spec: CommandSpec) => {
    if (spec.tool !== 'helm') return undefined;
    const [cmd, sub] = spec.args;
    if (cmd === 'version') return ok(`v${options.major ?? 3}.21.4`);
    if (cmd === 'repo' || cmd === 'template') return ok('');
    if (cmd === 'history')
      return state.history.length
        ? ok(state.history.map(({ values: _v, ...r }) => r))
        : fail('Error: release: not found');
    if (cmd === 'get' && sub === 'values') return ok(JSON.stringify(last()?.values ?? null));
    if (cmd === 'status') {
      const l = last();
      if (!l) return fail('Error: release: not found');
      return ok({
        name: 'airflow',
        namespace: 'airflow',
        version: l.revision,
        info: { status: l.status },
        chart: {
          metadata: { version: l.chart.replace('airflow-', ''), appVersion: l.app_version },
        },
      });
    }
    if (cmd === 'upgrade') {
      const file = spec.args[spec.args.indexOf('-f') + 1] ?? '';
      const values = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (state.upgradeError) return fail(state.upgradeError);
      for (const job of ['airflow-run-airflow-migrations', 'airflow-create-user'])
        state.jobs.set(job, {
          metadata: { name: job, annotations: { 'meta.helm.sh/release-name': 'airflow' } },
          status: { conditions: [{ type: 'Complete', status: 'True' }] },
        });
      for (const r of state.history) if (r.status === 'deployed') r.status = 'superseded';
      const version = spec.args[spec.args.indexOf('--version') + 1] ?? '';
      state.history.push({
        revision: (last()?.revision ?? 0) + 1,
        status: 'deployed',
        updated: new Date(NOW).toISOString(),
        chart: `airflow-${version}`,
        app_version: '3.2.2',
        description: 'Upgrade complete',
        values,
      });
      return ok('');
    }
    if (cmd === 'rollback') {
      const target = state.history.find((r) => r.revision === Number(spec.args[2]));
      if (!target) return fail('Error: release has no such version');
      state.history.push({
        ...target,
        revision: (last()?.revision ?? 0) + 1,
        status: 'deployed',
        description: 'Rollback',
      });
      return ok('Rollback was a success! Happy Helming!');
    }
    if (cmd === 'uninstall') {
      state.history = [];
      return ok('release "airflow" uninstalled');
    }
    return undefined;
  });
  runner.on((spec) => {
    if (spec.tool !== 'kubectl') return undefined;
    const line = spec.args.join(' ');
    if (line.startsWith('get namespace')) return ok({ metadata: { name: 'airflow' } });
    if (line.startsWith('get secret') || line.startsWith('get job')) {
      // kubectl: NotFound for one missing name; with --ignore-not-found nothing, the object
      // itself for one name, or a List.
      const end = spec.args.findIndex((a, i) => i >= 2 && a.startsWith('-'));
      const names = spec.args.slice(2, end < 0 ? undefined : end);
      const kind = spec.args[1] === 'secret' ? 'secrets' : 'jobs.batch';
      const lookup = (name: string) => {
        if (kind === 'jobs.batch') return state.jobs.get(name);
        const data = state.secrets.get(name);
        return data ? { metadata: { name }, data } : undefined;
      };
      const found = names.map(lookup).filter((o) => o !== undefined);
      if (!spec.args.includes('--ignore-not-found')) {
        return found[0]
          ? ok(found[0])
          : fail(`Error from server (NotFound): ${kind} "${names[0] ?? ''}" not found`);
      }
      if (found.length === 0) return ok('');
      return ok(names.length === 1 ? found[0] : { kind: 'List', items: found });
    }
    if (line.startsWith('delete job')) {
      for (const name of spec.args.slice(2).filter((a) => !a.startsWith('-') && a !== 'airflow'))
        state.jobs.delete(name);
      return ok('job.batch deleted');
    }
    if (line.startsWith('get configmap'))
      return state.deployState
        ? ok(state.deployState)
        : fail('Error from server (NotFound): configmaps "airflow-deploy-state" not found');
    if (line.startsWith('apply') && /kind: ConfigMap/.test(spec.stdin ?? '')) {
      state.deployState = parse(spec.stdin ?? '') as object;
      return ok('configmap/airflow-deploy-state serverside-applied');
    }
    if (line.startsWith('apply')) {
      for (const doc of (spec.stdin ?? '').split(/^---$/m)) {
        const obj = parse(doc) as {
          kind?: string;
          metadata?: { name?: string };
          data?: Record<string, string>;
        } | null;
        if (obj?.kind === 'Secret' && obj.metadata?.name)
          state.secrets.set(obj.metadata.name, obj.data ?? {});
      }
      state.secret = state.secrets.get('airflow-git-ssh-key')?.gitSshKey;
      return ok('secret serverside-applied');
    }
    if (line.startsWith('get pods'))
      return ok({
        items: [
          {
            metadata: { name: 'airflow-scheduler-0', labels: { release: 'airflow' } },
            status: {
              phase: 'Running',
              containerStatuses: [
                {
                  name: 'scheduler',
                  ready: false,
                  restartCount: 4,
                  state: { waiting: { reason: 'CrashLoopBackOff' } },
                },
              ],
            },
          },
        ],
      });
    if (line.startsWith('get events'))
      return ok({
        items: [
          {
            type: 'Warning',
            reason: 'BackOff',
            message: 'Back-off restarting failed container',
            involvedObject: { kind: 'Pod', name: 'airflow-scheduler-0' },
            lastTimestamp: '2026-11-25T11:59:00Z',
          },
        ],
      });
    return undefined;
  });
  return { runner, state };
}

export const deployedRev = (values: Record<string, unknown>, chart = 'airflow-1.22.0'): Rev => ({
  revision: 1,
  status: 'deployed',
  updated: '2026-11-25T10:00:00Z',
  chart,
  app_version: '3.2.2',
  description: 'Install complete',
  values,
});
