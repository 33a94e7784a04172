// The suite's own action.yml files, and how a `uses:` reference maps to one of them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot, isObject, type Json } from './model.js';

/** The actions the templates may reference; anything else under actions/ is a mistake. */
export const SUITE_ACTIONS = [
  'setup-wi',
  'gcs-log-bucket',
  'build-push-image',
  'helm-airflow',
  'apply-litellm',
  'deploy-app',
  'plan-comment',
] as const;

/**
 * How users reference the suite (see scripts/catalog.mjs): `org/deploy/actions/<name>@v1`.
 * Starter templates live in *other* repositories, so they cannot use `./actions/<name>`.
 */
export const SUITE_REPO = 'org/deploy';

export interface ActionInput {
  required: boolean;
  hasDefault: boolean;
}

export interface ActionMeta {
  name: string;
  inputs: Map<string, ActionInput>;
  outputs: Set<string>;
}

/**
 * The suite action a `uses:` points at, or undefined for third-party actions.
 * Accepts `./actions/<name>` and `org/deploy/actions/<name>@<ref>`.
 */
export function suiteActionName(uses: string): string | undefined {
  const local = /^\.\/actions\/([^/@]+)\/?$/.exec(uses);
  if (local) return local[1];
  const remote = new RegExp(`^${SUITE_REPO.replace('/', '\\/')}/actions/([^/@]+)@[^@]+$`).exec(
    uses,
  );
  return remote ? remote[1] : undefined;
}

/** A reusable workflow of the suite: `./.github/workflows/x.yml` or `org/deploy/.github/workflows/x.yml@ref`. */
export function suiteWorkflowPath(uses: string): string | undefined {
  const local = /^\.\/(\.github\/workflows\/[^/@]+\.ya?ml)$/.exec(uses);
  if (local) return local[1];
  const remote = new RegExp(
    `^${SUITE_REPO.replace('/', '\\/')}/(\\.github/workflows/[^/@]+\\.ya?ml)@[^@]+$`,
  ).exec(uses);
  return remote ? remote[1] : undefined;
}

export function parseActionMeta(name: string, text: string): ActionMeta {
  const raw = parse(text) as Json;
  if (!isObject(raw)) throw new Error(`actions/${name}/action.yml is not a mapping`);
  const inputs = new Map<string, ActionInput>();
  const rawInputs = raw.inputs;
  if (isObject(rawInputs)) {
    for (const [key, value] of Object.entries(rawInputs)) {
      const def = isObject(value) ? value : {};
      inputs.set(key, {
        required: def.required === true || def.required === 'true',
        hasDefault: def.default !== undefined && def.default !== null,
      });
    }
  }
  const outputs = new Set(isObject(raw.outputs) ? Object.keys(raw.outputs) : []);
  return { name, inputs, outputs };
}

export function actionYmlPath(name: string, root = repoRoot): string {
  return join(root, 'actions', name, 'action.yml');
}

/**
 * Loads one action's metadata. A missing file is an error, never a skip: a template that
 * references an action nobody wrote must turn the test red.
 */
export function loadActionMeta(name: string, root = repoRoot): ActionMeta {
  const path = actionYmlPath(name, root);
  if (!existsSync(path)) {
    throw new Error(`actions/${name}/action.yml does not exist`);
  }
  return parseActionMeta(name, readFileSync(path, 'utf8'));
}
