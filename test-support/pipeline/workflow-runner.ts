/**
 * Runs a workflow template locally, as the runner would, for the pipeline test: jobs in `needs`
 * order with their `if:`, matrices, job outputs; `run:` steps in bash with GITHUB_OUTPUT; the
 * suite's own actions from their built bundles (dist/<name>/index.js) with action.yml defaults
 * applied; Google's auth and get-gke-credentials, and checkout, simulated (the emulators'
 * environment stands in for the credentials they would produce).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { inputVariable } from '../../src/lib/action/io.js';
import { parseOutputs, runBundleAsync, spawnAsync } from '../bundle.js';
import { condition, interpolate, type Contexts, type Value } from './expressions.js';

const root = path.resolve(import.meta.dirname, '../..');

interface StepDef {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  if?: string;
}
interface JobDef {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { matrix?: { include?: Record<string, Value>[] } };
  steps: StepDef[];
}

export interface PipelineOptions {
  readonly workflowFile: string;
  readonly workspace: string;
  readonly vars: Record<string, string>;
  readonly secrets: Record<string, string>;
  readonly inputs?: Record<string, Value>;
  readonly github: Record<string, string>;
  /** Environment every step gets (emulators, PATH with the simulated helm, ...). */
  readonly env: Record<string, string>;
  /** Input overrides per `job.stepId`, applied after interpolation. */
  readonly overrides?: Record<string, Record<string, string>>;
}

export interface StepRecord {
  readonly job: string;
  readonly matrix?: Record<string, Value>;
  readonly step: string;
  readonly action?: string;
  readonly inputs: Record<string, string>;
  readonly outputs: Record<string, string>;
  readonly exitCode: number;
  readonly log: string;
  readonly summary: string;
}

export interface PipelineResult {
  readonly jobs: Record<
    string,
    { result: 'success' | 'failure' | 'skipped'; outputs: Record<string, string> }
  >;
  readonly steps: StepRecord[];
}

const SIMULATED = [
  /^actions\/checkout@/,
  /^google-github-actions\/auth@/,
  /^google-github-actions\/get-gke-credentials@/,
];

function suiteAction(uses: string): string | undefined {
  return /^(?:\.\/|org\/deploy\/)actions\/([a-z0-9-]+)(?:@.+)?$/.exec(uses)?.[1];
}

function actionDefaults(name: string): Record<string, string> {
  const yml = parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [key, spec] of Object.entries(yml.inputs ?? {}))
    if (spec.default !== undefined) out[key] = String(spec.default);
  return out;
}

function order(jobs: Record<string, JobDef>): string[] {
  const done: string[] = [];
  const visit = (name: string, trail: string[]): void => {
    if (done.includes(name)) return;
    if (trail.includes(name)) throw new Error(`needs cycle at ${name}`);
    const needs = jobs[name]?.needs;
    for (const n of typeof needs === 'string' ? [needs] : (needs ?? [])) visit(n, [...trail, name]);
    done.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name, []);
  return done;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const workflow = parse(readFileSync(options.workflowFile, 'utf8')) as {
    jobs: Record<string, JobDef>;
  };
  const jobs: PipelineResult['jobs'] = {};
  const steps: StepRecord[] = [];
  for (const jobName of order(workflow.jobs)) {
    const job = workflow.jobs[jobName] as JobDef;
    const needNames = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);
    const needs: Record<string, Value> = {};
    for (const n of needNames)
      needs[n] = { result: jobs[n]?.result ?? 'skipped', outputs: jobs[n]?.outputs ?? {} };
    const base: Contexts = {
      vars: options.vars,
      secrets: options.secrets,
      inputs: options.inputs ?? {},
      github: options.github,
      needs,
    };
    const upstreamFailed = needNames.some((n) => jobs[n]?.result !== 'success');
    const defaultIf = job.if === undefined && upstreamFailed ? false : true;
    if (!defaultIf || !condition(job.if, base)) {
      jobs[jobName] = { result: 'skipped', outputs: {} };
      continue;
    }
    const legs = job.strategy?.matrix?.include ?? [undefined];
    const outputs: Record<string, string> = {};
    let result: 'success' | 'failure' = 'success';
    for (const matrix of legs) {
      const ctx: Contexts = { ...base, matrix: matrix ?? {}, steps: {} };
      for (const step of job.steps) {
        const stepsCtx = ctx.steps as Record<string, Value>;
        if (result === 'failure' || !condition(step.if, ctx)) continue;
        const record = await runStep(jobName, step, ctx, options, matrix);
        steps.push(record);
        if (step.id)
          stepsCtx[step.id] = {
            outputs: record.outputs,
            outcome: record.exitCode === 0 ? 'success' : 'failure',
          };
        if (record.exitCode !== 0) result = 'failure';
      }
      for (const [key, expr] of Object.entries(job.outputs ?? {})) {
        const value = interpolate(expr, ctx);
        if (value !== '' || outputs[key] === undefined) outputs[key] = value;
      }
    }
    jobs[jobName] = { result, outputs };
  }
  return { jobs, steps };
}

async function runStep(
  job: string,
  step: StepDef,
  ctx: Contexts,
  options: PipelineOptions,
  matrix?: Record<string, Value>,
): Promise<StepRecord> {
  const label = step.id ?? step.name ?? step.uses ?? 'run';
  const env: Record<string, string> = {
    ...options.env,
    ...githubEnv(options.github, options.workspace),
  };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(String(v), ctx);
  if (step.run !== undefined) {
    const dir = mkdtempSync(path.join(tmpdir(), 'run-step-'));
    const outputFile = path.join(dir, 'output');
    writeFileSync(outputFile, '');
    const r = await spawnAsync(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run],
      {
        cwd: options.workspace,
        env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile },
        timeoutMs: 60_000,
      },
    );
    const simple: Record<string, string> = {};
    for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
      const m = /^([^=<]+)=(.*)$/.exec(line);
      if (m) simple[m[1] ?? ''] = m[2] ?? '';
    }
    return {
      job,
      matrix,
      step: label,
      inputs: {},
      outputs: { ...simple, ...parseOutputs(readFileSync(outputFile, 'utf8')) },
      exitCode: r.exitCode,
      log: `${r.stdout}${r.stderr}`,
      summary: '',
    };
  }
  const uses = step.uses ?? '';
  if (SIMULATED.some((re) => re.test(uses))) {
    return {
      job,
      matrix,
      step: label,
      action: uses,
      inputs: {},
      outputs: {},
      exitCode: 0,
      log: '(simulated)',
      summary: '',
    };
  }
  const name = suiteAction(uses);
  if (!name) throw new Error(`pipeline runner: cannot run ${uses}`);
  // The runner evaluates expressions in action.yml defaults (`default: ${{ github.token }}`).
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(actionDefaults(name))) inputs[k] = interpolate(v, ctx);
  for (const [k, v] of Object.entries(step.with ?? {})) {
    const value = interpolate(String(v), ctx);
    inputs[k] = value;
  }
  // Overrides by `job.step`, or for one matrix leg by `job.step@<a matrix value>`.
  const keys = [
    `${job}.${step.id ?? ''}`,
    ...Object.values(matrix ?? {}).map((v) => `${job}.${step.id ?? ''}@${String(v)}`),
  ];
  for (const key of keys) Object.assign(inputs, options.overrides?.[key] ?? {});
  const run = await runBundleAsync(path.join(root, 'dist', name, 'index.js'), inputs, env, {
    cwd: options.workspace,
    timeoutMs: 300_000,
  });
  return {
    job,
    matrix,
    step: label,
    action: name,
    inputs,
    outputs: run.outputs,
    exitCode: run.exitCode,
    log: `${run.stdout}${run.stderr}`,
    summary: run.summary,
  };
}

function githubEnv(github: Record<string, string>, workspace: string): Record<string, string> {
  const env: Record<string, string> = { GITHUB_WORKSPACE: workspace, GITHUB_ACTIONS: 'true' };
  for (const [k, v] of Object.entries(github)) env[`GITHUB_${k.toUpperCase()}`] = v;
  return env;
}

/** The env variable names the runner would set for a step's inputs (for assertions). */
export const inputEnvName = inputVariable;
