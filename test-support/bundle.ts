/** Runs a built bundle as the GitHub runner does: INPUT_* env, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { inputVariable } from '../src/lib/action/io.js';
import { actionNode } from './node24.js';

export interface BundleRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** The runner's files and environment for one step: INPUT_* variables, output and summary files. */
function prepareStep(inputs: Record<string, string>, extraEnv: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-run-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    // The fake CLIs' call log is test plumbing, not something a tool reads: let it through.
    GKE_DP_CHILD_ENV: 'FAKE_CLI_LOG GCP_EMULATOR_SLEEP_SCALE',
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  return {
    env,
    collect: (result: { exitCode: number; stdout: string; stderr: string }): BundleRun => ({
      ...result,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    }),
  };
}

export function runBundle(
  file: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  options: { cwd?: string; timeoutMs?: number } = {},
): BundleRun {
  const step = prepareStep(inputs, extraEnv);
  const result = spawnSync(actionNode(), [file], {
    env: step.env,
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
  });
  return step.collect({
    exitCode: result.status ?? -1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
  });
}

export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^(.+?)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== m[2]; i += 1) value.push(lines[i] ?? '');
    out[m[1] ?? ''] = value.join('\n');
  }
  return out;
}

/**
 * The same as runBundle, without blocking the event loop: needed when the emulators the bundle
 * talks to run in this very process.
 */
export async function runBundleAsync(
  file: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<BundleRun> {
  const step = prepareStep(inputs, extraEnv);
  return step.collect(
    await spawnAsync(actionNode(), [file], {
      env: step.env,
      cwd: options.cwd,
      timeoutMs: options.timeoutMs ?? 60_000,
    }),
  );
}

/** spawn, collecting output, with a kill on timeout. */
export function spawnAsync(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; timeoutMs: number },
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], {
      env: options.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/**
 * The inputs a step's action receives, filled as the runner fills them: every input declared in
 * action.yml that the step's `with:` leaves out gets its `default:` (actions/runner,
 * src/Runner.Worker/ActionRunner.cs, "Merge the default inputs from the definition":
 * `if (!inputs.ContainsKey(key)) inputs[key] = manifestManager.EvaluateDefaultInput(...)`), and
 * an input without a default evaluates to "" (src/Runner.Worker/ActionManifestManager.cs,
 * EvaluateDefaultInput: `string result = ""; if (token != null) ...`): INPUT_<NAME> is set, empty.
 */
export function runnerInputs(
  actionYml: string,
  withInputs: Record<string, string>,
): Record<string, string> {
  const meta = parseYaml(readFileSync(actionYml, 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
  };
  const filled: Record<string, string> = { ...withInputs };
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (!(name in filled)) filled[name] = spec.default ?? '';
  }
  return filled;
}
