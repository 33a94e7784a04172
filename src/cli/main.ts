/**
 * The local front end: `plan` and `apply` over the same reconcilers the actions run, reading
 * one platform file. Run with `npm run plan`, or `tsx src/cli/main.ts <plan|apply> --config FILE`.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { MemoryLogger, type Logger } from '../lib/action/logger.js';
import { loadPlatformConfig } from '../lib/config/load.js';
import { errorMessage } from '../lib/errors.js';
import { ProcessRunner } from '../lib/exec/process-runner.js';
import { Redactor } from '../lib/exec/redact.js';
import { systemClock } from '../lib/exec/retry.js';
import { DryRunRunner, type Runner } from '../lib/exec/runner.js';
import type { StepPlan } from '../lib/reconcile/step.js';
import { renderJson, renderText, type PlannedStep } from './render.js';
import { discoverSteps } from './steps.js';

const USAGE = `usage: platform <plan|apply> --config FILE [--offline] [--json] [--only a,b] [--yes]`;

export interface CliOptions {
  readonly command: 'plan' | 'apply';
  readonly config: string;
  readonly offline?: boolean;
  readonly json: boolean;
  readonly only: readonly string[];
  readonly yes: boolean;
}

export function parseCli(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c' },
      offline: { type: 'boolean' },
      json: { type: 'boolean', default: false },
      only: { type: 'string' },
      yes: { type: 'boolean', short: 'y', default: false },
    },
  });
  const command = positionals[0];
  if (command !== 'plan' && command !== 'apply') throw new Error(USAGE);
  if (!values.config) throw new Error(`--config is required\n${USAGE}`);
  return {
    command,
    config: values.config,
    offline: values.offline,
    json: values.json ?? false,
    only: (values.only ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    yes: values.yes ?? false,
  };
}

/** Credentials are present when gcloud has an active account or a token is configured. */
async function hasCredentials(runner: Runner): Promise<boolean> {
  if (process.env.CLOUDSDK_AUTH_ACCESS_TOKEN_FILE || process.env.GOOGLE_GHA_CREDS_PATH) return true;
  if (!(await runner.has('gcloud'))) return false;
  const result = await runner.run({
    tool: 'gcloud',
    args: ['auth', 'list', '--filter=status:ACTIVE', '--format=value(account)'],
    mutating: false,
    timeoutMs: 30_000,
  });
  return result.exitCode === 0 && result.stdout.trim().length > 0;
}

export async function planPlatform(
  options: CliOptions,
  runner: Runner,
  logger: Logger,
): Promise<{ steps: PlannedStep[]; offline: boolean }> {
  const config = await loadPlatformConfig(options.config);
  const offline = options.offline ?? !(await hasCredentials(runner));
  // A plan observes for real and records writes; apply runs the same reconcilers for real
  // (planning itself only reads, so the real runner is safe to plan with).
  const stepRunner = options.command === 'apply' ? runner : new DryRunRunner(runner, logger);
  const tools = { runner: stepRunner, logger, clock: systemClock };
  const available = await discoverSteps();
  const unknown = options.only.filter((name) => !available.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `--only: unknown step(s) ${unknown.join(', ')}; known: ${available.map((s) => s.name).join(', ')}`,
    );
  }
  const carried = new Map<string, string>();
  const steps: PlannedStep[] = [];
  for (const step of available) {
    if (!step.enabled(config)) continue;
    if (options.only.length > 0 && !options.only.includes(step.name)) continue;
    let plan: StepPlan;
    try {
      plan = await step.plan({ config, tools, offline, carried });
    } catch (err) {
      throw new Error(`${step.name}: ${errorMessage(err)}`);
    }
    for (const [key, value] of Object.entries(plan.outputs)) carried.set(key, value);
    steps.push({ name: step.name, plan });
  }
  return { steps, offline };
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const redactor = new Redactor();
  const quiet = new MemoryLogger();
  try {
    const options = parseCli(argv);
    const runner = new ProcessRunner(quiet, redactor);
    const { steps, offline } = await planPlatform(options, runner, quiet);
    if (options.json) {
      process.stdout.write(`${renderJson(steps, redactor, offline)}\n`);
    } else {
      process.stdout.write(`${renderText(steps, redactor, offline)}\n`);
    }
    if (options.command === 'plan') return 0;
    if (offline) {
      process.stderr.write(
        'apply needs Google Cloud credentials (gcloud auth login, or a token file).\n',
      );
      return 1;
    }
    if (!options.yes && !(await confirm('Apply these changes? [y/N] '))) {
      process.stderr.write('Nothing applied.\n');
      return 1;
    }
    for (const { name, plan } of steps) {
      process.stdout.write(`-> ${name}\n`);
      try {
        await plan.apply?.();
      } catch (err) {
        process.stderr.write(
          `${name} failed: ${redactor.redact(errorMessage(err))}\n` +
            'Fix the cause and run apply again: every step converges, so finished steps are skipped.\n',
        );
        return 1;
      }
      process.stdout.write(`   ${name} done\n`);
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${redactor.redact(errorMessage(err))}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
