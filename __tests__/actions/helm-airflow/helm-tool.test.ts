import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import {
  ChecksumMismatchError,
  DEFAULT_HELM_VERSION,
  helmArchive,
  parseSha256File,
  resolveHelm,
  type ToolCacheApi,
} from '../../../src/lib/tools/helm-install.js';
import { compareVersions, Helm, helmArgv, parseHelmVersion } from '../../../src/lib/tools/helm.js';
import { FakeClock, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';

const upgrade = (major: number) =>
  helmArgv.upgrade({
    major,
    release: 'airflow',
    chart: 'apache-airflow/airflow',
    version: '1.22.0',
    namespace: 'airflow',
    valuesFile: '/tmp/v.json',
    timeout: '10m',
  });

describe('[F45] Helm 3 vs Helm 4 flag sets', () => {
  it('Helm 3: --wait and --atomic', () => {
    expect(upgrade(3)).toEqual([
      'upgrade',
      '--install',
      'airflow',
      'apache-airflow/airflow',
      '--version',
      '1.22.0',
      '--namespace',
      'airflow',
      '--create-namespace',
      '-f',
      '/tmp/v.json',
      '--wait',
      // Helm 3's --wait ignores Jobs: a failed migration would pass unnoticed (helm/helm
      // pkg/cmd/upgrade.go: "if set and --wait enabled, will wait until all Jobs have been completed").
      '--wait-for-jobs',
      '--timeout',
      '10m',
      '--atomic',
      '--cleanup-on-fail',
    ]);
  });
  it('Helm 4: --wait=watcher and --rollback-on-failure, never --atomic', () => {
    const argv = upgrade(4);
    // Helm 4 keeps --wait-for-jobs beside its --wait strategies (helm/helm v4 pkg/cmd/upgrade.go).
    expect(argv).toEqual(
      expect.arrayContaining(['--wait=watcher', '--wait-for-jobs', '--rollback-on-failure']),
    );
    expect(argv).not.toContain('--atomic');
    expect(argv).not.toContain('--wait');
  });
  it('[F46] never forces SSA conflicts and never passes values by --set', () => {
    for (const major of [3, 4]) {
      expect(upgrade(major)).not.toContain('--force-conflicts');
      expect(upgrade(major).some((a) => a.startsWith('--set'))).toBe(false);
    }
  });
  it('rollback and uninstall follow the same wait form', () => {
    expect(helmArgv.rollback(4, 'airflow', 'airflow', 3, '5m')).toContain('--wait=watcher');
    expect(helmArgv.uninstall(3, 'airflow', 'airflow', '5m')).toContain('--wait');
  });
  it('parses and compares versions', () => {
    expect(parseHelmVersion('v4.2.4+g1234')).toMatchObject({
      major: 4,
      minor: 2,
      patch: 4,
      text: '4.2.4',
    });
    expect(parseHelmVersion('garbage')).toBeUndefined();
    expect(compareVersions('3.19.0', '3.9.9')).toBeGreaterThan(0);
    expect(compareVersions('v3.18.2', '3.19.0')).toBeLessThan(0);
  });
});

/** A fake @actions/tool-cache whose "downloads" are files we write. */
function fakeToolCache(
  archiveBody: string,
  published: string,
): ToolCacheApi & { cached: string[]; downloads: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tc-'));
  const cached: string[] = [];
  const downloads: string[] = [];
  return {
    cached,
    downloads,
    find: () => '',
    async downloadTool(url) {
      downloads.push(url);
      const file = path.join(dir, path.basename(url));
      writeFileSync(file, url.endsWith('.sha256sum') ? published : archiveBody);
      return file;
    },
    async extractTar() {
      const out = path.join(dir, 'x');
      mkdirSync(path.join(out, 'linux-amd64'), { recursive: true });
      writeFileSync(path.join(out, 'linux-amd64', 'helm'), '#!/bin/sh\n');
      return out;
    },
    async cacheDir(source, tool, version) {
      cached.push(`${tool}@${version}`);
      return source;
    },
  };
}

const tools = (runner: ScriptedRunner) => ({
  runner,
  logger: new MemoryLogger(),
  clock: new FakeClock(),
});
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('helm on the runner', () => {
  it('uses the helm on PATH when its version fits', async () => {
    const runner = new ScriptedRunner().on((s) =>
      s.args[0] === 'version' ? ok('v3.21.4') : undefined,
    );
    const resolved = await resolveHelm(tools(runner), {
      toolCache: async () => fakeToolCache('', ''),
    });
    expect(resolved.source).toBe('path');
    expect(resolved.helm.tool).toBe('helm');
  });

  it('installs the pinned helm, verified, when the one on PATH is too old', async () => {
    const runner = new ScriptedRunner().on((s) =>
      s.args[0] === 'version' ? ok('v3.12.0') : undefined,
    );
    const tc = fakeToolCache('archive-bytes', `${sha('archive-bytes')}  helm.tar.gz\n`);
    const resolved = await resolveHelm(tools(runner), {
      toolCache: async () => tc,
      platform: 'linux',
      arch: 'x64',
    });
    expect(resolved.source).toBe('download');
    expect(resolved.version.text).toBe(DEFAULT_HELM_VERSION);
    expect(resolved.helm.tool.endsWith(path.join('linux-amd64', 'helm'))).toBe(true);
    expect(tc.downloads).toEqual([
      `https://get.helm.sh/helm-v${DEFAULT_HELM_VERSION}-linux-amd64.tar.gz`,
      `https://get.helm.sh/helm-v${DEFAULT_HELM_VERSION}-linux-amd64.tar.gz.sha256sum`,
    ]);
    expect(tc.cached).toEqual([`helm@${DEFAULT_HELM_VERSION}`]);
  });

  it('installs the requested helm-version when PATH has another one', async () => {
    const runner = new ScriptedRunner().on((s) =>
      s.args[0] === 'version' ? ok('v3.21.4') : undefined,
    );
    const tc = fakeToolCache('h4', `${sha('h4')}  helm.tar.gz\n`);
    const resolved = await resolveHelm(tools(runner), {
      requested: '4.2.4',
      toolCache: async () => tc,
      platform: 'linux',
      arch: 'arm64',
    });
    expect(resolved.version.major).toBe(4);
    expect(tc.downloads[0]).toBe('https://get.helm.sh/helm-v4.2.4-linux-arm64.tar.gz');
  });

  it('refuses an archive whose sha256 does not match the published one, and caches nothing', async () => {
    const runner = new ScriptedRunner();
    runner.missing.add('helm');
    const tc = fakeToolCache('tampered', `${sha('original')}  helm.tar.gz\n`);
    const call = resolveHelm(tools(runner), {
      toolCache: async () => tc,
      platform: 'linux',
      arch: 'x64',
    });
    await expect(call).rejects.toThrow(ChecksumMismatchError);
    await expect(
      resolveHelm(tools(runner), { toolCache: async () => tc, platform: 'linux', arch: 'x64' }),
    ).rejects.toThrow(/refusing helm-v.*sha256 is .* but get.helm.sh publishes/);
    expect(tc.cached).toEqual([]);
  });

  it('rejects a published checksum file that is not a sha256', () => {
    expect(() => parseSha256File('<html>404</html>')).toThrow(ChecksumMismatchError);
    expect(parseSha256File(`${'A'.repeat(64)}  x`)).toBe('a'.repeat(64));
    expect(helmArchive('v3.21.4', 'darwin', 'arm64')).toBe('helm-v3.21.4-darwin-arm64.tar.gz');
  });
});

describe('Helm reads', () => {
  const helmWith = (stderr: string) => {
    const runner = new ScriptedRunner().on((s) =>
      s.args[0] === 'history' ? { exitCode: 1, stdout: '', stderr } : undefined,
    );
    return new Helm(tools(runner));
  };
  it('reads "release: not found" as no release', async () => {
    expect(
      await helmWith('Error: release: not found').history('airflow', 'airflow'),
    ).toBeUndefined();
  });
  it('fails on any other "not found" instead of planning a fresh install', async () => {
    await expect(
      helmWith('Error: Kubernetes cluster unreachable: context "gke_x" not found').history(
        'airflow',
        'airflow',
      ),
    ).rejects.toThrow(/cluster unreachable/);
  });
});
