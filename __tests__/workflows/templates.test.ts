// The starter templates as GitHub shows them (properties files), and the docs that go with
// them: the pinned-action table and the variables/secrets table must match the workflows.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PINS } from '../../test-support/workflows/pins.js';
import { actionRepo, loadShipped, repoRoot } from '../../test-support/workflows/index.js';

const TEMPLATES = join(repoRoot, 'workflows-templates');
const docs = readFileSync(join(repoRoot, 'docs', 'wif-setup.md'), 'utf8');
const shipped = loadShipped();

/** Rows of the markdown table that follows `heading`. */
function tableAfter(heading: string): string[][] {
  const start = docs.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of docs.slice(start).split('\n').slice(1)) {
    if (line.startsWith('|'))
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    else if (rows.length > 0) break;
  }
  return rows.slice(2); // header and separator
}

describe('workflows-templates', () => {
  const ymls = readdirSync(TEMPLATES).filter((f) => f.endsWith('.yml'));

  it('holds the starters', () => {
    expect(ymls.sort()).toEqual([
      'app-repo-caller.yml',
      'deploy-environment.yml',
      'deploy-platform.yml',
      'drift.yml',
      'plan-on-pull-request.yml',
      'rollback.yml',
    ]);
  });

  it.each(ymls.map((f) => [f]))('%s has a valid properties file', (file) => {
    const path = join(TEMPLATES, file.replace(/\.yml$/, '.properties.json'));
    expect(existsSync(path)).toBe(true);
    const props = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(typeof props.name).toBe('string');
    expect(typeof props.description).toBe('string');
    expect(props.iconName).toMatch(/^octicon [a-z-]+$/);
    expect(Array.isArray(props.categories) && props.categories.length > 0).toBe(true);
    for (const pattern of (props.filePatterns as string[] | undefined) ?? []) {
      expect(() => new RegExp(pattern)).not.toThrow();
    }
  });

  it('has no properties file without a template', () => {
    const props = readdirSync(TEMPLATES).filter((f) => f.endsWith('.properties.json'));
    expect(props.map((p) => p.replace('.properties.json', '.yml')).sort()).toEqual(ymls.sort());
  });
});

describe('docs/wif-setup.md', () => {
  it('[F57] lists exactly the recorded pins, with the same releases', () => {
    const rows = tableAfter('## Pinned actions').map(([action, version, sha]) => ({
      action,
      version,
      sha,
    }));
    expect(rows).toEqual(PINS.map(({ action, version, sha }) => ({ action, version, sha })));
  });

  it('[F57] every recorded pin is used, and every used action is recorded', () => {
    const used = new Set(
      shipped.flatMap(({ workflow }) =>
        workflow.jobs.flatMap((j) => j.steps.map((s) => (s.uses ? actionRepo(s.uses) : undefined))),
      ),
    );
    used.delete('org/deploy');
    used.delete(undefined);
    expect([...used].sort()).toEqual(PINS.map((p) => p.action).sort());
  });

  it('documents every variable and secret the templates read', () => {
    const documented = new Set(
      tableAfter('## 7. Variables and secrets').map((r) => r[0]?.replace(/`/g, '')),
    );
    const templates = shipped.filter((w) => w.workflow.file.startsWith('workflows-templates/'));
    const read = new Set(
      templates.flatMap(({ text }) =>
        [...text.matchAll(/\b(?:vars|secrets)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]),
      ),
    );
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.has(name))).toEqual([]);
  });
});
