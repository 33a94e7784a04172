/**
 * The bundles load undici on demand (src/bundle/undici-on-demand.ts): every package's `undici`
 * import resolves to that module at build time (tsconfig.json `paths`), and the real undici sits
 * beside each index.js as undici.cjs. These tests read the built dist/ and its source maps;
 * __tests__/actions/plan-comment/bundle.test.ts runs a bundle through a proxy, which loads it.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as onDemand from '../src/bundle/undici-on-demand.js';

const root = path.resolve(import.meta.dirname, '..');
const bundles = readdirSync(path.join(root, 'dist')).filter((n) =>
  existsSync(path.join(root, 'dist', n, 'index.js')),
);

interface SourceMap {
  readonly sources: readonly string[];
  readonly sourcesContent?: readonly (string | null)[];
}

/** Every source map of a bundle folder: index.js's and its chunks'. */
function mapsOf(name: string): SourceMap[] {
  const dir = path.join(root, 'dist', name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js.map'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as SourceMap);
}

/**
 * The names a module's source takes from undici, in the forms the toolkit's builds use:
 * `import { A, B } from 'undici'` (ESM) and `const x = require("undici")` then `x.A` (CommonJS).
 * Any other form is reported as "(unrecognised import)", so a new form fails the test.
 */
function undiciNames(source: string): string[] {
  const names: string[] = [];
  let forms = 0;
  for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]undici['"]/g)) {
    forms += 1;
    for (const part of (m[1] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  for (const m of source.matchAll(/(\w+)\s*=\s*require\(\s*['"]undici['"]\s*\)/g)) {
    forms += 1;
    for (const use of source.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, 'g'))) names.push(use[1]!);
  }
  const all = source.match(/from\s*['"]undici['"]|require\(\s*['"]undici['"]\s*\)/g) ?? [];
  if (all.length > forms) names.push('(unrecognised import)');
  return names;
}

describe('undici, loaded on demand', () => {
  it('reads the names each import form takes', () => {
    expect(undiciNames("import { ProxyAgent } from 'undici';\nnew ProxyAgent({})")).toEqual([
      'ProxyAgent',
    ]);
    expect(undiciNames('const undici_1 = require("undici");\nnew undici_1.ProxyAgent(o)')).toEqual([
      'ProxyAgent',
    ]);
    expect(undiciNames("import undici from 'undici';")).toEqual(['(unrecognised import)']);
    expect(undiciNames("import { fetch as f, Agent } from 'undici';")).toEqual(['fetch', 'Agent']);
  });

  it('the on-demand module forwards what it says it does', () => {
    expect(Object.keys(onDemand).sort()).toEqual(['ProxyAgent', 'UNDICI_FILE', 'fetch']);
    expect(onDemand.UNDICI_FILE).toBe('undici.cjs');
  });

  it('there is a bundle for each action and the CLI', () => {
    expect(bundles).toContain('cli');
    expect(bundles.length).toBeGreaterThan(1);
  });

  it.each(bundles)(
    'dist/%s: no undici source in index.js or its chunks, only the on-demand module',
    (name) => {
      const sources = mapsOf(name).flatMap((m) => m.sources);
      expect(sources.filter((s) => s.includes('node_modules/undici/'))).toEqual([]);
      expect(sources.some((s) => s.endsWith('src/bundle/undici-on-demand.ts'))).toBe(true);
    },
  );

  it.each(bundles)(
    'dist/%s: every bundled import of undici names only what the on-demand module forwards',
    (name) => {
      const forwarded = Object.keys(onDemand).filter((k) => k !== 'UNDICI_FILE');
      const importers: string[] = [];
      for (const map of mapsOf(name)) {
        map.sources.forEach((source, i) => {
          if (!source.includes('node_modules/')) return;
          const names = undiciNames(map.sourcesContent?.[i] ?? '');
          if (names.length === 0) return;
          importers.push(source);
          expect({ source, missing: names.filter((n) => !forwarded.includes(n)) }).toEqual({
            source,
            missing: [],
          });
        });
      }
      // @actions/core reaches @actions/http-client in every bundle.
      expect(importers.some((s) => s.includes('@actions/http-client'))).toBe(true);
    },
  );

  it.each(bundles)('dist/%s/undici.cjs is the real undici, with its licence', (name) => {
    const dir = path.join(root, 'dist', name);
    const undici = createRequire(import.meta.url)(path.join(dir, onDemand.UNDICI_FILE)) as Record<
      string,
      unknown
    >;
    expect(typeof undici.ProxyAgent).toBe('function');
    expect(typeof undici.fetch).toBe('function');
    expect(typeof undici.Agent).toBe('function');
    expect(readFileSync(path.join(dir, 'licenses.txt'), 'utf8')).toMatch(/^undici\nMIT\n/m);
  });
});
