/**
 * The one place an action's failure becomes setFailed. Configuration errors, command errors
 * and bugs all end here, redacted and prefixed with the action's name.
 */
import { errorMessage, isBug } from '../errors.js';
import { ApplyError } from '../reconcile/engine.js';
import { Redactor } from '../exec/redact.js';
import type { PlatformConfig } from '../config/schema.js';
import { createContext, type ActionContext, type ActionDeps } from './context.js';
import type { InputSource } from './inputs.js';
import { checkCredentials } from './credentials-preflight.js';
import { boundedSource } from './input-limits.js';
import { maskSecretInputs } from './secret-inputs.js';
import type { ActionIO } from './io.js';
import { readPlatformConfig } from './platform-config.js';
import { outcomesTable } from './summary.js';

export async function runAction(
  name: string,
  io: ActionIO,
  body: () => Promise<void>,
  redactor?: () => Redactor | undefined,
): Promise<void> {
  try {
    await body();
  } catch (err) {
    const redact = (text: string): string => redactor?.()?.redact(text) ?? text;
    const message = redact(errorMessage(err));
    if (err instanceof ApplyError) {
      await io
        .writeSummary(`## ${name} failed\n\n${redact(outcomesTable(err.outcomes))}\n\n${message}\n`)
        .catch(() => undefined);
    }
    // Stack traces are for bugs only: an expected failure's message already says it all.
    if (isBug(err)) io.debug(redact((err instanceof Error && err.stack) || message));
    io.setFailed(`${name}: ${message}`);
  }
}

/**
 * What every action's run() does around its own work: read the inputs (with the platform file
 * when `config` is set), build the context for the parsed dry-run flag, run the body, and turn
 * any failure into one setFailed, redacted with the secrets the body registered.
 */
export async function runParsedAction<I extends { readonly dryRun: boolean }>(
  name: string,
  deps: ActionDeps,
  parse: (source: InputSource, config: PlatformConfig | undefined) => I | Promise<I>,
  body: (inputs: I, ctx: ActionContext) => Promise<void>,
): Promise<void> {
  let ctx: ActionContext | undefined;
  // Secret inputs are masked before anything parses them (issue 15): errors can then not echo them.
  const early = new Redactor();
  await runAction(
    name,
    deps.io,
    async () => {
      const source = boundedSource((input) => deps.io.getInput(input));
      const secrets = maskSecretInputs(name, source, (v) => {
        for (const form of early.add(v)) deps.io.setSecret(form);
      });
      const inputs = await parse(source, await readPlatformConfig(source));
      // Real processes only: a runner handed in (tests, the CLI offline) brings its own world.
      if (!deps.runner) checkCredentials(name, inputs);
      ctx = createContext(deps, { dryRun: inputs.dryRun });
      for (const secret of secrets) ctx.runner.redactor.add(secret);
      await body(inputs, ctx);
    },
    () => ctx?.runner.redactor ?? early,
  );
}
