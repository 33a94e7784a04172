/**
 * One step as the runner runs it: `run:` in bash with the runner's file commands, the suite's
 * actions from their bundles with action.yml defaults filled, and the Google sign-in actions
 * simulated by switching to the identity the emulators know for the service account.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runBundleAsync, spawnAsync } from '../bundle.js';
import { interpolate, type Contexts, type Status, type Value } from './expressions.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface StepDef {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  if?: string;
}

/** Who a job signs in as: what google-github-actions/auth and get-gke-credentials produce. */
export interface Identity {
  readonly name: string;
  /** The gcloud environment for this identity (its access token). */
  readonly gcloud: Record<string, string>;
  /** The kubectl environment for this identity (its kubeconfig). */
  readonly kube: Record<string, string>;
  /**
   * `project/location/name` of the one cluster this identity's kubeconfig reaches; when set,
   * get-gke-credentials for another cluster fails, as the real action does for a cluster the
   * account cannot get (it reads the cluster's endpoint with container.clusters.get).
   */
  readonly cluster?: string;
}

export interface StepRecord {
  readonly job: string;
  readonly matrix?: Record<string, Value>;
  readonly step: string;
  readonly action?: string;
  /** The identity the job was signed in as when the step ran. */
  readonly identity?: string;
  readonly inputs: Record<string, string>;
  readonly outputs: Record<string, string>;
  readonly exitCode: number;
  readonly log: string;
  readonly summary: string;
}

export interface StepContext {
  readonly job: string;
  readonly ctx: Contexts;
  readonly status: Status;
  readonly matrix?: Record<string, Value>;
  readonly workspace: string;
  /** The job's environment; GITHUB_ENV and the sign-in actions add to it for later steps. */
  readonly jobEnv: Record<string, string>;
  readonly identities?: Record<string, Identity>;
  readonly overrides?: Record<string, Record<string, string>>;
}

const IDENTITY = 'PIPELINE_RUNNER_IDENTITY';
/** The service account the job signed in as (names need not be unique across environments). */
const ACCOUNT = 'PIPELINE_RUNNER_ACCOUNT';

function suiteAction(uses: string): string | undefined {
  return /^(?:\.\/|org\/deploy\/)actions\/([a-z0-9-]+)(?:@.+)?$/.exec(uses)?.[1];
}

/**
 * The runner fills every input a step leaves out with its action.yml `default:` before the
 * action starts (actions/runner src/Runner.Worker/ActionRunner.cs: "Merge the default inputs
 * from the definition"), so an action cannot tell "not given" from "given as the default".
 */
export function actionDefaults(name: string): Record<string, string> {
  const yml = parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string | number | boolean }>;
  };
  const out: Record<string, string> = {};
  for (const [key, spec] of Object.entries(yml.inputs ?? {}))
    if (spec.default !== undefined) out[key] = String(spec.default);
  return out;
}

/** GITHUB_OUTPUT / GITHUB_ENV: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const simple = /^([^=]+)=(.*)$/.exec(line);
    if (heredoc && (!simple || (simple[1] ?? '').includes('<<'))) {
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== heredoc[2]; i += 1) value.push(lines[i] ?? '');
      out[heredoc[1] ?? ''] = value.join('\n');
    } else if (simple) out[simple[1] ?? ''] = simple[2] ?? '';
  }
  return out;
}

export async function runStep(step: StepDef, sc: StepContext): Promise<StepRecord> {
  const label = step.id ?? step.name ?? step.uses ?? 'run';
  const env: Record<string, string> = { ...sc.jobEnv };
  for (const [k, v] of Object.entries(step.env ?? {}))
    env[k] = interpolate(String(v), sc.ctx, sc.status);
  const base = { job: sc.job, matrix: sc.matrix, step: label, identity: sc.jobEnv[IDENTITY] };
  if (step.run !== undefined) {
    // The runner evaluates `${{ }}` in the script text before bash sees it.
    const script = interpolate(step.run, sc.ctx, sc.status);
    return { ...base, ...(await runScript(script, env, sc)) };
  }
  const uses = step.uses ?? '';
  if (/^actions\/checkout@/.test(uses))
    return { ...base, action: uses, inputs: {}, outputs: {}, exitCode: 0, log: '', summary: '' };
  if (/^google-github-actions\/(auth|get-gke-credentials)@/.test(uses))
    return { ...base, ...signIn(uses, step, sc) };
  const name = suiteAction(uses);
  if (!name) throw new Error(`pipeline runner: cannot run ${uses}`);
  // The runner evaluates expressions in action.yml defaults (`default: ${{ github.token }}`).
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(actionDefaults(name)))
    inputs[k] = interpolate(v, sc.ctx, sc.status);
  for (const [k, v] of Object.entries(step.with ?? {}))
    inputs[k] = interpolate(String(v), sc.ctx, sc.status);
  // Overrides by `job.step`, or for one matrix leg by `job.step@<a matrix value>`. A job of a
  // called workflow (`caller/job`) also takes the keys of its bare job id, so a test written
  // for one environment keeps working when the job moves into a called workflow; the full
  // key is applied last and wins.
  const jobs = sc.job.includes('/')
    ? [sc.job.slice(sc.job.lastIndexOf('/') + 1), sc.job]
    : [sc.job];
  const keys = jobs.flatMap((job) => [
    `${job}.${step.id ?? ''}`,
    ...Object.values(sc.matrix ?? {}).map((v) => `${job}.${step.id ?? ''}@${String(v)}`),
  ]);
  for (const key of keys) Object.assign(inputs, sc.overrides?.[key] ?? {});
  const run = await runBundleAsync(path.join(root, 'dist', name, 'index.js'), inputs, env, {
    cwd: sc.workspace,
    timeoutMs: 300_000,
  });
  return {
    ...base,
    action: name,
    inputs,
    outputs: run.outputs,
    exitCode: run.exitCode,
    log: `${run.stdout}${run.stderr}`,
    summary: run.summary,
  };
}

/**
 * `run:` without `shell:` on Linux is `bash -e {0}` on a script file: -e but no pipefail and
 * no --noprofile/--norc (actions/runner src/Runner.Worker/Handlers/ScriptHandler.cs: an empty
 * shell becomes "sh" with bash found by Which; ScriptHandlerHelpers.cs: "sh" = "-e {0}";
 * docs: workflow-syntax#jobsjob_idstepsshell, "unspecified: bash -e {0}").
 */
async function runScript(
  script: string,
  env: Record<string, string>,
  sc: StepContext,
): Promise<Omit<StepRecord, 'job' | 'step' | 'matrix' | 'identity'>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'run-step-'));
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const scriptFile = path.join(dir, 'script.sh');
  writeFileSync(scriptFile, script);
  const r = await spawnAsync('bash', ['-e', scriptFile], {
    cwd: sc.workspace,
    env: { ...process.env, ...env, ...files },
    timeoutMs: 60_000,
  });
  Object.assign(sc.jobEnv, parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')));
  return {
    inputs: {},
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    exitCode: r.exitCode,
    log: `${r.stdout}${r.stderr}`,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

/**
 * auth maps the service account to an identity the emulators know (Workload Identity
 * Federation would hand the job that account's token); get-gke-credentials writes that
 * identity's kubeconfig. Without a prior auth, get-gke-credentials has no credentials and fails,
 * as the real action does. With no identities configured, both leave the environment as it is.
 */
function signIn(
  uses: string,
  step: StepDef,
  sc: StepContext,
): Omit<StepRecord, 'job' | 'step' | 'matrix' | 'identity'> {
  const result = (exitCode: number, log: string) => ({
    action: uses,
    inputs: {},
    outputs: {},
    exitCode,
    log,
    summary: '',
  });
  if (!sc.identities) return result(0, '(simulated, no identities)');
  if (uses.startsWith('google-github-actions/auth@')) {
    const account = interpolate(String(step.with?.service_account ?? ''), sc.ctx, sc.status);
    const identity = sc.identities[account];
    if (!identity) return result(1, `auth: no identity for service account "${account}"`);
    Object.assign(sc.jobEnv, identity.gcloud, { [IDENTITY]: identity.name, [ACCOUNT]: account });
    return result(0, `signed in as ${identity.name}`);
  }
  const signedIn = sc.identities[sc.jobEnv[ACCOUNT] ?? ''];
  if (!signedIn)
    return result(1, 'get-gke-credentials: no Google credentials; run the auth action first');
  const input = (key: string): string =>
    interpolate(String(step.with?.[key] ?? ''), sc.ctx, sc.status);
  const cluster = `${input('project_id')}/${input('location')}/${input('cluster_name')}`;
  if (signedIn.cluster !== undefined && signedIn.cluster !== cluster)
    return result(1, `get-gke-credentials: cluster ${cluster} not found for ${signedIn.name}`);
  Object.assign(sc.jobEnv, signedIn.kube);
  return result(0, `kubeconfig for ${signedIn.name}`);
}
