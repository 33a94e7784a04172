/**
 * Prune's settings and rights: the prune and apply-set inputs (defaults, platform file,
 * precedence, bad values refused before any command) and the documented RBAC that lets each
 * identity list and delete what prune touches, and no more.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseInputs as parseLitellmInputs } from '../../../src/actions/apply-litellm/inputs.js';
import { parseInputs as parseAppInputs } from '../../../src/actions/deploy-app/inputs.js';
import { platformSchema, type PlatformConfig } from '../../../src/lib/config/schema.js';
import { BASE_PRUNE_KINDS, pruneKinds } from '../../../src/lib/k8s/apply-set.js';
import { resourceType } from '../../../src/lib/tools/kubectl.js';
import { appPruneRules, appRules } from '../../../test-support/pipeline/identities.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('documented RBAC covers prune, and no more', () => {
  const plural = (type: string): [string, string] => {
    const [kind = '', ...group] = type.split('.');
    return [group.join('.'), kind.endsWith('s') ? `${kind}es` : `${kind}s`];
  };
  it("the planner's ClusterRole lets a read-only prune list every kind it lists", () => {
    const role = parseAllDocuments(
      readFileSync(path.join(root, 'examples/planner-rbac.yaml'), 'utf8'),
    )
      .map(
        (d) =>
          d.toJS() as {
            kind: string;
            rules?: { apiGroups: string[]; resources: string[]; verbs: string[] }[];
          },
      )
      .find((d) => d.kind === 'ClusterRole');
    for (const type of pruneKinds([], true).map(resourceType)) {
      const [group, resource] = plural(type);
      expect(
        role?.rules?.some(
          (r) =>
            r.apiGroups.includes(group) &&
            r.resources.includes(resource) &&
            r.verbs.includes('list'),
        ),
      ).toBe(true);
    }
  });
  it("docs/app-repositories.md's app-deployer-prune role grants delete on exactly the base kinds", () => {
    const doc = readFileSync(path.join(root, 'docs/app-repositories.md'), 'utf8');
    const m =
      /kubectl create role app-deployer-prune[^\n]*\\\n\s*--verb=(\S+) \\\n\s*--resource=(\S+)/.exec(
        doc,
      );
    expect(m?.[1]).toBe('delete');
    const granted = (m?.[2] ?? '').split(',').sort();
    expect(granted).toEqual(
      BASE_PRUNE_KINDS.map((k) => {
        const [group, resource] = plural(resourceType(k));
        return group ? `${resource}.${group}` : resource;
      }).sort(),
    );
  });
  it('the pipeline app deployer with the prune role may list and delete them in its namespace only', () => {
    const rules = [...appRules('application'), ...appPruneRules('application')];
    for (const type of BASE_PRUNE_KINDS.map(resourceType)) {
      const [group, resource] = plural(type);
      for (const verb of ['list', 'delete']) {
        expect(
          rules.some(
            (r) =>
              r.apiGroups.includes(group) &&
              r.resources.includes(resource) &&
              r.verbs.includes(verb) &&
              r.namespaces?.includes('application'),
          ),
        ).toBe(true);
      }
    }
  });
});

describe('prune and apply-set inputs (bad input fails before any command, naming the input)', () => {
  const source =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? '';
  const appBase = { manifests: 'deployments' };
  const litellmBase = { 'dry-run': 'true', image: 'ghcr.io/berriai/litellm:v1.74.3-stable' };

  it.each([
    [
      'deploy-app',
      async (v: Record<string, string>, c?: PlatformConfig) =>
        parseAppInputs(source({ ...appBase, ...v }), c),
    ],
    [
      'apply-litellm',
      (v: Record<string, string>, c?: PlatformConfig) =>
        parseLitellmInputs(source({ ...litellmBase, ...v }), c),
    ],
  ])(
    '%s: prune off and the set named after the action by default; the file and the input win in turn',
    async (action, parse) => {
      expect(await parse({})).toMatchObject({ prune: false, applySet: action });
      const file = {
        app: { prune: true, applySet: 'from-file' },
        litellm: { prune: true, applySet: 'from-file' },
      } as PlatformConfig;
      expect(await parse({}, file)).toMatchObject({ prune: true, applySet: 'from-file' });
      expect(await parse({ prune: 'false', 'apply-set': 'from-input' }, file)).toMatchObject({
        prune: false,
        applySet: 'from-input',
      });
      await expect(parse({ 'apply-set': 'team/app' })).rejects.toThrow(/apply-set.*label value/);
      await expect(parse({ prune: 'yes' })).rejects.toThrow(/prune.*true or false/);
    },
  );

  it('the platform file refuses a bad applySet with the rule', async () => {
    expect(() => platformSchema.parse({ app: { applySet: 'x'.repeat(64) } })).toThrow(/at most 63/);
    expect(() => platformSchema.parse({ litellm: { prune: 'yes' } })).toThrow();
  });
});
