/**
 * The release workflow's tag logic (scripts/release/move-major-tag.sh), run in bash against a
 * real git repository: a bare "origin" and a working clone, as the release job sees them after
 * actions/checkout with fetch-depth: 0.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(root, 'scripts/release/move-major-tag.sh');

const GIT_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: tmpdir(),
  GIT_AUTHOR_NAME: 'release-test',
  GIT_AUTHOR_EMAIL: 'release-test@example.com',
  GIT_COMMITTER_NAME: 'release-test',
  GIT_COMMITTER_EMAIL: 'release-test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

let dir: string;
let origin: string;
let work: string;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: 'pipe' }).trim();
}

/** A commit in the working clone; returns its SHA. */
function commit(message: string): string {
  git(work, 'commit', '--allow-empty', '-q', '-m', message);
  return git(work, 'rev-parse', 'HEAD');
}

/** Tags HEAD (annotated, as a release would be) and pushes it, like `git push origin vX.Y.Z`. */
function release(tag: string): string {
  git(work, 'tag', '-a', tag, '-m', tag);
  git(work, 'push', '-q', 'origin', `refs/tags/${tag}`);
  return git(work, 'rev-parse', `${tag}^{commit}`);
}

/** What origin says a tag points at (peeled), or undefined. */
function originTag(name: string): string | undefined {
  const out = spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`], {
    cwd: origin,
    env: GIT_ENV,
    encoding: 'utf8',
  });
  return out.status === 0 ? out.stdout.trim() : undefined;
}

function move(tag: string): { code: number | null; out: string } {
  const r = spawnSync('bash', ['--noprofile', '--norc', SCRIPT, tag], {
    cwd: work,
    env: GIT_ENV,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'release-tag-'));
  origin = path.join(dir, 'origin.git');
  work = path.join(dir, 'work');
  git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
  git(dir, 'clone', '-q', origin, work);
  git(work, 'checkout', '-q', '-b', 'main');
  commit('initial');
  git(work, 'push', '-q', 'origin', 'main');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('move-major-tag.sh', () => {
  it('creates v1 at the first release, moves it forward to the next, and a re-run pushes nothing', () => {
    const first = release('v1.0.0');
    expect(move('v1.0.0').code).toBe(0);
    expect(originTag('v1')).toBe(first);

    const second = commit('feature');
    git(work, 'push', '-q', 'origin', 'main');
    expect(release('v1.1.0')).toBe(second);
    const moved = move('v1.1.0');
    expect(moved.code).toBe(0);
    expect(moved.out).toContain('Moved v1');
    expect(originTag('v1')).toBe(second);

    const again = move('v1.1.0');
    expect(again.code).toBe(0);
    expect(again.out).toContain('already at v1.1.0');
    expect(originTag('v1')).toBe(second);
  });

  it('never moves v1 backwards for a back-port release tagged after a higher one', () => {
    const base = release('v1.0.0');
    commit('feature');
    git(work, 'push', '-q', 'origin', 'main');
    const latest = release('v1.1.0');
    expect(move('v1.1.0').code).toBe(0);
    // a fix on a maintenance branch cut at v1.0.0, merged back into main afterwards
    git(work, 'checkout', '-q', '-b', 'release-1.0', base);
    commit('back-port fix');
    const backport = release('v1.0.1');
    git(work, 'checkout', '-q', 'main');
    git(work, 'merge', '-q', '--no-edit', 'release-1.0');
    git(work, 'push', '-q', 'origin', 'main');
    const result = move('v1.0.1');
    expect(result.code).toBe(0);
    expect(result.out).toContain('not the highest v1 release (v1.1.0 is)');
    expect(originTag('v1')).toBe(latest);
    expect(originTag('v1')).not.toBe(backport);
  });

  it('v1.10.0 is higher than v1.9.0 (version order, not text order)', () => {
    release('v1.9.0');
    commit('next');
    git(work, 'push', '-q', 'origin', 'main');
    const ten = release('v1.10.0');
    expect(move('v1.10.0').code).toBe(0);
    expect(originTag('v1')).toBe(ten);
    expect(move('v1.9.0').out).toContain('not the highest');
    expect(originTag('v1')).toBe(ten);
  });

  it('refuses a release whose commit is not on main, moving nothing', () => {
    const onMain = release('v1.0.0');
    expect(move('v1.0.0').code).toBe(0);
    git(work, 'checkout', '-q', '-b', 'experiment');
    commit('not reviewed on main');
    release('v1.2.0');
    const result = move('v1.2.0');
    expect(result.code).toBe(1);
    expect(result.out).toContain('::error::v1.2.0');
    expect(result.out).toContain('is not on main');
    expect(originTag('v1')).toBe(onMain);
  });

  it('refuses to move v1 sideways when the new release does not descend from it', () => {
    release('v1.0.0');
    expect(move('v1.0.0').code).toBe(0);
    const old = originTag('v1');
    // main rewritten (force-pushed): the new release is on main but v1's commit is not behind it
    git(work, 'checkout', '-q', '--orphan', 'rewritten');
    commit('rewritten history');
    git(work, 'push', '-q', '--force', 'origin', 'rewritten:main');
    release('v1.1.0');
    const result = move('v1.1.0');
    expect(result.code).toBe(1);
    expect(result.out).toContain('backwards or sideways');
    expect(originTag('v1')).toBe(old);
  });

  it('keeps majors apart: v2.0.0 creates v2 and leaves v1', () => {
    const one = release('v1.0.0');
    expect(move('v1.0.0').code).toBe(0);
    commit('breaking');
    git(work, 'push', '-q', 'origin', 'main');
    const two = release('v2.0.0');
    expect(move('v2.0.0').code).toBe(0);
    expect([originTag('v1'), originTag('v2')]).toEqual([one, two]);
  });

  it.each(['v1.2', 'v01.2.3', 'v1.2.3-rc.1', '1.2.3', 'v1', '', 'v1.2.3;touch x'])(
    '[F61] refuses the tag %j before touching git',
    (tag) => {
      const result = move(tag);
      expect(result.code).toBe(1);
      expect(result.out).toContain('strict vX.Y.Z');
      expect(originTag('v1')).toBeUndefined();
    },
  );
});

describe('release.yml', () => {
  interface Job {
    needs?: string | string[];
    permissions?: Record<string, string>;
    environment?: string;
    steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
  }
  const workflow = parse(
    readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8'),
  ) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const jobs = Object.entries(workflow.jobs);

  it('runs on strict vX.Y.Z tag pushes only (GitHub filter pattern)', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
  });

  it('only read tokens: the job that runs npm ci and the tests can write nothing and sees no secret', () => {
    expect(workflow.permissions).toEqual({});
    for (const [, job] of jobs) expect(job.permissions).toEqual({ contents: 'read' });
    const testing = jobs.filter(([, j]) => j.steps.some((s) => /npm (ci|test)/.test(s.run ?? '')));
    expect(testing.length).toBeGreaterThan(0);
    for (const [, job] of testing) {
      expect(JSON.stringify(job)).not.toContain('secrets.');
      expect(job.steps.some((s) => s.run?.includes('move-major-tag.sh'))).toBe(false);
    }
  });

  it('moves the tag in a separate job after verify, with the app token, through the tested script', () => {
    const movers = jobs.filter(([, j]) =>
      j.steps.some((s) => s.run?.includes('move-major-tag.sh')),
    );
    expect(movers).toHaveLength(1);
    const [, mover] = movers[0] ?? ['', { steps: [] } as Job];
    expect(mover.needs).toEqual('verify');
    expect(mover.environment).toBe('release');
    const token = mover.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'));
    expect(token?.with).toMatchObject({
      'permission-contents': 'write',
      'permission-workflows': 'write',
    });
    expect(mover.steps.some((s) => s.run?.includes('npm'))).toBe(false);
  });
});
