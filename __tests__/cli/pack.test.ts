/**
 * The package as `npx <package> plan` gets it, without the network: `npm pack`, then what npm
 * does when it installs the tarball into its cache and runs the bin.
 * - npm exec "installs the requested packages to a folder in the npm cache" and runs the
 *   package's single `bin` entry (npm docs, commands/npm-exec.md, "the package has a single
 *   entry in its bin field ... that command will be used").
 * - Installing a package runs its `preinstall`, `install` and `postinstall` scripts ("These are
 *   run from the scripts of <pkg-name>": npm docs, using-npm/scripts.md, "npm install").
 * - A bin is linked into node_modules/.bin and must start with `#!/usr/bin/env node`
 *   (npm docs, configuring-npm/package-json.md, "bin").
 * Runtime dependencies are not installed here: the bin is one self-contained bundle, so a plan
 * must run with no node_modules beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve('.');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
// No registry, ever: an npm command that tried one would fail rather than fetch.
const offline = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false' };

let dir = '';
let files: string[] = [];
let installed = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: root,
    env: offline,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  files = (packed?.files ?? []).map((f) => f.path);
  // As npm lays a package out in its cache: node_modules/<name>, bins linked in .bin.
  const modules = path.join(dir, 'npx-cache', 'node_modules');
  mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(dir, packed?.filename ?? ''), '-C', modules]);
  installed = path.join(modules, pkg.name);
  renameSync(path.join(modules, 'package'), installed);
  mkdirSync(path.join(modules, '.bin'));
  for (const [name, target] of Object.entries(pkg.bin)) {
    chmodSync(path.join(installed, target), 0o755);
    symlinkSync(path.join('..', pkg.name, target), path.join(modules, '.bin', name));
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package (npx <package> plan)', () => {
  it('has one bin, so npm exec can pick it, and it is a node script', () => {
    expect(Object.keys(pkg.bin)).toHaveLength(1);
    const bin = Object.values(pkg.bin)[0] ?? '';
    expect(readFileSync(path.join(installed, bin), 'utf8').split('\n')[0]).toBe(
      '#!/usr/bin/env node',
    );
  });

  it('holds the CLI bundle with every chunk it loads, and none of the sources or tests', () => {
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('examples/platform.yaml');
    // Every chunk the entry asks for by name (ncc splits lazily imported modules out).
    const entry = readFileSync(path.join(root, 'dist/cli/index.js'), 'utf8');
    const chunks = [...new Set([...entry.matchAll(/"(\d+)\.index\.js"/g)].map((m) => m[1]))];
    for (const id of chunks) expect(files).toContain(`dist/cli/${id}.index.js`);
    const tops = new Set(files.map((f) => f.split('/')[0]));
    for (const dev of ['src', '__tests__', 'test-support', 'tools', 'scripts', 'node_modules']) {
      expect(tops.has(dev)).toBe(false);
    }
    // Only the CLI's bundle: the actions run from the repository, not from this package.
    expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/cli/'))).toEqual([]);
  });

  it('runs its postinstall, as npm would on install, without the network or the dev tree', () => {
    const run = spawnSync('npm', ['run', 'postinstall'], {
      cwd: installed,
      env: offline,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(existsSync(path.join(installed, 'tools'))).toBe(false);
  });

  it('plans the example platform offline from the bin link, with no node_modules beside it', () => {
    const project = mkdtempSync(path.join(dir, 'laptop-'));
    // A platform repository laid out like the packed examples (the platform file names its
    // values, config and manifests relative to the repository root). Outside Actions, image
    // tags come from its `git rev-parse HEAD`.
    cpSync(path.join(installed, 'examples'), path.join(project, 'examples'), { recursive: true });
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', ...args], {
        cwd: project,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'platform');
    const bin = path.join(dir, 'npx-cache', 'node_modules', '.bin', Object.keys(pkg.bin)[0] ?? '');
    const run = spawnSync(bin, ['plan', '--config', 'examples/platform.yaml', '--offline'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        // The bin's shebang finds node on PATH, as on a laptop; nothing else is inherited.
        PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: project,
        CLOUDSDK_CONFIG: path.join(project, 'no-gcloud-config'),
      },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Offline plan');
    expect([...run.stdout.matchAll(/^== ([a-z-]+) /gm)].map((m) => m[1])).toEqual([
      'setup-wi',
      'gcs-log-bucket',
      'build-push-image',
      'helm-airflow',
      'apply-litellm',
      'deploy-app',
    ]);
    expect(existsSync(path.join(installed, 'node_modules'))).toBe(false);
    expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
  });
});
