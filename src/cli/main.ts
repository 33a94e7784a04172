/**
 * The local front end: `plan` and `apply` over the same action definitions the GitHub Actions
 * run, reading one platform file. Secrets come from the environment or files (see README).
 * Built into dist/cli/index.js (the package's `bin`); `npm run plan` runs that bundle.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { MemoryLogger, QUIET_LOG_LIMITS, type Logger } from '../lib/log/logger.js';
import { loadPlatformConfig } from '../lib/config/load.js';
import { errorMessage } from '../lib/errors.js';
import { ProcessRunner } from '../lib/exec/process-runner.js';
import { Redactor } from '../lib/exec/redact.js';
import type { Runner } from '../lib/exec/runner.js';
import type { PlatformConfig } from '../lib/config/schema.js';
import { definitions } from './definitions.js';
import { renderJson, renderText } from './render.js';
import { checkOnly, runChain, type StepReport } from './run-steps.js';

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

/** The whole chain as a dry run: what `plan` prints and what `apply` asks to confirm. */
export async function planPlatform(
  options: CliOptions,
  runner: Runner,
  logger: Logger,
): Promise<{ steps: StepReport[]; offline: boolean; config: PlatformConfig }> {
  const config = await loadPlatformConfig(options.config);
  checkOnly(definitions, options.only);
  const offline = options.offline ?? !(await hasCredentials(runner));
  const steps = await runChain(definitions, {
    config,
    dryRun: true,
    offline,
    only: options.only,
    runner,
    logger,
  });
  return { steps, offline, config };
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** Where commands log in the CLI: nothing is printed from it, so it only keeps a head and tail. */
export function quietLogger(): MemoryLogger {
  return new MemoryLogger(QUIET_LOG_LIMITS);
}

export async function main(argv: readonly string[]): Promise<number> {
  const redactor = new Redactor();
  const quiet = quietLogger();
  try {
    const options = parseCli(argv);
    const runner = new ProcessRunner(quiet, redactor);
    const { steps, offline, config } = await planPlatform(options, runner, quiet);
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
    // Apply observes again and runs the same definitions for real: what changed since the
    // plan is planned anew, and each step's real outputs (pushed digests) feed the next.
    try {
      await runChain(definitions, {
        config,
        dryRun: false,
        offline: false,
        only: options.only,
        runner,
        logger: quiet,
        onStep: (name, phase) =>
          process.stdout.write(phase === 'start' ? `-> ${name}\n` : `   ${name} done\n`),
      });
    } catch (err) {
      process.stderr.write(
        `${redactor.redact(errorMessage(err))}\n` +
          'Fix the cause and run apply again: every step converges, so finished steps are skipped.\n',
      );
      return 1;
    }
    return 0;
  } catch (err) {
    process.stderr.write(`${redactor.redact(errorMessage(err))}\n`);
    return 1;
  }
}

// Run from source (`node --import ./scripts/register-ts.mjs src/cli/main.ts`, as the bench
// did); the shipped entry is dist/cli/index.js, built from index.ts.
if (process.argv[1]?.endsWith('src/cli/main.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
