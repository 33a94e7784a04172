// Cross-references: `with:` against action.yml inputs (F60), reusable-workflow inputs and
// secrets, and `steps.X.outputs.Y` / `needs.X.outputs.Y` against declared outputs.
import { suiteActionName, type ActionMeta } from './actions.js';
import { actionRepo, finding, type Finding } from './findings.js';
import {
  describeStep,
  isObject,
  triggers,
  type Job,
  type Json,
  type JsonObject,
  type Workflow,
} from './model.js';

export type MetaLoader = (name: string) => ActionMeta;

/** Outputs of the third-party actions we use, from their action.yml (feature-anchors.md). */
const THIRD_PARTY_OUTPUTS: Record<string, readonly string[]> = {
  'google-github-actions/auth': [
    'project_id',
    'credentials_file_path',
    'auth_token',
    'access_token',
    'id_token',
  ],
  'google-github-actions/get-gke-credentials': ['kubeconfig_path'],
  'actions/checkout': ['ref', 'commit'],
  'actions/setup-node': ['cache-hit', 'node-version'],
  // v3.1.1's action.yml
  'actions/create-github-app-token': ['token', 'installation-id', 'app-slug'],
};

/** F60: a suite action gets only inputs its action.yml declares, and every required one. */
export function checkActionInputs(workflow: Workflow, load: MetaLoader): Finding[] {
  const out: Finding[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const name = step.uses === undefined ? undefined : suiteActionName(step.uses);
      if (name === undefined) continue;
      const where = describeStep(job, step);
      let meta: ActionMeta;
      try {
        meta = load(name);
      } catch (error) {
        out.push(finding('F60', workflow, where, (error as Error).message));
        continue;
      }
      for (const key of Object.keys(step.with)) {
        if (!meta.inputs.has(key))
          out.push(
            finding(
              'F60',
              workflow,
              where,
              `input "${key}" is not declared by actions/${name}/action.yml`,
            ),
          );
      }
      for (const [key, input] of meta.inputs) {
        if (input.required && !input.hasDefault && !(key in step.with)) {
          out.push(
            finding('F60', workflow, where, `required input "${key}" of ${name} is missing`),
          );
        }
      }
    }
  }
  return out;
}

/** F60 for `jobs.<id>.uses`: inputs and secrets against the callee's `on.workflow_call`. */
export function checkReusableCall(caller: Workflow, job: Job, callee: Workflow): Finding[] {
  const out: Finding[] = [];
  const call = triggers(callee).workflow_call;
  const where = `job "${job.id}"`;
  if (!isObject(call) && call !== null) {
    return [finding('F60', caller, where, `${callee.file} is not a reusable workflow`)];
  }
  const spec = isObject(call) ? call : {};
  const compare = (kind: 'inputs' | 'secrets', given: JsonObject): void => {
    const declared = isObject(spec[kind]) ? (spec[kind] as JsonObject) : {};
    for (const key of Object.keys(given)) {
      if (!(key in declared))
        out.push(
          finding(
            'F60',
            caller,
            where,
            `${kind.slice(0, -1)} "${key}" is not declared by ${callee.file}`,
          ),
        );
    }
    for (const [key, def] of Object.entries(declared)) {
      const required = isObject(def) && def.required === true && def.default === undefined;
      if (required && !(key in given))
        out.push(
          finding('F60', caller, where, `required ${kind.slice(0, -1)} "${key}" is missing`),
        );
    }
  };
  compare('inputs', job.with);
  compare('secrets', isObject(job.raw.secrets) ? job.raw.secrets : {});
  return out;
}

function strings(value: Json | undefined, sink: string[]): string[] {
  if (typeof value === 'string') sink.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, sink));
  else if (isObject(value)) Object.values(value).forEach((v) => strings(v, sink));
  return sink;
}

/** Names a `run:` script writes to $GITHUB_OUTPUT (`echo "name=value" >> "$GITHUB_OUTPUT"`). */
export function runOutputs(run: string): Set<string> {
  const names = new Set<string>();
  for (const line of run.split('\n')) {
    if (!line.includes('GITHUB_OUTPUT')) continue;
    const m = /\b([A-Za-z_][\w-]*)=/.exec(line);
    if (m?.[1] !== undefined) names.add(m[1]);
  }
  return names;
}

/** A job's outputs; for a job that calls a workflow, that workflow's workflow_call outputs. */
function jobOutputs(job: Job, callee?: (job: Job) => Workflow | undefined): Set<string> {
  const called = job.uses === undefined ? undefined : callee?.(job);
  if (called !== undefined) {
    const call = triggers(called).workflow_call;
    return new Set(isObject(call) && isObject(call.outputs) ? Object.keys(call.outputs) : []);
  }
  return new Set(isObject(job.raw.outputs) ? Object.keys(job.raw.outputs) : []);
}

/** Every `steps.X.outputs.Y` and `needs.X.outputs.Y` names a step/job and an output it declares. */
export function checkOutputRefs(
  workflow: Workflow,
  load: MetaLoader,
  callee?: (job: Job) => Workflow | undefined,
): Finding[] {
  const out: Finding[] = [];
  const jobs = new Map(workflow.jobs.map((j) => [j.id, j]));
  for (const job of workflow.jobs) {
    const where = `job "${job.id}"`;
    const text = strings(job.raw, []).join('\n');
    for (const m of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [, id = '', output = ''] = m;
      const step = job.steps.find((s) => s.id === id);
      if (step === undefined) {
        out.push(finding('outputs', workflow, where, `steps.${id}: no step with id "${id}"`));
        continue;
      }
      let declared: Set<string> | undefined;
      const suite = step.uses === undefined ? undefined : suiteActionName(step.uses);
      if (suite !== undefined) {
        try {
          declared = load(suite).outputs;
        } catch (error) {
          out.push(finding('outputs', workflow, where, (error as Error).message));
          continue;
        }
      } else if (step.uses !== undefined) {
        const known = THIRD_PARTY_OUTPUTS[actionRepo(step.uses) ?? ''];
        declared = known === undefined ? undefined : new Set(known);
      } else if (step.run !== undefined) {
        declared = runOutputs(step.run);
      }
      if (declared === undefined) {
        out.push(
          finding(
            'outputs',
            workflow,
            where,
            `steps.${id}.outputs.${output}: outputs of "${step.uses ?? 'step'}" are unknown`,
          ),
        );
      } else if (!declared.has(output)) {
        out.push(
          finding(
            'outputs',
            workflow,
            where,
            `steps.${id}.outputs.${output} is not an output of "${step.uses ?? 'its run script'}"`,
          ),
        );
      }
    }
    for (const m of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [, id = '', output = ''] = m;
      const dep = jobs.get(id);
      if (dep === undefined || !job.needs.includes(id)) {
        out.push(finding('outputs', workflow, where, `needs.${id}: "${id}" is not in needs`));
      } else if (!jobOutputs(dep, callee).has(output)) {
        out.push(
          finding(
            'outputs',
            workflow,
            where,
            `needs.${id}.outputs.${output} is not declared by job "${id}"`,
          ),
        );
      }
    }
  }
  const call = triggers(workflow).workflow_call;
  if (isObject(call) && isObject(call.outputs)) {
    for (const m of strings(call.outputs, [])
      .join('\n')
      .matchAll(/\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [, id = '', output = ''] = m;
      const dep = jobs.get(id);
      if (dep === undefined || !jobOutputs(dep).has(output)) {
        out.push(
          finding(
            'outputs',
            workflow,
            'on.workflow_call.outputs',
            `jobs.${id}.outputs.${output} is not declared`,
          ),
        );
      }
    }
  }
  return out;
}
