import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../../src/lib/errors.js';
import {
  MAX_YAML_ALIASES,
  parseYamlDocument,
  parseYamlDocuments,
} from '../../../src/lib/inputs/yaml.js';

const SOURCE = { input: 'values-files', where: 'chart/values.yaml' };

async function failure(p: Promise<unknown>): Promise<ConfigurationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigurationError);
  return err as ConfigurationError;
}

/**
 * A "billion laughs" document: each level doubles the one before through aliases. yaml 2.x
 * refuses it when one anchor's expansions pass maxAliasCount (yaml src/nodes/Alias.ts,
 * `data.count * data.aliasCount > maxAliasCount`: "Excessive alias count indicates a resource
 * exhaustion attack"; the option is documented as "Prevent exponential entity expansion
 * attacks by limiting data aliasing count", default 100: https://eemeli.org/yaml/#options).
 */
function laughs(levels: number): string {
  const lines = ['a0: &a0 [lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
  return `${lines.join('\n')}\n`;
}

describe('parseYamlDocument: the one YAML parser', () => {
  it('parses a mapping, and an empty text as undefined', async () => {
    await expect(parseYamlDocument('a: 1\nb: [x, y]\n', SOURCE)).resolves.toEqual({
      a: 1,
      b: ['x', 'y'],
    });
    await expect(parseYamlDocument('# only a comment\n', SOURCE)).resolves.toBeUndefined();
  });

  it('[F67] refuses an alias bomb, naming the input and the file', async () => {
    const err = await failure(parseYamlDocument(laughs(12), SOURCE));
    expect(err.message).toMatch(
      /^input "values-files": chart\/values\.yaml is not valid YAML: Excessive alias count/,
    );
  });

  it('allows honest aliases up to the limit and refuses past it', async () => {
    const uses = (n: number): string => `base: &b {x: 1}\nlist:\n${'  - *b\n'.repeat(n)}`;
    // The anchored node itself counts once (yaml src/nodes/toJS.ts starts an anchor at
    // `count: 1`), so the limit allows one alias fewer than its number.
    await expect(parseYamlDocument(uses(MAX_YAML_ALIASES - 1), SOURCE)).resolves.toBeDefined();
    const err = await failure(parseYamlDocument(uses(MAX_YAML_ALIASES), SOURCE));
    expect(err.input).toBe('values-files');
    expect(err.rule).toMatch(/chart\/values\.yaml is not valid YAML: Excessive alias count/);
    // A caller may lower the limit, and the message still names the input and the file.
    const strict = await failure(parseYamlDocument(uses(3), SOURCE, { maxAliases: 2 }));
    expect(strict.rule).toMatch(/^chart\/values\.yaml is not valid YAML/);
  });

  it('refuses text over the size limit before parsing it, naming the input and the file', async () => {
    const err = await failure(
      parseYamlDocument(`a: ${'x'.repeat(64)}\n`, SOURCE, { maxBytes: 32 }),
    );
    expect(err.message).toBe(
      'input "values-files": chart/values.yaml is 68 bytes of YAML; the limit is 32 bytes',
    );
  });

  it('shows only the first line of a syntax error, never the source frame', async () => {
    const text = 'password: hunter2-secret\n  bad: [x\n';
    const err = await failure(
      parseYamlDocument(text, { input: 'values', where: 'the values input' }),
    );
    expect(err.message).toMatch(
      /^input "values": the values input is not valid YAML: .+ at line \d+, column \d+$/,
    );
    expect(err.message).not.toContain('hunter2');
    expect(err.message).not.toContain('\n');
  });

  it('refuses a second document where one is expected', async () => {
    const err = await failure(parseYamlDocument('a: 1\n---\nb: 2\n', SOURCE));
    expect(err.rule).toBe(
      'chart/values.yaml holds 2 YAML documents; give one (no "---" between parts)',
    );
  });

  it('refuses an alias to an anchor that is not defined', async () => {
    const err = await failure(parseYamlDocument('a: *nowhere\n', SOURCE));
    expect(err.rule).toMatch(/^chart\/values\.yaml is not valid YAML: .*nowhere/);
  });
});

describe('parseYamlDocuments: streams', () => {
  const manifests = { input: 'manifests', where: 'k8s/app.yaml' };

  it('returns every document, empty ones kept so numbers match the file', async () => {
    await expect(parseYamlDocuments('a: 1\n---\n---\nb: 2\n', manifests)).resolves.toEqual([
      { a: 1 },
      null,
      { b: 2 },
    ]);
  });

  it('names the document that fails, with the input and the file', async () => {
    const err = await failure(parseYamlDocuments('a: 1\n---\nb: [\n', manifests));
    expect(err.message).toMatch(/^input "manifests": k8s\/app\.yaml document 2 is not valid YAML/);
    const bomb = await failure(parseYamlDocuments(`x: 1\n---\n${laughs(12)}`, manifests));
    expect(bomb.message).toMatch(/k8s\/app\.yaml document 2 is not valid YAML: Excessive alias/);
  });
});

describe('every YAML parse in src goes through src/lib/inputs/yaml.ts', () => {
  it('no other module imports a parse function of the yaml library', () => {
    const root = path.resolve('src');
    const offenders = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith(path.join('inputs', 'yaml.ts')))
      .filter((f) => {
        const text = readFileSync(path.join(root, f), 'utf8');
        // Static or dynamic imports of yaml that take anything but stringify.
        return [...text.matchAll(/\{([^{}]*)\}\s*(?:=\s*await\s+import\(|from\s+)'yaml'/g)].some(
          (m) => (m[1] ?? '').split(',').some((name) => !/^\s*(stringify)?\s*$/.test(name)),
        );
      });
    expect(offenders).toEqual([]);
  });

  it('the check sees a planted parse import', () => {
    const planted = "  const { parse } = await import('yaml');\n";
    const hits = [...planted.matchAll(/\{([^{}]*)\}\s*(?:=\s*await\s+import\(|from\s+)'yaml'/g)];
    expect(hits.map((m) => m[1]?.trim())).toEqual(['parse']);
  });
});
