/**
 * The GitHub front end: runs an ActionDefinition as a GitHub Action. It reads the inputs (with
 * the platform file when `config` is set), masks the secrets, lets the engine run the phases,
 * and writes outputs and the job summary. The one place a failure becomes setFailed:
 * configuration errors, command errors and bugs all end here, redacted and prefixed with the
 * action's name.
 */
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Redactor } from '../exec/redact.js';
import type { Clock } from '../exec/retry.js';
import type { Runner } from '../exec/runner.js';
import type { ActionDefinition, FailureReport, RunContext } from '../reconcile/definition.js';
import { ApplyError } from '../reconcile/engine.js';
import { outcomesTable } from '../reconcile/report.js';
import { createRunContext, execute } from '../reconcile/run.js';
import type { InputSource } from './inputs.js';
import { runnerIO, type ActionIO } from './io.js';
import { readPlatformConfig } from './platform-config.js';

export interface ActionDeps {
  readonly io: ActionIO;
  /** The runner to use instead of spawning processes (tests). */
  readonly runner?: Runner;
  readonly clock?: Clock;
}

export async function runDefinition<I extends { readonly dryRun: boolean }, Op, E>(
  definition: ActionDefinition<I, Op, E>,
  deps: ActionDeps = { io: runnerIO() },
  extras?: E,
): Promise<void> {
  const { io } = deps;
  const { name } = definition;
  let ctx: RunContext | undefined;
  const redact = (text: string): string => ctx?.runner.redactor.redact(text) ?? text;
  try {
    const source: InputSource = (input) => io.getInput(input);
    const inputs = await definition.parse(source, await readPlatformConfig(source));
    ctx = createRunContext(
      { logger: io, runner: deps.runner, clock: deps.clock, maskSecret: (v) => io.setSecret(v) },
      { dryRun: inputs.dryRun },
    );
    for (const secret of definition.secrets(inputs)) ctx.registerSecret(secret);
    const run = await definition.start(inputs, ctx, extras);
    let result;
    try {
      result = await execute(run, ctx);
    } catch (err) {
      if (!(err instanceof ApplyError)) throw err;
      const report = await reportFailure(name, io, err, run.onFailure, redact);
      throw report.message === undefined ? err : new ApplyError(err.outcomes, report.message);
    }
    for (const [key, value] of Object.entries(await run.outputs(result))) io.setOutput(key, value);
    await io.writeSummary(redact(await run.report(result)));
    io.info(run.done(result));
  } catch (err) {
    fail(name, io, err, ctx?.runner.redactor);
  }
}

async function reportFailure(
  name: string,
  io: ActionIO,
  err: ApplyError,
  onFailure: ((err: ApplyError) => Promise<FailureReport>) | undefined,
  redact: (text: string) => string,
): Promise<FailureReport> {
  const report = (await onFailure?.(err).catch(() => undefined)) ?? {};
  for (const [key, value] of Object.entries(report.outputs ?? {})) io.setOutput(key, value);
  const summary =
    report.summary ?? `## ${name} failed\n\n${outcomesTable(err.outcomes)}\n\n${err.message}\n`;
  await io.writeSummary(redact(summary)).catch(() => undefined);
  return report;
}

function fail(name: string, io: ActionIO, err: unknown, redactor: Redactor | undefined): void {
  const redact = (text: string): string => redactor?.redact(text) ?? text;
  const message = redact(errorMessage(err));
  if (
    !(err instanceof ConfigurationError) &&
    !(err instanceof ApplyError) &&
    err instanceof Error
  ) {
    io.debug(redact(err.stack ?? message));
  }
  io.setFailed(`${name}: ${message}`);
}
