/**
 * A scripted Runner: handlers answer commands by matching their argv, and every call is
 * recorded so tests can assert exact argv, stdin, and the count of mutating calls.
 */
import { Redactor } from '../src/lib/exec/redact.js';
import type { CommandResult, CommandSpec, Runner } from '../src/lib/exec/runner.js';
import type { Clock } from '../src/lib/exec/retry.js';

export type Handler = (spec: CommandSpec) => CommandResult | Promise<CommandResult> | undefined;

export const ok = (stdout: unknown = ''): CommandResult => ({
  exitCode: 0,
  stdout: typeof stdout === 'string' ? stdout : JSON.stringify(stdout),
  stderr: '',
});
export const fail = (stderr: string, exitCode = 1): CommandResult => ({
  exitCode,
  stdout: '',
  stderr,
});

export class ScriptedRunner implements Runner {
  readonly redactor = new Redactor();
  readonly calls: CommandSpec[] = [];
  private readonly handlers: Handler[] = [];
  readonly missing = new Set<string>();

  /** Adds a handler; later handlers are tried first, so tests can override a default. */
  on(handler: Handler): this {
    this.handlers.unshift(handler);
    return this;
  }

  /** Answers the next `times` commands whose argv line contains `needle` with `result`. */
  once(needle: string, result: CommandResult, times = 1): this {
    let left = times;
    return this.on((spec) => {
      if (left > 0 && line(spec).includes(needle)) {
        left -= 1;
        return result;
      }
      return undefined;
    });
  }

  async run(spec: CommandSpec): Promise<CommandResult> {
    this.calls.push(spec);
    if (this.missing.has(spec.tool)) return fail(`${spec.tool}: command not found`, 127);
    for (const handler of this.handlers) {
      const result = await handler(spec);
      if (result) return result;
    }
    return fail(`ScriptedRunner: no handler for: ${line(spec)}`, 99);
  }

  async has(tool: string): Promise<boolean> {
    return !this.missing.has(tool);
  }

  mutations(): CommandSpec[] {
    return this.calls.filter((c) => c.mutating);
  }
  lines(): string[] {
    return this.calls.map(line);
  }
}

export function line(spec: Pick<CommandSpec, 'tool' | 'args'>): string {
  return [spec.tool, ...spec.args].join(' ');
}

/** A clock that never waits: sleeps advance virtual time, so retry tests run instantly. */
export class FakeClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }
  random(): number {
    return 0.5;
  }
}
