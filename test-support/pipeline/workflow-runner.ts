/**
 * Runs a workflow locally, as GitHub and its runner would, for the pipeline test: jobs in
 * parallel in `needs` order with `if:` and status functions, results, matrices with merged
 * outputs, environments (environments.ts), reusable workflows (reusable.ts), events
 * (events.ts); steps in step-runner.ts. Each point cites its source where it is modelled, and
 * __tests__/pipeline/workflow-runner.test.ts pins each one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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
import {
  environmentName,
  reviewOf,
  withEnvironment,
  type EnvironmentDef,
  type EnvironmentSpec,
  type Review,
} from './environments.js';
import { checkTrigger } from './events.js';
import { ancestors, needsOf, order } from './job-graph.js';
import { callWorkflow, resolveCalledWorkflow, type WorkflowCall } from './reusable.js';
import { runStep, type Identity, type StepDef, type StepRecord } from './step-runner.js';

export type { Identity, StepRecord } from './step-runner.js';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface JobDef extends WorkflowCall {
  needs?: string | string[];
  if?: string | boolean;
  environment?: EnvironmentSpec;
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
  /** GitHub environments by name: their own variables and secrets (see environments.ts). */
  readonly environments?: Record<string, EnvironmentDef>;
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
  /**
   * Where `./.github/workflows/...` calls are read from: the calling repository's own
   * workflows, by default the folder of workflowFile (templates are copied side by side).
   */
  readonly localWorkflowsDir?: string;
  /** `job.stepId` after which the run is cancelled, as if "Cancel workflow" were clicked. */
  readonly cancelAfterStep?: string;
}

export interface JobRecord {
  result: JobResult;
  outputs: Record<string, string>;
  /** The environment the job ran in, when it named one. */
  environment?: string;
}

export interface PipelineResult {
  /** By job id; jobs of a called workflow as `caller/called`. */
  readonly jobs: Record<string, JobRecord>;
  readonly steps: StepRecord[];
  /** Runner warnings, e.g. "Skip output 'x' since it may contain secret." */
  readonly warnings: string[];
  /** Jobs that waited for their environment's required reviewers. */
  readonly reviews: Review[];
}

/** What one run shares across its jobs (and its called workflows). */
export interface RunState {
  cancelled: boolean;
  /** Values the runner masks: every secret of the run and every `::add-mask::` value. */
  readonly masked: Set<string>;
  readonly steps: StepRecord[];
  readonly warnings: string[];
  readonly reviews: Review[];
  readonly options: PipelineOptions;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const state: RunState = {
    cancelled: false,
    masked: new Set(Object.values(options.secrets).filter((s) => s !== '')),
    steps: [],
    warnings: [],
    reviews: [],
    options,
  };
  const workflow = parse(readFileSync(options.workflowFile, 'utf8')) as WorkflowDef;
  checkTrigger(workflow.on, options.github);
  const base: Contexts = {
    vars: options.vars,
    secrets: options.secrets,
    inputs: options.inputs ?? {},
    github: options.github,
  };
  const jobs = await runJobs(workflow, base, state, '');
  return { jobs, steps: state.steps, warnings: state.warnings, reviews: state.reviews };
}

/**
 * Runs a workflow's jobs; job ids are prefixed with `prefix` (a called workflow's caller).
 * `called`: the workflow was called with workflow_call (its secrets are the passed ones).
 */
export async function runJobs(
  workflow: WorkflowDef,
  base: Contexts,
  state: RunState,
  prefix: string,
  called = false,
): Promise<Record<string, JobRecord>> {
  const own: Record<string, JobRecord> = {};
  const all: Record<string, JobRecord> = {};
  // Jobs run in parallel unless `needs` orders them ("A workflow run is made up of one or more
  // jobs, which run in parallel by default", docs workflow-syntax#jobs): each job starts as
  // soon as every job it needs has finished. order() first rejects unknown needs and cycles.
  const runOne = async (name: string): Promise<void> => {
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
      const called = resolveCalledWorkflow(
        job.uses,
        state.options.workflowsDir,
        state.options.localWorkflowsDir ?? path.dirname(state.options.workflowFile),
      );
      record = await callWorkflow(called, job, ctx, state, `${key}/`, all);
    } else {
      const environment = environmentName(job.environment, ctx);
      // GitHub creates an environment a job names that does not exist yet, empty (docs,
      // actions/reference/deployments-and-environments: "Referencing an environment that
      // does not exist will create an environment with the referenced name").
      const envDef =
        environment === undefined ? undefined : (state.options.environments?.[environment] ?? {});
      const review = reviewOf(key, environment, envDef);
      if (review) state.reviews.push(review);
      const jobCtx = withEnvironment(ctx, envDef, called);
      for (const secret of Object.values(jobCtx.secrets as Record<string, string>))
        if (secret !== '') state.masked.add(secret);
      record =
        review?.decision === 'rejected'
          ? { result: 'failure', outputs: {}, environment }
          : { ...(await runJob(key, job, jobCtx, state)), environment };
    }
    own[name] = record;
    all[key] = record;
  };
  const running = new Map<string, Promise<void>>();
  const start = (name: string): Promise<void> => {
    let started = running.get(name);
    if (!started) {
      started = Promise.all(needsOf(workflow.jobs[name] as JobDef).map(start)).then(() =>
        runOne(name),
      );
      running.set(name, started);
    }
    return started;
  };
  await Promise.all(order(workflow.jobs).map(start));
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
