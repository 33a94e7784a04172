/** Keeps every action's input/output name constants equal to its action.yml, and the catalog current. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const actions = readdirSync(path.join(root, 'src/actions')).filter((n) =>
  existsSync(path.join(root, 'src/actions', n, 'index.ts')),
);

/** Actions that read no platform file: plan-comment reports on the other actions' plans. */
const WITHOUT_PLATFORM_FILE = new Set(['plan-comment']);

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
  branding?: unknown;
}

function readYml(name: string): ActionYml {
  return parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}

describe('action.yml files', () => {
  it('every action under src/actions has actions/<name>/action.yml, and no action.yml lacks a source', () => {
    const ymls = readdirSync(path.join(root, 'actions')).filter((n) =>
      existsSync(path.join(root, 'actions', n, 'action.yml')),
    );
    expect(ymls.sort()).toEqual([...actions].sort());
  });

  it.each(actions)(
    '%s: runs node24 from ../../dist/<name>/index.js, with descriptions and branding',
    (name) => {
      const yml = readYml(name);
      expect(yml.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
      expect(yml.description.length).toBeGreaterThan(20);
      expect(yml.branding).toBeDefined();
      for (const [key, spec] of Object.entries({ ...yml.inputs, ...yml.outputs })) {
        expect([key, (spec.description ?? '').length > 5]).toEqual([key, true]);
      }
      for (const [key, spec] of Object.entries(yml.inputs ?? {})) {
        expect([key, /^[a-z][a-z0-9-]*$/.test(key)]).toEqual([key, true]);
        if (spec.default !== undefined) expect([key, typeof spec.default]).toEqual([key, 'string']);
      }
    },
  );

  it.each(actions)('%s: Inputs/Outputs constants equal the action.yml', async (name) => {
    const mod = (await import(
      pathToFileURL(path.join(root, 'src/actions', name, 'inputs.ts')).href
    )) as {
      Inputs: Record<string, string>;
      Outputs: Record<string, string>;
    };
    const yml = readYml(name);
    expect(Object.values(mod.Inputs).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort());
    expect(Object.values(mod.Outputs).sort()).toEqual(Object.keys(yml.outputs ?? {}).sort());
    expect(Object.values(mod.Inputs)).toContain('dry-run');
    if (!WITHOUT_PLATFORM_FILE.has(name)) expect(Object.values(mod.Inputs)).toContain('config');
  });

  it('action-catalog.md is current (npm run catalog)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/catalog.mjs', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
