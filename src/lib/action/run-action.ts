/**
 * The GitHub front end: runs an ActionDefinition as a GitHub Action. It reads the inputs (with
 * the platform file when `config` is set), masks the secrets, lets the engine run the phases,
 * and writes outputs and the job summary. The one place a failure becomes setFailed:
 * configuration errors, command errors and bugs all end here, redacted and prefixed with the
 * action's name.
 */
import { errorMessage, isBug } from '../errors.js';
import { Redactor } from '../exec/redact.js';
import type { Clock } from '../exec/retry.js';
import type { Runner } from '../exec/runner.js';
import type { ActionDefinition, FailureReport, RunContext } from '../reconcile/definition.js';
import { ApplyError } from '../reconcile/engine.js';
import { outcomesTable } from '../reconcile/report.js';
import { createRunContext, execute } from '../reconcile/run.js';
import { checkCredentials } from './credentials-preflight.js';
import { boundedSource } from '../inputs/limits.js';
import type { InputSource } from '../inputs/parse.js';
import { maskSecretInputs } from '../inputs/secrets.js';
import { runnerIO, type ActionIO } from './io.js';
import { readPlatformConfig } from './platform-config.js';

/** The output every action sets: its outcomes as JSON (each action.yml declares it). */
export const CHANGES_OUTPUT = 'changes';

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
  // Secret inputs are masked before anything parses them (issue 15): errors can then not echo them.
  const early = new Redactor();
  const redact = (text: string): string => (ctx?.runner.redactor ?? early).redact(text);
  try {
    const source: InputSource = boundedSource((input) => io.getInput(input));
    const secrets = maskSecretInputs(name, source, (v) => {
      for (const form of early.add(v)) io.setSecret(form);
    });
    const inputs = await definition.parse(source, await readPlatformConfig(source));
    // Real processes only: a runner handed in (tests) brings its own world.
    if (!deps.runner) checkCredentials(name, inputs);
    ctx = createRunContext(
      { logger: io, runner: deps.runner, clock: deps.clock, maskSecret: (v) => io.setSecret(v) },
      { dryRun: inputs.dryRun },
    );
    for (const secret of secrets) ctx.runner.redactor.add(secret);
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
    // Every action's plan as JSON (`changes`): what plan-comment renders on a pull request.
    io.setOutput(CHANGES_OUTPUT, redact(JSON.stringify(result.outcomes)));
    await io.writeSummary(redact(await run.report(result)));
    io.info(run.done(result));
  } catch (err) {
    fail(name, io, err, ctx?.runner.redactor ?? early);
  }
}

/**
 * For an action that is not a reconcile definition (plan-comment): its body, with the same one
 * catch, redaction and setFailed as every definition's run.
 */
export async function runAction(
  name: string,
  io: ActionIO,
  body: () => Promise<void>,
  redactor: () => Redactor,
): Promise<void> {
  try {
    await body();
  } catch (err) {
    fail(name, io, err, redactor());
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
  // Stack traces are for bugs only: an expected failure's message already says it all.
  if (isBug(err)) io.debug(redact((err instanceof Error && err.stack) || message));
  io.setFailed(`${name}: ${message}`);
}
