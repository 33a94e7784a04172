/**
 * The platform file wins over action defaults (issue 13). The runner fills every input a step
 * leaves out with its action.yml `default:` before the action starts (actions/runner,
 * src/Runner.Worker/ActionRunner.cs, "Merge the default inputs from the definition":
 * `if (!inputs.ContainsKey(key)) inputs[key] = manifestManager.EvaluateDefaultInput(...)`), so an
 * action cannot tell "not given" from "given as the default": a `default:` on an input the
 * platform file can set would always beat the file. So such inputs have no `default:`; the
 * code applies the default after the file, and the description shows it ("Default: `1`.").
 *
 * Derived, not listed: the sections each action reads come from its source (`config?.litellm`),
 * the settable names from the platform JSON Schema, matched to inputs by camelCase.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { platformJsonSchema } from '../src/lib/config/json-schema.js';

const root = path.resolve(import.meta.dirname, '..');
const actions = readdirSync(path.join(root, 'src/actions')).filter((n) =>
  existsSync(path.join(root, 'src/actions', n, 'index.ts')),
);

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}
type Inputs = Record<string, { default?: string; description?: string }>;

const camel = (kebab: string): string =>
  kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const schema = platformJsonSchema() as JsonSchema;
const topLevel = Object.keys(schema.properties ?? {});

/** Every settable name under a schema node, nested paths joined camelCase (`admin.email` -> `adminEmail`). */
function settableNames(node: JsonSchema | undefined, prefix = ''): string[] {
  if (!node) return [];
  const out: string[] = [];
  for (const alt of node.anyOf ?? []) out.push(...settableNames(alt, prefix));
  if (node.items) out.push(...settableNames(node.items, prefix));
  for (const [key, sub] of Object.entries(node.properties ?? {})) {
    const name = prefix ? `${prefix}${key[0]?.toUpperCase() ?? ''}${key.slice(1)}` : key;
    out.push(name, ...settableNames(sub, name), ...settableNames(sub));
  }
  return out;
}

/** The platform-file sections an action's source reads (`config?.litellm`, `config.app`). */
function sectionsRead(action: string): string[] {
  const dir = path.join(root, 'src/actions', action);
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const used = new Set([...text.matchAll(/\bconfig\??\.([a-zA-Z]+)/g)].map((m) => m[1] ?? ''));
  return topLevel.filter((k) => used.has(k));
}

/** Inputs of an action that the platform file can also set. */
function fileSettableInputs(action: string): string[] {
  const yml = parse(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Inputs;
  };
  const names = new Set(
    sectionsRead(action).flatMap((section) => [
      section,
      ...settableNames(schema.properties?.[section]),
    ]),
  );
  return Object.keys(yml.inputs ?? {}).filter((input) => names.has(camel(input)));
}

const inputsOf = (action: string): Inputs =>
  (
    parse(readFileSync(path.join(root, 'actions', action, 'action.yml'), 'utf8')) as {
      inputs?: Inputs;
    }
  ).inputs ?? {};

describe('inputs the platform file can set have no action.yml default', () => {
  it('the derivation finds the known file-settable inputs (so it cannot pass by finding none)', () => {
    expect(fileSettableInputs('apply-litellm')).toEqual(
      expect.arrayContaining([
        'namespace',
        'create-namespace',
        'replicas',
        'service-type',
        'timeout',
      ]),
    );
    expect(fileSettableInputs('deploy-app')).toEqual(
      expect.arrayContaining([
        'namespace',
        'service-account',
        'wait-for-address',
        'address-timeout',
      ]),
    );
    expect(fileSettableInputs('gcs-log-bucket')).toContain('role');
    expect(fileSettableInputs('setup-wi')).toContain('enable-workload-pool');
    expect(fileSettableInputs('build-push-image')).toEqual(
      expect.arrayContaining(['context', 'create-repository']),
    );
    // Never the run's own switches.
    for (const action of actions) expect(fileSettableInputs(action)).not.toContain('dry-run');
  });

  it.each(actions)('%s: no file-settable input has a default:', (action) => {
    const inputs = inputsOf(action);
    const withDefault = fileSettableInputs(action).filter((n) => inputs[n]?.default !== undefined);
    expect(withDefault).toEqual([]);
  });

  it.each(actions)('%s: a documented "Default:" is never also an action.yml default', (action) => {
    for (const [name, spec] of Object.entries(inputsOf(action))) {
      if (/Default: `/.test(spec.description ?? '')) {
        expect([name, spec.default]).toEqual([name, undefined]);
      }
    }
  });
});
