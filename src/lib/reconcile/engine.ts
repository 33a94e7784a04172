/**
 * The reconcile model every action follows: observe (read-only) -> plan (pure: desired +
 * observed -> Changes) -> apply (run the Changes in order; dry-run stops before this) ->
 * verify -> report. This module holds the Change type and the apply loop.
 */
import type { Logger } from '../log/logger.js';
import { errorMessage } from '../errors.js';

/** `delete` is prune's: an object an earlier run applied that the desired state no longer holds. */
export type ChangeAction = 'create' | 'update' | 'delete' | 'noop';

/** One resource's planned change. `commands` are display forms (already redacted). */
export interface Change<Op = unknown> {
  readonly resource: string;
  readonly action: ChangeAction;
  readonly reason: string;
  readonly commands: readonly string[];
  /** What apply must do; absent for noop. */
  readonly op?: Op;
}

export type OutcomeStatus = 'done' | 'unchanged' | 'planned' | 'failed' | 'skipped';

export interface Outcome {
  readonly resource: string;
  readonly action: ChangeAction;
  readonly status: OutcomeStatus;
  readonly detail: string;
}

export interface ApplyOptions {
  readonly dryRun: boolean;
  readonly logger: Logger;
}

/** Thrown when a change failed; carries the outcomes so far for the summary. */
export class ApplyError extends Error {
  override readonly name = 'ApplyError';
  constructor(
    readonly outcomes: readonly Outcome[],
    override readonly cause: unknown,
  ) {
    super(errorMessage(cause));
  }
}

export function isMutation(change: Change): boolean {
  return change.action !== 'noop';
}

/**
 * Applies changes in order. Noops are reported as unchanged; in dry-run every mutation is
 * reported as planned and nothing runs. The first failure stops the loop: later changes are
 * reported as skipped, so the summary shows exactly how far the run got.
 */
export async function applyChanges<Op>(
  changes: readonly Change<Op>[],
  execute: (op: Op, change: Change<Op>) => Promise<string | void>,
  options: ApplyOptions,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let failed: unknown;
  for (const change of changes) {
    const base = { resource: change.resource, action: change.action };
    if (failed !== undefined) {
      outcomes.push({
        ...base,
        status: 'skipped',
        detail: 'not attempted after an earlier failure',
      });
      continue;
    }
    if (change.action === 'noop' || change.op === undefined) {
      outcomes.push({ ...base, status: 'unchanged', detail: change.reason });
      continue;
    }
    if (options.dryRun) {
      options.logger.info(`[dry-run] ${change.action} ${change.resource}: ${change.reason}`);
      outcomes.push({ ...base, status: 'planned', detail: change.reason });
      continue;
    }
    options.logger.info(`${change.action} ${change.resource}: ${change.reason}`);
    try {
      const detail = await execute(change.op, change);
      outcomes.push({ ...base, status: 'done', detail: detail || change.reason });
    } catch (err) {
      failed = err;
      outcomes.push({ ...base, status: 'failed', detail: errorMessage(err) });
    }
  }
  if (failed !== undefined) throw new ApplyError(outcomes, failed);
  return outcomes;
}

export function anyChanged(outcomes: readonly Outcome[]): boolean {
  return outcomes.some((o) => o.status === 'done' || o.status === 'planned');
}
