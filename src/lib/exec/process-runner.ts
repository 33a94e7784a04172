/**
 * The real Runner. It spawns processes directly (no shell) rather than through @actions/exec:
 * it must kill a child on its timeout and when the step is cancelled, and exec() can do
 * neither: its ExecOptions have no timeout or abort signal, and the ChildProcess it spawns is
 * never handed to the caller (actions/toolkit packages/exec/src/interfaces.ts and
 * toolrunner.ts; its `delay` option only waits for stdio after the process has exited). And
 * unless silenced it copies the child's output to stdout as is, where ours is redacted first.
 */
import type { ChildProcess } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log/logger.js';
import { BoundedCapture, LineStream } from './output.js';
import { childEnv } from './child-env.js';
import { Redactor } from './redact.js';
import {
  formatCommand,
  NOT_FOUND_EXIT_CODE,
  TIMEOUT_EXIT_CODE,
  type CommandResult,
  type CommandSpec,
  type Runner,
} from './runner.js';

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
const KILL_GRACE_MS = 5000;

export class ProcessRunner implements Runner {
  readonly redactor: Redactor;
  private readonly children = new Set<ChildProcess>();
  private cancelHooked = false;

  constructor(
    private readonly logger: Logger,
    redactor?: Redactor,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {
    this.redactor = redactor ?? new Redactor();
  }

  async has(tool: string): Promise<boolean> {
    return (await findOnPath(tool, this.baseEnv.PATH ?? '')) !== undefined;
  }

  async run(spec: CommandSpec): Promise<CommandResult> {
    // Loaded on first use: an action that fails validation never starts a process, and
    // child_process is a noticeable part of a bundle's start-up.
    const { spawn } = await import('node:child_process');
    this.hookCancellation();
    const shown = formatCommand(spec, this.redactor);
    if (spec.stream) return this.logger.group(`$ ${shown}`, () => this.spawn(spawn, spec, true));
    this.logger.debug(`$ ${shown}`);
    return this.spawn(spawn, spec, false);
  }

  private spawn(
    spawn: typeof import('node:child_process').spawn,
    spec: CommandSpec,
    live: boolean,
  ): Promise<CommandResult> {
    const timeoutMs = spec.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve) => {
      const child = spawn(spec.tool, [...spec.args], {
        cwd: spec.cwd,
        env: childEnv(spec.tool, this.baseEnv, spec.env),
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
      });
      this.children.add(child);
      const out = live ? new BoundedCapture() : new Unbounded();
      const err = live ? new BoundedCapture() : new Unbounded();
      const print = (line: string): void => this.logger.info(line);
      const lines = live
        ? [new LineStream(this.redactor, print), new LineStream(this.redactor, print)]
        : [];
      let timedOut = false;
      let settled = false;
      const timer = setTimeout(() => {
        timedOut = true;
        terminate(child);
      }, timeoutMs);
      const finish = (result: CommandResult): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.children.delete(child);
        resolve(result);
      };
      child.stdout.on('data', (chunk: Buffer) => {
        out.push(chunk);
        lines[0]?.write(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err.push(chunk);
        lines[1]?.write(chunk);
      });
      child.on('error', (e: NodeJS.ErrnoException) => {
        const missing = e.code === 'ENOENT';
        finish({
          exitCode: missing ? NOT_FOUND_EXIT_CODE : 1,
          stdout: '',
          stderr: missing ? `${spec.tool}: command not found` : e.message,
        });
      });
      child.on('close', (code, signal) => {
        for (const stream of lines) stream.end();
        let stderr = err.text();
        let exitCode = code ?? 1;
        if (timedOut) {
          exitCode = TIMEOUT_EXIT_CODE;
          stderr += `\n${spec.tool} timed out after ${Math.round(timeoutMs / 1000)}s`;
        } else if (signal) {
          stderr += `\n${spec.tool} was terminated by ${signal}`;
        }
        finish({ exitCode, stdout: out.text(), stderr });
      });
      // A closed stdin pipe (EPIPE) when the child exits early is not our failure to report.
      child.stdin.on('error', () => undefined);
      child.stdin.end(spec.stdin ?? '');
    });
  }

  /**
   * When the step is cancelled, GitHub sends SIGINT; pass it on so no child keeps mutating
   * after we are gone, and say that the next run will finish the job.
   */
  private hookCancellation(): void {
    if (this.cancelHooked) return;
    this.cancelHooked = true;
    const onSignal = (signal: NodeJS.Signals): void => {
      for (const child of this.children) terminate(child);
      this.logger.warning(
        `received ${signal}: stopped running commands; resources may be partly reconciled, and the next run will converge them`,
      );
      process.exitCode = 1;
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
}

/** All of a stream: what a command that is not streamed prints is data to parse, in full. */
class Unbounded {
  private readonly chunks: Buffer[] = [];
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

function terminate(child: ChildProcess): void {
  child.kill('SIGTERM');
  setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, KILL_GRACE_MS).unref();
}

/** Finds an executable on PATH without a shell. */
export async function findOnPath(tool: string, searchPath: string): Promise<string | undefined> {
  if (tool.includes('/')) return (await isExecutable(tool)) ? tool : undefined;
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, tool);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}
