/**
 * Reusable workflows for the local runner: a job with `uses: .../.github/workflows/x.yml@ref`
 * runs the called workflow's jobs with typed `inputs` (declared types, defaults, required), only
 * the `secrets` passed to it, the caller's `github` and `vars`, and `outputs` mapped from its
 * jobs (docs: https://docs.github.com/en/actions/sharing-automations/reusing-workflows and
 * workflow-syntax#onworkflow_callinputs / #onworkflow_callsecrets / #onworkflow_calloutputs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { evaluateValue, interpolate, type Contexts, type Value } from './expressions.js';
import type { JobRecord, JobResult, RunState, WorkflowDef } from './workflow-runner.js';
import { runJobs } from './workflow-runner.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface WorkflowCall {
  uses?: string;
  with?: Record<string, Value>;
  secrets?: 'inherit' | Record<string, string>;
}

interface InputSpec {
  type?: 'string' | 'boolean' | 'number';
  required?: boolean;
  default?: Value;
}
interface CallSpec {
  inputs?: Record<string, InputSpec>;
  secrets?: Record<string, { required?: boolean }>;
  outputs?: Record<string, { value: string }>;
}

/**
 * Where a called workflow is read from: `org/deploy/.github/workflows/x@v1` (the suite's own)
 * from `dir`; `./.github/workflows/x` (the calling repository's own, e.g. a template copied
 * beside its caller) from `localDir`, which defaults to `dir`.
 */
export function resolveCalledWorkflow(
  uses: string,
  dir = path.join(root, '.github', 'workflows'),
  localDir = dir,
): string {
  const m = /^(\.\/|[\w.-]+\/[\w.-]+\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@.+)?$/.exec(uses);
  if (!m) throw new Error(`pipeline runner: cannot call workflow ${uses}`);
  return path.join(m[1] === './' ? localDir : dir, m[2] ?? '');
}

function callSpec(workflow: WorkflowDef): CallSpec {
  const on = workflow.on as Record<string, unknown> | undefined;
  if (!on || typeof on !== 'object' || !('workflow_call' in on))
    throw new Error('the called workflow has no on.workflow_call trigger');
  return (on.workflow_call ?? {}) as CallSpec;
}

/** Checks and types the inputs as GitHub does before the called workflow starts. */
function typedInputs(spec: CallSpec, given: Record<string, Value>): Record<string, Value> {
  const declared = spec.inputs ?? {};
  for (const name of Object.keys(given))
    if (!(name in declared))
      throw new Error(`Invalid input, ${name} is not defined in the referenced workflow.`);
  const out: Record<string, Value> = {};
  for (const [name, input] of Object.entries(declared)) {
    const value = name in given ? given[name] : input.default;
    if (value === undefined) {
      if (input.required)
        throw new Error(`Input ${name} is required, but not provided while calling.`);
      // An input that is neither given nor defaulted is the type's zero value.
      out[name] = input.type === 'boolean' ? false : input.type === 'number' ? 0 : '';
      continue;
    }
    out[name] = coerce(name, input.type ?? 'string', value);
  }
  return out;
}

function coerce(name: string, type: string, value: Value): Value {
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
  } else if (type === 'number') {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
      return Number(value);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  throw new Error(
    `Unexpected value for input ${name}: expected a ${type}, got ${JSON.stringify(value)}`,
  );
}

function passedSecrets(spec: CallSpec, call: WorkflowCall, ctx: Contexts): Record<string, string> {
  const callerSecrets = (ctx.secrets ?? {}) as Record<string, string>;
  if (call.secrets === 'inherit') return { ...callerSecrets };
  const declared = spec.secrets ?? {};
  const out: Record<string, string> = {};
  for (const [name, expr] of Object.entries(call.secrets ?? {})) {
    if (!(name in declared))
      throw new Error(`Invalid secret, ${name} is not defined in the referenced workflow.`);
    out[name] = interpolate(String(expr), ctx);
  }
  // `required` checks that the caller passes the secret, not that it has a value: a secret
  // that exists only in the called job's environment is passed by name with an empty value
  // here (docs, reuse-workflows: "This setting only checks whether the caller workflow
  // passes the secret. It does not check whether the secret has a value.").
  for (const [name, secret] of Object.entries(declared))
    if (secret.required && !(name in out))
      throw new Error(`Secret ${name} is required, but not provided while calling.`);
  return out;
}

/**
 * Runs the called workflow for the calling job. A call that does not validate (unknown or
 * missing input or secret, wrong type) fails the calling job before any called job starts.
 */
export async function callWorkflow(
  file: string,
  call: WorkflowCall,
  ctx: Contexts,
  state: RunState,
  prefix: string,
  all: Record<string, JobRecord>,
): Promise<JobRecord> {
  const workflow = parse(readFileSync(file, 'utf8')) as WorkflowDef;
  let inputs: Record<string, Value>;
  let secrets: Record<string, string>;
  try {
    const spec = callSpec(workflow);
    const given: Record<string, Value> = {};
    for (const [name, raw] of Object.entries(call.with ?? {}))
      given[name] = evaluateValue(raw, ctx);
    inputs = typedInputs(spec, given);
    secrets = passedSecrets(spec, call, ctx);
  } catch (err) {
    state.warnings.push(`${prefix.slice(0, -1)}: ${(err as Error).message}`);
    return { result: 'failure', outputs: {} };
  }
  // The called workflow sees the caller's github and vars contexts, its own inputs and only
  // the secrets passed to it (docs, reusing-workflows: "the github context is always
  // associated with the caller workflow").
  const jobs = await runJobs(
    workflow,
    { github: ctx.github, vars: ctx.vars, inputs, secrets },
    state,
    prefix,
    true,
  );
  Object.assign(all, jobs);
  const results = Object.entries(jobs)
    .filter(([key]) => !key.slice(prefix.length).includes('/'))
    .map(([, job]) => job.result);
  const result: JobResult = results.includes('failure')
    ? 'failure'
    : results.includes('cancelled')
      ? 'cancelled'
      : 'success';
  const jobsCtx: Record<string, Value> = {};
  for (const [key, job] of Object.entries(jobs))
    jobsCtx[key.slice(prefix.length)] = { result: job.result, outputs: job.outputs };
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(callSpec(workflow).outputs ?? {})) {
    const value = interpolate(spec.value, { ...ctx, inputs, jobs: jobsCtx });
    if (value !== '') outputs[name] = value;
  }
  return { result, outputs };
}
