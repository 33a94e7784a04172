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
