/**
 * The engine that runs an ActionRun: preflight -> observe and plan -> apply -> verify, each a
 * log group. Dry-run is decided here and only here: the runner is wrapped so that no mutating
 * command can run, applyChanges reports mutations as planned, and verify is skipped.
 */
import type { Logger } from '../log/logger.js';
import { ProcessRunner } from '../exec/process-runner.js';
import { Redactor } from '../exec/redact.js';
import { systemClock, type Clock } from '../exec/retry.js';
import { DryRunRunner, type Runner } from '../exec/runner.js';
import type { ActionRun, RunContext, RunResult } from './definition.js';
import { anyChanged, ApplyError, applyChanges, type Outcome } from './engine.js';

export interface RunDeps {
  readonly logger: Logger;
  /** The runner to use instead of spawning processes (tests, the CLI). */
  readonly runner?: Runner;
  readonly clock?: Clock;
  /** Tells the outside world about a secret (GitHub: `add-mask`). */
  readonly maskSecret?: (value: string) => void;
}

export function createRunContext(
  deps: RunDeps,
  mode: { readonly dryRun: boolean; readonly offline?: boolean },
): RunContext {
  const base = deps.runner ?? new ProcessRunner(deps.logger, new Redactor());
  // The one place a run becomes harmless: every mutating command is recorded, not run.
  const runner = mode.dryRun ? new DryRunRunner(base, deps.logger) : base;
  return {
    runner,
    logger: deps.logger,
    clock: deps.clock ?? systemClock,
    dryRun: mode.dryRun,
    offline: mode.offline ?? false,
    registerSecret(value: string) {
      for (const form of runner.redactor.add(value)) deps.maskSecret?.(form);
    },
  };
}

/** Runs the phases; the run's cleanup (temporary credentials) happens whatever the outcome. */
export async function execute<Op>(run: ActionRun<Op>, ctx: RunContext): Promise<RunResult<Op>> {
  try {
    return await phases(run, ctx);
  } finally {
    await run.cleanup?.();
  }
}

async function phases<Op>(run: ActionRun<Op>, ctx: RunContext): Promise<RunResult<Op>> {
  const log = ctx.logger;
  if (run.preflight && !ctx.offline) await log.group('Preflight', () => run.preflight!());
  const planned = await log.group('Observe and plan', () => run.plan());
  for (const warning of planned.warnings) log.warning(warning);
  const outcomes = await log.group(ctx.dryRun ? 'Apply (dry run: nothing changes)' : 'Apply', () =>
    applyChanges(planned.changes, (op, change) => run.apply(op, change), {
      dryRun: ctx.dryRun,
      logger: log,
    }),
  );
  const applied = planned.changes.flatMap((c) => (c.op === undefined ? [] : [c.op]));
  const verify = async (): Promise<void> => {
    if (run.verify && applied.length > 0) await run.verify(applied, outcomes);
    if (run.check) await run.check();
  };
  if (!ctx.dryRun && (run.check || (run.verify && applied.length > 0))) {
    try {
      await log.group('Verify', verify);
    } catch (err) {
      // The summary shows what was applied before the verification failed.
      throw new ApplyError(markFailed(outcomes, err), err);
    }
  }
  return { planned, outcomes, dryRun: ctx.dryRun, changed: anyChanged(outcomes) };
}

/** A verification error may name the resource that failed (a workload that did not roll out). */
function markFailed(outcomes: readonly Outcome[], err: unknown): Outcome[] {
  const failed = (err as { resource?: unknown }).resource;
  return outcomes.map((o) =>
    typeof failed === 'string' && o.resource === failed
      ? { ...o, status: 'failed', detail: (err as Error).message }
      : o,
  );
}
