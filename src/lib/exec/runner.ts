/**
 * The Runner seam: every process the suite starts goes through a Runner. Commands are argv
 * arrays (never shell strings), secrets travel on stdin, and what is printed is redacted.
 */
import type { Logger } from '../log/logger.js';
import { Redactor } from './redact.js';

export interface CommandSpec {
  /** The executable, looked up on PATH: gcloud, kubectl, helm, docker. */
  readonly tool: string;
  readonly args: readonly string[];
  /** Written to the child's stdin, then closed. The only way secrets reach a CLI. */
  readonly stdin?: string;
  /** True when the command changes anything. Dry-run records these instead of running them. */
  readonly mutating: boolean;
  readonly timeoutMs?: number;
  /**
   * A long command (a build, a push, `helm upgrade --wait`, a cluster update): its output is
   * printed live, line by line and redacted, in a log group of its own, and only its head and
   * tail are kept in the result. Leave unset for commands whose output is data to parse.
   */
  readonly stream?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Runner {
  readonly redactor: Redactor;
  /** Runs the command and resolves with its result whatever the exit code. */
  run(spec: CommandSpec): Promise<CommandResult>;
  /** Whether `tool` can be started (found on PATH). */
  has(tool: string): Promise<boolean>;
}

/** Exit code used when a command was killed on its timeout (as coreutils' timeout does). */
export const TIMEOUT_EXIT_CODE = 124;
/** Exit code used when the tool could not be started at all. */
export const NOT_FOUND_EXIT_CODE = 127;

/** The redacted, human-readable form of a command, for logs and error messages. */
export function formatCommand(
  spec: Pick<CommandSpec, 'tool' | 'args'>,
  redactor?: Redactor,
): string {
  const text = [spec.tool, ...spec.args].map(quoteForDisplay).join(' ');
  return redactor ? redactor.redact(text) : text;
}

function quoteForDisplay(arg: string): string {
  return /^[\w@%+=:,./[\]-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Lets reads through and records writes instead of running them, so a plan observes the real
 * world without changing it.
 */
export class DryRunRunner implements Runner {
  readonly recorded: CommandSpec[] = [];
  constructor(
    private readonly inner: Runner,
    private readonly logger?: Logger,
  ) {}
  get redactor(): Redactor {
    return this.inner.redactor;
  }
  async run(spec: CommandSpec): Promise<CommandResult> {
    if (!spec.mutating) return this.inner.run(spec);
    this.recorded.push(spec);
    this.logger?.info(`[dry-run] would run: ${formatCommand(spec, this.redactor)}`);
    return { exitCode: 0, stdout: '', stderr: '' };
  }
  has(tool: string): Promise<boolean> {
    return this.inner.has(tool);
  }
}
