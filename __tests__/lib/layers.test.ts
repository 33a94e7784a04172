/**
 * Layers in src/lib only import downward (DESIGN.md, "Seams and side effects"; issue 11 item 3).
 * A module's layer is its folder under src/lib (a file directly in src/lib is its own entry), so
 * a new folder must be placed in LAYERS before anything in it can pass.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LIB = path.resolve('src/lib');

/** Lowest first: a module may import its own layer and any layer listed before it. */
const LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'fs.ts'],
  ['log'], // the Logger interface and MemoryLogger
  ['validate'], // rules for values, pure
  ['inputs'], // input helpers: parse, limits, secret lines, file reads, YAML documents
  ['exec'], // the Runner seam
  ['tools'], // one wrapper per CLI, over the Runner
  ['config'], // the platform file
  ['reconcile'], // the engine and the ActionDefinition
  ['k8s'], // the shared Kubernetes deploy flow, on the engine
  ['action'], // the GitHub front end
];

/** The layer entry of a path inside src/lib: its first folder, or the file's own name. */
function entryOf(relative: string): string {
  return relative.split('/')[0] ?? relative;
}

function rankOf(entry: string): number {
  return LAYERS.findIndex((layer) => layer.includes(entry));
}

/** Relative module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s+['"](\.[^'"]+)['"]/g,
    /\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g,
    /\bimport\s+['"](\.[^'"]+)['"]/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1] ?? '');
  return found;
}

/**
 * Every import in `files` (paths relative to src/lib → source text) that goes upward, leaves
 * src/lib, or comes from or goes to a folder LAYERS does not place.
 */
function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, source] of files) {
    const from = entryOf(file);
    const fromRank = rankOf(from);
    if (fromRank < 0) problems.push(`${file}: "${from}" is not placed in LAYERS`);
    for (const spec of importsOf(source)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (target.startsWith('..')) {
        problems.push(`${file} imports ${spec}, outside src/lib`);
        continue;
      }
      const to = entryOf(target.replace(/\.js$/, '.ts'));
      const toRank = rankOf(to);
      if (toRank < 0) problems.push(`${file} imports ${spec}: "${to}" is not placed in LAYERS`);
      else if (fromRank >= 0 && toRank > fromRank)
        problems.push(`${file} (${from}) imports ${spec}, a higher layer (${to})`);
    }
  }
  return problems;
}

function libSources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(LIB, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const relative = entry.split(path.sep).join('/');
    files.set(relative, readFileSync(path.join(LIB, entry), 'utf8'));
  }
  return files;
}

describe('layers in src/lib', () => {
  it('no module imports a higher layer or leaves src/lib', () => {
    const files = libSources();
    expect(files.size).toBeGreaterThan(50);
    expect(layerViolations(files)).toEqual([]);
  });

  it('every folder of src/lib is placed in a layer', () => {
    const entries = new Set([...libSources().keys()].map(entryOf));
    expect([...entries].filter((e) => rankOf(e) < 0)).toEqual([]);
  });

  it('fails on a planted upward import (exec importing the GitHub front end)', () => {
    const files = new Map([
      ['exec/runner.ts', "import type { ActionIO } from '../action/io.js';\n"],
      ['action/io.ts', "import { Redactor } from '../exec/redact.js';\n"],
    ]);
    expect(layerViolations(files)).toEqual([
      'exec/runner.ts (exec) imports ../action/io.js, a higher layer (action)',
    ]);
  });

  it('fails on a dynamic import upward, an import out of src/lib and an unplaced folder', () => {
    const files = new Map([
      ['validate/rules.ts', "const m = await import('../k8s/images.js');\n"],
      ['tools/helm.ts', "export { x } from '../../actions/helm-airflow/values.js';\n"],
      ['misc/thing.ts', "import { a } from '../errors.js';\n"],
    ]);
    expect(layerViolations(files)).toEqual([
      'validate/rules.ts (validate) imports ../k8s/images.js, a higher layer (k8s)',
      'tools/helm.ts imports ../../actions/helm-airflow/values.js, outside src/lib',
      'misc/thing.ts: "misc" is not placed in LAYERS',
    ]);
  });
});
