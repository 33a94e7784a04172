/** The bundle and pipeline tests run the actions on Node 24, as the runner does for `using: node24`. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { actionNode } from '../test-support/node24.js';

const root = path.resolve(import.meta.dirname, '..');

describe('the Node that runs the bundles in tests', () => {
  it('is Node 24, the runtime every action.yml names', () => {
    const usings = new Set(
      readdirSync(path.join(root, 'actions')).map(
        (name) =>
          (
            parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as {
              runs: { using: string };
            }
          ).runs.using,
      ),
    );
    expect([...usings]).toEqual(['node24']);
    const version = spawnSync(actionNode(), ['-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^24\.\d+\.\d+$/);
  });
});

describe('the suite CI on GitHub', () => {
  it('runs on the lowest Node the README and engines support, and on Node 24', () => {
    const engines = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        engines: { node: string };
      }
    ).engines.node;
    const lowest = Number(/^>=(\d+)$/.exec(engines)?.[1]);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(
      `Node.js ${lowest} or later`,
    );
    const ci = parse(readFileSync(path.join(root, '.github/workflows/ci.yml'), 'utf8')) as {
      jobs: Record<string, { strategy?: { matrix?: { node?: number[] } } }>;
    };
    const nodes = Object.values(ci.jobs).flatMap((j) => j.strategy?.matrix?.node ?? []);
    expect([...nodes].sort((a, b) => a - b)).toEqual([lowest, 24]);
  });
});
