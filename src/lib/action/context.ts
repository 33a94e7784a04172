/**
 * What run() builds once and hands down: the Runner (wrapped for dry-run), the logger and the
 * clock. Tests pass their own runner and clock through ActionDeps.
 */
import { ProcessRunner } from '../exec/process-runner.js';
import { Redactor } from '../exec/redact.js';
import { systemClock, type Clock } from '../exec/retry.js';
import { DryRunRunner, type Runner } from '../exec/runner.js';
import type { ToolContext } from '../tools/tool.js';
import type { ActionIO } from './io.js';

export interface ActionDeps {
  readonly io: ActionIO;
  /** The runner to use instead of spawning processes (tests, the CLI's offline mode). */
  readonly runner?: Runner;
  readonly clock?: Clock;
}

export interface ActionContext extends ToolContext {
  readonly io: ActionIO;
  readonly dryRun: boolean;
  /** Masks a secret everywhere: in the runner's redaction and in the runner's log. */
  registerSecret(value: string): void;
}

export function createContext(deps: ActionDeps, options: { dryRun: boolean }): ActionContext {
  const base = deps.runner ?? new ProcessRunner(deps.io, new Redactor());
  const runner = options.dryRun ? new DryRunRunner(base, deps.io) : base;
  return {
    io: deps.io,
    logger: deps.io,
    clock: deps.clock ?? systemClock,
    runner,
    dryRun: options.dryRun,
    registerSecret(value: string) {
      for (const form of runner.redactor.add(value)) deps.io.setSecret(form);
    },
  };
}
