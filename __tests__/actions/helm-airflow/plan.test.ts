import { describe, expect, it } from '@jest/globals';
import { parseInputs } from '../../../src/actions/helm-airflow/inputs.js';
import {
  ConcurrentOperationError,
  planHelmAirflow,
  type Observed,
} from '../../../src/actions/helm-airflow/plan.js';
import type { HelmRevision } from '../../../src/lib/tools/helm.js';
import { uiService } from '../../../src/actions/helm-airflow/release.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const VALUES = { executor: 'KubernetesExecutor' };
const ago = (minutes: number): string => new Date(NOW - minutes * 60_000).toISOString();
const rev = (
  revision: number,
  status: string,
  minutesAgo = 120,
  chart = 'airflow-1.22.0',
): HelmRevision => ({
  revision,
  status,
  updated: ago(minutesAgo),
  chart,
  app_version: '3.2.2',
  description: status,
});
const inputs = (extra: Record<string, string> = {}) =>
  parseInputs((n) => ({ 'chart-version': '1.22.0', ...extra })[n] ?? '');
const plan = (observed: Partial<Observed>, extra: Record<string, string> = {}, major = 3) =>
  planHelmAirflow(
    inputs(extra),
    { values: VALUES, chart: 'apache-airflow/airflow', helmMajor: major },
    { nowMs: NOW, ...observed },
  );
const summary = (p: ReturnType<typeof plan>) =>
  p.changes.map((c) => [c.resource, c.action, c.op?.type ?? '-']);

describe('planHelmAirflow: install, upgrade, skip', () => {
  it('installs when the release does not exist', () => {
    expect(summary(plan({ history: null }))).toEqual([
      ['helm-release/airflow/airflow', 'create', 'upgrade'],
    ]);
  });

  it('skips when deployed with the same chart version and values', () => {
    const p = plan({
      history: [rev(1, 'superseded'), rev(2, 'deployed')],
      deployedValues: { ...VALUES },
    });
    expect(summary(p)).toEqual([['helm-release/airflow/airflow', 'noop', '-']]);
    expect(p.changes[0]?.reason).toContain('upgrade skipped');
  });

  it('force-upgrade overrides the skip', () => {
    const p = plan(
      { history: [rev(2, 'deployed')], deployedValues: { ...VALUES } },
      { 'force-upgrade': 'true' },
    );
    expect(summary(p)).toEqual([['helm-release/airflow/airflow', 'update', 'upgrade']]);
    expect(p.changes[0]?.reason).toBe('force-upgrade is set');
  });

  it.each([
    [
      'a different chart version',
      { history: [rev(2, 'deployed', 120, 'airflow-1.21.0')], deployedValues: VALUES },
      'chart 1.21.0 -> 1.22.0',
    ],
    [
      'different values',
      { history: [rev(2, 'deployed')], deployedValues: { executor: 'CeleryExecutor' } },
      'values differ at executor',
    ],
    [
      'a failed last revision',
      { history: [rev(1, 'deployed'), rev(2, 'failed')], deployedValues: VALUES },
      'status is failed',
    ],
  ])('upgrades for %s', (_what, observed, reason) => {
    const p = plan(observed as Partial<Observed>);
    expect(summary(p)).toEqual([['helm-release/airflow/airflow', 'update', 'upgrade']]);
    expect(p.changes[0]?.reason).toContain(reason);
  });

  it('installs over a release uninstalled with --keep-history, without uninstalling it again', () => {
    expect(summary(plan({ history: [rev(1, 'superseded'), rev(2, 'uninstalled')] }))).toEqual([
      ['helm-release/airflow/airflow', 'create', 'upgrade'],
    ]);
  });

  it('plans an install/upgrade with the commands when nothing could be observed', () => {
    const p = plan({});
    expect(p.changes[0]?.reason).toContain('not observed');
    expect(p.changes[0]?.commands[0]).toContain(
      'helm upgrade --install airflow apache-airflow/airflow --version 1.22.0',
    );
  });
});

describe('planHelmAirflow: lock recovery policy', () => {
  it.each([
    ['[F39] pending-upgrade', 'pending-upgrade'],
    ['[F39] pending-rollback', 'pending-rollback'],
  ])(
    '%s older than recover-pending-after rolls back to the last good revision, then upgrades',
    (_t, status) => {
      const p = plan({
        history: [rev(1, 'superseded'), rev(2, 'deployed'), rev(3, status, 60)],
        deployedValues: VALUES,
      });
      expect(summary(p)).toEqual([
        ['helm-release/airflow/airflow lock', 'update', 'rollback'],
        ['helm-release/airflow/airflow', 'update', 'upgrade'],
      ]);
      expect(p.changes[0]?.op).toEqual({ type: 'rollback', revision: 2 });
      expect(p.changes[0]?.commands[0]).toBe(
        'helm rollback airflow 2 --namespace airflow --wait --timeout 10m --cleanup-on-fail',
      );
    },
  );

  it('[F40] pending-install with no good revision is uninstalled, then installed', () => {
    const p = plan({ history: [rev(1, 'pending-install', 60)] });
    expect(summary(p)).toEqual([
      ['helm-release/airflow/airflow lock', 'update', 'uninstall'],
      ['helm-release/airflow/airflow', 'create', 'upgrade'],
    ]);
    expect(p.changes[1]?.op).toEqual({ type: 'upgrade', install: true });
  });

  it('[F40] pending-upgrade after a failed first install (nothing good) is uninstalled', () => {
    const p = plan({ history: [rev(1, 'failed', 90), rev(2, 'pending-upgrade', 60)] });
    expect(p.changes[0]?.op).toEqual({ type: 'uninstall' });
  });

  it.each(['pending-install', 'pending-upgrade', 'pending-rollback'])(
    '[F41] a recent %s fails without touching it, naming the command',
    (status) => {
      const call = () => plan({ history: [rev(1, 'deployed'), rev(2, status, 3)] });
      expect(call).toThrow(ConcurrentOperationError);
      expect(call).toThrow(/another helm operation may still be running/);
      expect(call).toThrow(/helm rollback airflow 1 --namespace airflow/);
    },
  );

  it('[F41] honours recover-pending-after', () => {
    const history = [rev(1, 'deployed'), rev(2, 'pending-upgrade', 30)];
    expect(() => plan({ history }, { 'recover-pending-after': '45m' })).toThrow(
      ConcurrentOperationError,
    );
    expect(plan({ history }, { 'recover-pending-after': '20m' }).changes[0]?.op).toEqual({
      type: 'rollback',
      revision: 1,
    });
  });

  it('[F43] a failed first install left behind is uninstalled before installing', () => {
    const p = plan({ history: [rev(1, 'failed')] });
    expect(summary(p)).toEqual([
      ['helm-release/airflow/airflow lock', 'update', 'uninstall'],
      ['helm-release/airflow/airflow', 'create', 'upgrade'],
    ]);
  });

  it('[F45] recovery commands use the Helm 4 wait form on Helm 4', () => {
    const p = plan({ history: [rev(1, 'deployed'), rev(2, 'pending-upgrade', 60)] }, {}, 4);
    expect(p.changes[0]?.commands[0]).toContain('--wait=watcher');
    expect(p.changes[1]?.commands[0]).toContain('--rollback-on-failure');
  });
});

describe('planHelmAirflow: the SSH key Secret', () => {
  const key = {
    'git-sync-repo': 'git@github.com:a/b.git',
    'git-ssh-key': '-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----',
  };
  it.each([
    ['absent', 'create', { type: 'ssh-secret', withNamespace: true }],
    ['different', 'update', { type: 'ssh-secret', withNamespace: false }],
    ['same', 'noop', undefined],
  ] as const)('%s -> %s', (state, action, op) => {
    const p = plan({ history: null, sshSecret: state, namespaceExists: state !== 'absent' }, key);
    expect(p.changes[0]?.resource).toBe('secret/airflow/airflow-git-ssh-key');
    expect(p.changes[0]?.action).toBe(action);
    expect(p.changes[0]?.op).toEqual(op);
  });
});

describe('UI service name', () => {
  it.each([
    [{}, {}, 'airflow-api-server'],
    [{ 'airflow-version': '2.10.5' }, {}, 'airflow-webserver'],
    [{}, { fullnameOverride: 'af' }, 'af-api-server'],
    [{}, { useStandardNaming: true }, 'airflow-api-server'],
    [{ release: 'data' }, { useStandardNaming: true }, 'data-airflow-api-server'],
  ])('%j with values %j -> %s', (extra, values, service) => {
    const ui = uiService(inputs(extra as Record<string, string>), undefined, values);
    expect(ui.service).toBe(service);
    expect(ui.command).toBe(`kubectl port-forward svc/${service} 8080:8080 --namespace airflow`);
  });
});
