/**
 * The one place an action's failure becomes setFailed. Configuration errors, command errors
 * and bugs all end here, redacted and prefixed with the action's name.
 */
import { ConfigurationError, errorMessage } from '../errors.js';
import { ApplyError } from '../reconcile/engine.js';
import type { Redactor } from '../exec/redact.js';
import type { ActionIO } from './io.js';
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
    if (
      !(err instanceof ConfigurationError) &&
      !(err instanceof ApplyError) &&
      err instanceof Error
    ) {
      io.debug(redact(err.stack ?? message));
    }
    io.setFailed(`${name}: ${message}`);
  }
}
