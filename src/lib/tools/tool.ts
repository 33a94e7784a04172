/**
 * The base of every CLI wrapper: one execute() that runs through the Runner, turns a non-zero
 * exit into a classified CommandError (redacted), and retries reads on transient failures.
 */
import type { Logger } from '../log/logger.js';
import { CommandError, ToolNotFoundError } from '../errors.js';
import { classifyFailure } from '../exec/classify.js';
import { withRetry, type Clock, type RetryPolicy } from '../exec/retry.js';
import {
  formatCommand,
  NOT_FOUND_EXIT_CODE,
  type CommandResult,
  type CommandSpec,
  type Runner,
} from '../exec/runner.js';

/** What every tool wrapper is given. */
export interface ToolContext {
  readonly runner: Runner;
  readonly logger: Logger;
  readonly clock: Clock;
}

export interface ExecOptions {
  readonly mutating: boolean;
  readonly stdin?: string;
  readonly timeoutMs?: number;
  /** Print the output live (see CommandSpec.stream); defaults to what streams() says. */
  readonly stream?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /**
   * Cuts stderr down to what may be shown, before redaction, for commands that can echo what
   * they were sent (kubectl apply prints the object it failed to patch: see kubectl.ts).
   */
  readonly sanitize?: (stderr: string) => string;
}

export class CliTool {
  constructor(
    readonly tool: string,
    protected readonly ctx: ToolContext,
  ) {}

  /** Runs the command once; throws a CommandError on a non-zero exit. */
  async execute(args: readonly string[], options: ExecOptions): Promise<CommandResult> {
    const { sanitize: _sanitize, ...run } = options;
    const spec: CommandSpec = {
      tool: this.tool,
      args,
      ...(this.streams(args) ? { stream: true } : {}),
      ...run,
    };
    const result = await this.ctx.runner.run(spec);
    if (result.exitCode === 0) return result;
    if (result.exitCode === NOT_FOUND_EXIT_CODE && /command not found/.test(result.stderr)) {
      throw new ToolNotFoundError(this.tool);
    }
    throw this.failure(spec, result, options.sanitize);
  }

  /** A failed command as a CommandError: stderr sanitised (when asked), then redacted. */
  protected failure(
    spec: CommandSpec,
    result: Pick<CommandResult, 'exitCode' | 'stderr'>,
    sanitize?: (stderr: string) => string,
  ): CommandError {
    const redactor = this.ctx.runner.redactor;
    const stderr = redactor.redact(sanitize ? sanitize(result.stderr) : result.stderr);
    return new CommandError(
      formatCommand(spec, redactor),
      result.exitCode,
      stderr,
      classifyFailure(result.exitCode, stderr),
    );
  }

  /** A read-only command, retried on transient failures. */
  async read(
    args: readonly string[],
    options: Omit<ExecOptions, 'mutating'> = {},
  ): Promise<CommandResult> {
    return withRetry(() => this.execute(args, { ...options, mutating: false }), {
      label: formatCommand({ tool: this.tool, args }, this.ctx.runner.redactor),
      logger: this.ctx.logger,
      clock: this.ctx.clock,
    });
  }

  /** A mutating command, retried only on the failures `retryable` accepts. */
  async mutate(
    args: readonly string[],
    options: Omit<ExecOptions, 'mutating'> & {
      readonly retryable?: (err: unknown) => boolean;
      readonly policy?: RetryPolicy;
    } = {},
  ): Promise<CommandResult> {
    const { retryable, policy, ...exec } = options;
    return withRetry(() => this.execute(args, { ...exec, mutating: true }), {
      label: formatCommand({ tool: this.tool, args }, this.ctx.runner.redactor),
      logger: this.ctx.logger,
      clock: this.ctx.clock,
      ...(retryable ? { retryable } : {}),
      ...(policy ? { policy } : {}),
    });
  }

  /**
   * Whether a command is one of this tool's long ones, whose output a user wants to watch as
   * it comes (a build, a push, a helm install): decided here, by argv, so every caller gets it.
   */
  protected streams(_args: readonly string[]): boolean {
    return false;
  }

  /** Fails before any mutation when the tool is missing (case F8). */
  async ensureAvailable(): Promise<void> {
    if (!(await this.ctx.runner.has(this.tool))) throw new ToolNotFoundError(this.tool);
  }

  display(args: readonly string[]): string {
    return formatCommand({ tool: this.tool, args }, this.ctx.runner.redactor);
  }
}

export function isNotFound(err: unknown): boolean {
  return err instanceof CommandError && err.kind === 'not-found';
}

export function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`could not parse ${what} as JSON: ${text.slice(0, 200)}`);
  }
}
