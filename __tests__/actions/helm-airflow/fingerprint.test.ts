/** The deploy-state fingerprint a read-only plan decides Helm's skip from (fingerprint.ts). */
import { describe, expect, it } from '@jest/globals';
import {
  planFromDeployState,
  publicValues,
  valuesFingerprint,
} from '../../../src/actions/helm-airflow/fingerprint.js';

const values = {
  webserver: { defaultUser: { username: 'ops', password: 'pw-1' } },
  dags: { gitSync: { repo: 'git@github.com:acme/dags.git', sshKeySecret: 'airflow-git-ssh-key' } },
  fernetKey: 'f-1',
};

describe('valuesFingerprint', () => {
  it('leaves secrets out, so it neither publishes nor depends on them', () => {
    expect(JSON.stringify(publicValues(values))).not.toMatch(/pw-1|f-1|sshKeySecret/);
    const rotated = {
      ...values,
      webserver: { defaultUser: { username: 'ops', password: 'pw-2' } },
      fernetKey: 'f-2',
    };
    expect(valuesFingerprint('c', '1.22.0', rotated)).toBe(
      valuesFingerprint('c', '1.22.0', values),
    );
    // A plan has no secret inputs at all: same fingerprint as the deploy that had them.
    const { fernetKey: _f, ...withoutSecrets } = values;
    const planned = {
      ...withoutSecrets,
      webserver: { defaultUser: { username: 'ops' } },
      dags: { gitSync: { repo: values.dags.gitSync.repo } },
    };
    expect(valuesFingerprint('c', '1.22.0', planned)).toBe(
      valuesFingerprint('c', '1.22.0', values),
    );
  });

  it('changes with a public value, the chart or its version; key order does not matter', () => {
    const base = valuesFingerprint('c', '1.22.0', values);
    expect(valuesFingerprint('c', '1.23.0', values)).not.toBe(base);
    expect(valuesFingerprint('other', '1.22.0', values)).not.toBe(base);
    expect(
      valuesFingerprint('c', '1.22.0', { ...values, dags: { gitSync: { repo: 'x' } } }),
    ).not.toBe(base);
    const reordered = { fernetKey: 'f-1', dags: values.dags, webserver: values.webserver };
    expect(valuesFingerprint('c', '1.22.0', reordered)).toBe(base);
  });
});

describe('planFromDeployState', () => {
  const desired = { fingerprint: 'sha256:a', chartVersion: '1.22.0' };
  const plan = (recorded: Parameters<typeof planFromDeployState>[2], force = false) =>
    planFromDeployState(
      'helm-release/airflow/airflow',
      desired,
      recorded,
      force,
      'helm upgrade ...',
    );

  it.each([
    [
      { state: 'recorded', fingerprint: 'sha256:a', chartVersion: '1.22.0' } as const,
      false,
      'noop',
      /upgrade skipped/,
    ],
    [
      { state: 'recorded', fingerprint: 'sha256:a', chartVersion: '1.22.0' } as const,
      true,
      'update',
      /force-upgrade/,
    ],
    [
      { state: 'recorded', fingerprint: 'sha256:b', chartVersion: '1.21.0' } as const,
      false,
      'update',
      /chart 1\.21\.0 -> 1\.22\.0/,
    ],
    [{ state: 'absent' } as const, false, 'update', /no deploy-state record/],
    [
      { state: 'not-observable', why: 'not observable: forbidden to read configmap x' } as const,
      false,
      'update',
      /^not observable: forbidden/,
    ],
  ])('%j (force %s) -> %s', (recorded, force, action, reason) => {
    const change = plan(recorded, force);
    expect(change.action).toBe(action);
    expect(change.reason).toMatch(reason);
    expect(change.commands).toEqual(action === 'noop' ? [] : ['helm upgrade ...']);
  });
});
