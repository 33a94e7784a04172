/**
 * The CLI front end: runs every action's definition as a step of one chain, in the runbook's
 * order, over one platform file. `plan` runs each step as a dry run (reads are real, writes are
 * recorded); `apply` runs it for real. Earlier steps' outputs are carried to later ones, and
 * secret inputs come from the environment or files, never from argv or the platform file.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from '../lib/log/logger.js';
import type { InputSource } from '../lib/inputs/parse.js';
import type { PlatformConfig } from '../lib/config/schema.js';
import { errorMessage } from '../lib/errors.js';
import type { Clock } from '../lib/exec/retry.js';
import type { Runner } from '../lib/exec/runner.js';
import type { AnyDefinition, Artifact, CliSecret } from '../lib/reconcile/definition.js';
import type { Change, Outcome } from '../lib/reconcile/engine.js';
import { createRunContext, execute } from '../lib/reconcile/run.js';

export interface StepReport {
  readonly name: string;
  readonly changes: readonly Change[];
  readonly outcomes: readonly Outcome[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly artifacts: readonly Artifact[];
}

export interface ChainOptions {
  readonly config: PlatformConfig;
  readonly dryRun: boolean;
  readonly offline: boolean;
  readonly only: readonly string[];
  readonly runner: Runner;
  readonly logger: Logger;
  readonly clock?: Clock;
  readonly env?: NodeJS.ProcessEnv;
  /** A definition's extras (timing knobs, a tool-cache fake), by step name: tests only. */
  readonly extras?: Readonly<Record<string, unknown>>;
  /** Outputs already known (a chain resumed with --only; tests). */
  readonly carried?: ReadonlyMap<string, string>;
  /** Called before and after each step runs (apply prints progress). */
  readonly onStep?: (name: string, phase: 'start' | 'done') => void;
}

/**
 * A secret from VAR, or from the file VAR_FILE names (a key file, a mounted secret). A file's
 * one trailing newline is dropped, as `echo secret > file` adds it.
 */
export function readSecret(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable];
  if (value) return value;
  const file = env[`${variable}_FILE`];
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    throw new Error(`${variable}_FILE: cannot read ${file}: ${errorMessage(err)}`, { cause: err });
  }
}

/** Settings come from the platform file; the source only answers secret inputs. */
function secretSource(
  secrets: readonly CliSecret[],
  env: NodeJS.ProcessEnv,
  dryRun: boolean,
): InputSource {
  const values = new Map<string, string>();
  for (const secret of secrets) {
    const value = readSecret(env, secret.env) ?? (dryRun ? secret.planPlaceholder : undefined);
    if (value !== undefined) values.set(secret.input, value);
  }
  return (name) => values.get(name) ?? '';
}

export function checkOnly(definitions: readonly AnyDefinition[], only: readonly string[]): void {
  const unknown = only.filter((name) => !definitions.some((d) => d.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `--only: unknown step(s) ${unknown.join(', ')}; known: ${definitions.map((d) => d.name).join(', ')}`,
    );
  }
}

export async function runChain(
  definitions: readonly AnyDefinition[],
  options: ChainOptions,
): Promise<StepReport[]> {
  checkOnly(definitions, options.only);
  const env = options.env ?? process.env;
  const carried = new Map<string, string>(options.carried);
  const reports: StepReport[] = [];
  for (const definition of [...definitions].sort((a, b) => a.order - b.order)) {
    if (!definition.cli.enabled(options.config)) continue;
    if (options.only.length > 0 && !options.only.includes(definition.name)) continue;
    options.onStep?.(definition.name, 'start');
    try {
      const source = secretSource(definition.cli.secrets ?? [], env, options.dryRun);
      const inputs = await definition.parse(source, options.config, carried);
      const ctx = createRunContext(
        { logger: options.logger, runner: options.runner, clock: options.clock },
        { dryRun: options.dryRun, offline: options.offline },
      );
      for (const secret of definition.secrets(inputs)) ctx.registerSecret(secret);
      const run = await definition.start(inputs, ctx, options.extras?.[definition.name]);
      const result = await execute(run, ctx);
      const outputs = await run.outputs(result);
      for (const [key, value] of Object.entries(outputs)) carried.set(key, value);
      reports.push({
        name: definition.name,
        changes: result.planned.changes,
        outcomes: result.outcomes,
        outputs,
        warnings: result.planned.warnings,
        artifacts: result.planned.artifacts ?? [],
      });
    } catch (err) {
      throw new Error(`${definition.name}: ${errorMessage(err)}`, { cause: err });
    }
    options.onStep?.(definition.name, 'done');
  }
  return reports;
}
