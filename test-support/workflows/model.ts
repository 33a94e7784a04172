// Typed, read-only view of GitHub workflow files and action.yml metadata, parsed with `yaml`.
// The rule checks in rules.ts work on these shapes so that a bad snippet in a test and a real
// file on disk go through exactly the same code.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, parseDocument, visit } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Folders whose *.yml / *.yaml files are workflows we ship (F62: the harness must find some). */
export const WORKFLOW_DIRS = ['.github/workflows', 'workflows-templates'] as const;

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Step {
  index: number;
  id?: string;
  name?: string;
  uses?: string;
  /** The inline comment after `uses:` (without `#`), e.g. ` v4.2.2`. */
  usesComment?: string;
  run?: string;
  with: JsonObject;
  env: JsonObject;
  if?: string;
}

export interface Job {
  id: string;
  raw: JsonObject;
  /** `uses:` of a job that calls a reusable workflow. */
  uses?: string;
  usesComment?: string;
  with: JsonObject;
  needs: string[];
  steps: Step[];
}

export interface Workflow {
  /** Path relative to the repository root, for messages. */
  file: string;
  raw: JsonObject;
  jobs: Job[];
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {};
}

function asString(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asList(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Comments are not part of the JSON data model, so `uses:` comments are read from the YAML
 * document by position: the n-th `uses:` pair in document order.
 */
function usesComments(text: string): Map<number, string> {
  const doc = parseDocument(text);
  const byOffset = new Map<number, string>();
  visit(doc, {
    Pair(_key, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value)) {
        const offset = pair.value.range?.[0] ?? -1;
        byOffset.set(offset, pair.value.comment ?? '');
      }
    },
  });
  return byOffset;
}

export function parseWorkflow(text: string, file = 'inline.yml'): Workflow {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new Error(`${file}: YAML error: ${doc.errors[0]?.message ?? 'unknown'}`);
  }
  if (!isMap(doc.contents)) throw new Error(`${file}: a workflow must be a YAML mapping`);
  const raw = doc.toJS() as JsonObject;
  const comments = [...usesComments(text).entries()].sort((a, b) => a[0] - b[0]);
  let commentIndex = 0;
  const nextComment = (): string | undefined => comments[commentIndex++]?.[1];

  const jobs: Job[] = Object.entries(asObject(raw.jobs)).map(([id, value]) => {
    const jobRaw = asObject(value);
    const jobUses = asString(jobRaw.uses);
    const job: Job = {
      id,
      raw: jobRaw,
      with: asObject(jobRaw.with),
      needs: asList(jobRaw.needs),
      steps: [],
    };
    // Document order: a job's own `uses:` precedes any step (a caller job has no steps).
    if (jobUses !== undefined) {
      job.uses = jobUses;
      job.usesComment = nextComment();
    }
    const steps = Array.isArray(jobRaw.steps) ? jobRaw.steps : [];
    job.steps = steps.map((stepValue, index) => {
      const s = asObject(stepValue);
      const step: Step = { index, with: asObject(s.with), env: asObject(s.env) };
      const id = asString(s.id);
      const name = asString(s.name);
      const uses = asString(s.uses);
      const run = asString(s.run);
      const cond = s.if === undefined ? undefined : String(s.if);
      if (id !== undefined) step.id = id;
      if (name !== undefined) step.name = name;
      if (run !== undefined) step.run = run;
      if (cond !== undefined) step.if = cond;
      if (uses !== undefined) {
        step.uses = uses;
        const comment = nextComment();
        if (comment !== undefined) step.usesComment = comment;
      }
      return step;
    });
    return job;
  });
  return { file, raw, jobs };
}

/** Every workflow file we ship, relative paths sorted. Empty when the folders are missing. */
export function findWorkflowFiles(
  root = repoRoot,
  dirs: readonly string[] = WORKFLOW_DIRS,
): string[] {
  const files: string[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)) {
      if (/\.ya?ml$/.test(name)) files.push(relative(root, join(abs, name)));
    }
  }
  return files.sort();
}

export function loadWorkflow(file: string, root = repoRoot): Workflow {
  return parseWorkflow(readFileSync(join(root, file), 'utf8'), file);
}

export function describeStep(job: Job, step: Step): string {
  return `job "${job.id}" step ${step.id ?? step.name ?? `#${step.index + 1}`}`;
}

/** Triggers as a map, whatever form `on:` takes (string, list or mapping). */
export function triggers(workflow: Workflow): JsonObject {
  const on = workflow.raw.on ?? workflow.raw['true'];
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(asList(on).map((t) => [t, null]));
  return asObject(on);
}
