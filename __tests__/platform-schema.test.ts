/**
 * platform.schema.json, the editor schema of the platform file (npm run schema): current, and
 * agreeing with the schema the actions validate with on what a user writes.
 * Editors: yaml-language-server reads the `# yaml-language-server: $schema=<path>` modeline, a
 * relative path being relative to the YAML file (redhat-developer/yaml-language-server#499), and
 * "Supports JSON Schema 7 and below" (its README), hence draft-07, checked here with ajv's
 * draft-07 validator (https://ajv.js.org/json-schema.html#draft-07).
 */
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parsePlatformConfig } from '../src/lib/config/load.js';
import { platformSchema } from '../src/lib/config/schema.js';
import { schemaCorpus } from './lib/config/schema-corpus.js';

const root = path.resolve(import.meta.dirname, '..');
const schemaFile = path.join(root, 'platform.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const exampleFile = path.join(root, 'examples/platform.yaml');
const exampleText = readFileSync(exampleFile, 'utf8');
const example = parse(exampleText) as Record<string, unknown>;
// The one format the schema uses; ajv checks formats only when told how (ajv-formats is not a
// dependency of ours): a URL the WHATWG parser accepts, as zod's z.url() decides.
const validate = new Ajv({ strict: false, allErrors: true })
  .addFormat('uri', (value: string) => URL.canParse(value))
  .compile(schema);

/** What the actions decide about a document: accepted, or the error. */
async function runtimeAccepts(doc: unknown): Promise<boolean> {
  return parsePlatformConfig(JSON.stringify(doc)).then(
    () => true,
    () => false,
  );
}

describe('platform.schema.json', () => {
  it('is current (npm run schema)', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', './scripts/register-ts.mjs', 'scripts/schema.mjs', '--check'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(out).toContain('platform.schema.json is current');
  });

  it('is draft-07 and is what examples/platform.yaml names in its modeline', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(exampleText)?.[1];
    expect(modeline).toBeDefined();
    expect(path.resolve(path.dirname(exampleFile), modeline ?? '')).toBe(schemaFile);
  });

  it('accepts the example platform file, as the actions do', async () => {
    expect(validate(example)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    await expect(runtimeAccepts(example)).resolves.toBe(true);
  });

  const { project: _project, ...noProject } = example;
  it.each([
    ['an unknown top-level key', { ...example, clusters: {} }, /additional properties/],
    ['a missing project', noProject, /must have required property 'project'/],
    ['images as a mapping', { ...example, images: { web: {} } }, /must be array/],
    [
      'an unknown key inside a section',
      { ...example, cluster: { name: 'c', location: 'l', zone: 'z' } },
      /additional properties/,
    ],
  ])('rejects %s, as the actions do', async (_what, doc, message) => {
    expect(validate(doc)).toBe(false);
    expect(JSON.stringify(validate.errors)).toMatch(message);
    await expect(runtimeAccepts(doc)).resolves.toBe(false);
  });
});

describe('platform.schema.json never flags what the actions accept', () => {
  // The editor schema leaves out what JSON Schema cannot say (our refinements: name rules,
  // roles, durations), so it may pass a file the actions refuse; the reverse would be an editor
  // squiggle on a file that deploys. Over the schema corpus (the example, every key set, each
  // leaf replaced by hostile and careless values, unknown and missing keys).
  const accepted = schemaCorpus().filter((c) => platformSchema.safeParse(c.doc ?? {}).success);

  it('covers many accepted documents', () => {
    expect(accepted.length).toBeGreaterThan(100);
  });

  it.each(accepted.map((c) => [c.name, c.doc] as const))('%s', (_name, doc) => {
    expect(validate(doc ?? {})).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });
});
