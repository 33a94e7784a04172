/**
 * Runs a workflow locally, as GitHub and its runner would, for the pipeline test: jobs in
 * `needs` order with their `if:` and status functions, results success/failure/cancelled/
 * skipped, matrices with merged job outputs, reusable workflows (`workflow_call`) with typed
 * inputs, secrets and outputs. Steps run in step-runner.ts. Each point follows the runner or
 * GitHub's docs where the pipeline's outcome depends on it; the source is cited where it is
 * modelled, and __tests__/pipeline/workflow-runner.test.ts pins each one.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { inputVariable } from '../../src/lib/action/io.js';
import {
  condition,
  evaluateValue,
  interpolate,
  type Contexts,
  type Status,
  type Value,
} from './expressions.js';
import { callWorkflow, resolveCalledWorkflow, type WorkflowCall } from './reusable.js';
import { runStep, type Identity, type StepDef, type StepRecord } from './step-runner.js';

export type { Identity, StepRecord } from './step-runner.js';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface JobDef extends WorkflowCall {
  needs?: string | string[];
  if?: string | boolean;
  outputs?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: { include?: Record<string, Value>[] } };
  steps?: StepDef[];
}

export interface WorkflowDef {
  on?: unknown;
  jobs: Record<string, JobDef>;
}

export interface PipelineOptions {
  readonly workflowFile: string;
  readonly workspace: string;
  readonly vars: Record<string, string>;
  readonly secrets: Record<string, string>;
  readonly inputs?: Record<string, Value>;
  readonly github: Record<string, Value>;
  /** Environment every step gets (emulators, PATH with the simulated helm, ...). */
  readonly env: Record<string, string>;
  /** Input overrides per `job.stepId`, applied after interpolation. */
  readonly overrides?: Record<string, Record<string, string>>;
  /** Service account email -> the identity the emulators know it as (see step-runner.ts). */
  readonly identities?: Record<string, Identity>;
  /** Where called workflows are read from (default: this repository's .github/workflows). */
  readonly workflowsDir?: string;
  /** `job.stepId` after which the run is cancelled, as if "Cancel workflow" were clicked. */
  readonly cancelAfterStep?: string;
}

export interface JobRecord {
  result: JobResult;
  outputs: Record<string, string>;
}

export interface PipelineResult {
  /** By job id; jobs of a called workflow as `caller/called`. */
  readonly jobs: Record<string, JobRecord>;
  readonly steps: StepRecord[];
  /** Runner warnings, e.g. "Skip output 'x' since it may contain secret." */
  readonly warnings: string[];
}

/** What one run shares across its jobs (and its called workflows). */
export interface RunState {
  cancelled: boolean;
  /** Values the runner masks: every secret of the run and every `::add-mask::` value. */
  readonly masked: Set<string>;
  readonly steps: StepRecord[];
  readonly warnings: string[];
  readonly options: PipelineOptions;
}

const needsOf = (job: JobDef): string[] =>
  typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);

function order(jobs: Record<string, JobDef>): string[] {
  const done: string[] = [];
  const visit = (name: string, trail: string[]): void => {
    if (done.includes(name)) return;
    if (trail.includes(name)) throw new Error(`needs cycle at ${name}`);
    if (!jobs[name]) throw new Error(`needs names an unknown job: ${name}`);
    for (const n of needsOf(jobs[name])) visit(n, [...trail, name]);
    done.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name, []);
  return done;
}

function ancestors(jobs: Record<string, JobDef>, name: string): string[] {
  const out = new Set<string>();
  const walk = (n: string): void => {
    for (const need of needsOf(jobs[n] ?? { steps: [] })) {
      out.add(need);
      walk(need);
    }
  };
  walk(name);
  return [...out];
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const state: RunState = {
    cancelled: false,
    masked: new Set(Object.values(options.secrets).filter((s) => s !== '')),
    steps: [],
    warnings: [],
    options,
  };
  const workflow = parse(readFileSync(options.workflowFile, 'utf8')) as WorkflowDef;
  const base: Contexts = {
    vars: options.vars,
    secrets: options.secrets,
    inputs: options.inputs ?? {},
    github: options.github,
  };
  const jobs = await runJobs(workflow, base, state, '');
  return { jobs, steps: state.steps, warnings: state.warnings };
}

/** Runs a workflow's jobs; job ids are prefixed with `prefix` (a called workflow's caller). */
export async function runJobs(
  workflow: WorkflowDef,
  base: Contexts,
  state: RunState,
  prefix: string,
): Promise<Record<string, JobRecord>> {
  const own: Record<string, JobRecord> = {};
  const all: Record<string, JobRecord> = {};
  for (const name of order(workflow.jobs)) {
    const job = workflow.jobs[name] as JobDef;
    const key = `${prefix}${name}`;
    const needs: Record<string, Value> = {};
    for (const n of needsOf(job)) needs[n] = { ...(own[n] as JobRecord) };
    const ctx: Contexts = { ...base, needs };
    // Status functions for jobs look at every ancestor (docs, expressions#failure: "With jobs,
    // failure() returns true if any ancestor job fails"); a skipped ancestor also makes the
    // implicit success() false: "If a job fails or is skipped, all jobs that need it are
    // skipped unless the jobs use a conditional expression that causes the job to continue"
    // (docs, workflow-syntax#jobsjob_idneeds).
    const results = ancestors(workflow.jobs, name).map((n) => own[n]?.result);
    const status: Status = {
      success: results.every((r) => r === 'success') && !state.cancelled,
      failure: results.includes('failure'),
      cancelled: state.cancelled,
    };
    let record: JobRecord;
    if (!condition(job.if, ctx, status)) {
      // "When you cancel a workflow run, GitHub cancels all jobs and steps that are a part of
      // that workflow" unless their `if:` still holds (docs, workflow-cancellation-reference).
      record = { result: state.cancelled ? 'cancelled' : 'skipped', outputs: {} };
    } else if (job.uses !== undefined) {
      const called = resolveCalledWorkflow(job.uses, state.options.workflowsDir);
      record = await callWorkflow(called, job, ctx, state, `${key}/`, all);
    } else {
      record = await runJob(key, job, ctx, state);
    }
    own[name] = record;
    all[key] = record;
  }
  return all;
}

async function runJob(
  key: string,
  job: JobDef,
  ctx: Contexts,
  state: RunState,
): Promise<JobRecord> {
  // Matrix values may be expressions (e.g. a called workflow's inputs); they are evaluated
  // before the legs start.
  const legs = job.strategy?.matrix?.include?.map((leg) =>
    Object.fromEntries(Object.entries(leg).map(([k, v]) => [k, evaluateValue(v, ctx)])),
  ) ?? [undefined];
  const outputs: Record<string, string> = {};
  let result: JobResult = 'success';
  for (const matrix of legs) {
    // fail-fast (the default) cancels the other legs once one fails (docs,
    // workflow-syntax#jobsjob_idstrategyfail-fast); legs here run one after another.
    if (result === 'failure' && job.strategy?.['fail-fast'] !== false) break;
    const leg = await runLeg(key, job, { ...ctx, matrix: matrix ?? {}, steps: {} }, state, matrix);
    if (leg.result === 'failure') result = 'failure';
    else if (leg.result === 'cancelled' && result === 'success') result = 'cancelled';
    // Each leg is its own job on the runner, which evaluates the outputs at its end and sends
    // only the non-empty ones that hold no secret (actions/runner src/Runner.Worker/
    // JobExtension.cs FinalizeJob: "Skip output '{0}' since it's empty" / "since it may
    // contain secret"); the legs' outputs are then combined, so an empty value never
    // overwrites a set one (docs, workflow-syntax#jobsjob_idoutputs, "Using job outputs in a
    // matrix job").
    Object.assign(outputs, leg.outputs);
  }
  return { result, outputs };
}

async function runLeg(
  key: string,
  job: JobDef,
  ctx: Contexts,
  state: RunState,
  matrix: Record<string, Value> | undefined,
): Promise<JobRecord> {
  const jobEnv: Record<string, string> = {
    ...state.options.env,
    GITHUB_WORKSPACE: state.options.workspace,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
  };
  for (const [k, v] of Object.entries(state.options.github))
    if (typeof v === 'string') jobEnv[`GITHUB_${k.toUpperCase()}`] = v;
  let failed = false;
  let cancelledHere = false;
  const steps = ctx.steps as Record<string, Value>;
  for (const step of job.steps ?? []) {
    const status: Status = {
      success: !failed && !state.cancelled,
      failure: failed,
      cancelled: state.cancelled,
    };
    if (!condition(step.if, ctx, status)) {
      if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const record = await runStep(step, {
      job: key,
      ctx,
      status,
      matrix,
      workspace: state.options.workspace,
      jobEnv,
      identities: state.options.identities,
      overrides: state.options.overrides,
    });
    state.steps.push(record);
    for (const m of record.log.matchAll(/^::add-mask::(.+)$/gm)) if (m[1]) state.masked.add(m[1]);
    const outcome = record.exitCode === 0 ? 'success' : 'failure';
    if (step.id) steps[step.id] = { outputs: record.outputs, outcome, conclusion: outcome };
    if (record.exitCode !== 0) failed = true;
    if (state.options.cancelAfterStep === `${key}.${step.id ?? ''}` && !state.cancelled) {
      state.cancelled = true;
      cancelledHere = true;
    }
  }
  const outputs: Record<string, string> = {};
  for (const [name, expr] of Object.entries(job.outputs ?? {})) {
    const value = interpolate(expr, ctx);
    if (value === '') continue;
    if ([...state.masked].some((secret) => value.includes(secret))) {
      state.warnings.push(`${key}: Skip output '${name}' since it may contain secret.`);
      continue;
    }
    outputs[name] = value;
  }
  const result: JobResult = failed ? 'failure' : cancelledHere ? 'cancelled' : 'success';
  return { result, outputs };
}

/** The env variable names the runner would set for a step's inputs (for assertions). */
export const inputEnvName = inputVariable;
