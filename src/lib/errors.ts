/**
 * The suite's error classes. Three kinds, because they call for three different reactions:
 * - ConfigurationError: the user must change an input or the platform file. Raised before any
 *   command runs.
 * - CommandError: a CLI failed. Its `kind` says whether a retry can help.
 * - Anything else is a bug in the suite and is reported as such.
 */

/** A value the user must fix. The message names the input (or file path) and the rule. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    readonly input: string,
    readonly rule: string,
  ) {
    super(`input "${input}": ${rule}`);
  }
}

/** How a failed command should be treated. */
export type FailureKind =
  | 'transient' // 429, 5xx, connection resets: retry with backoff
  | 'conflict' // 409 etag conflict: redo the whole read-modify-write
  | 'not-found' // the object does not exist (observe turns this into "absent")
  | 'permission' // 403 PERMISSION_DENIED: never retried
  | 'permanent'; // everything else: fail fast

/** A CLI exited non-zero (or could not start). Everything in it is already redacted. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string,
    readonly kind: FailureKind,
  ) {
    const detail = stderr.trim() || `command exited ${exitCode}, but stderr had no output`;
    super(`${command} failed (exit ${exitCode}): ${detail}`);
  }
}

/** A tool the action needs is not on PATH. */
export class ToolNotFoundError extends Error {
  override readonly name = 'ToolNotFoundError';
  constructor(readonly tool: string) {
    super(
      `${tool} not found on PATH; install it before this step (GitHub's ubuntu runners ship it)`,
    );
  }
}

/** Normalises anything thrown into a message. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/**
 * The JavaScript engine's own error types. The suite never throws these on purpose, so one of
 * them reaching the top means a bug; everything else (ConfigurationError, CommandError, a
 * rollout that failed, a tool that is missing) is an expected failure whose message already
 * says what happened.
 */
const ENGINE_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError];

/** Whether `err` is a bug in the suite: only bugs deserve a stack trace in the debug log. */
export function isBug(err: unknown): boolean {
  if (!(err instanceof Error)) return true;
  return ENGINE_ERRORS.some((type) => err instanceof type);
}
