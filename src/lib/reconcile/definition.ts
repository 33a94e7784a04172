/**
 * One action, written once. A definition parses its inputs and, for one run, preflights,
 * observes and plans Changes, applies a Change, verifies, and states its outputs and report.
 * Two thin front ends run it: the GitHub Action (src/lib/action/run-action.ts) and the CLI
 * (src/cli). Neither holds action logic, and neither decides dry-run: the engine does.
 */
import type { PlatformConfig } from '../config/schema.js';
import type { InputSource } from '../inputs/parse.js';
import type { ToolContext } from '../tools/tool.js';
import type { ApplyError, Change, Outcome } from './engine.js';

/** What a run is given: tools (the runner already wrapped for dry-run) and the run's mode. */
export interface RunContext extends ToolContext {
  readonly dryRun: boolean;
  /** True when nothing can be observed (the CLI without credentials): plan from desired state. */
  readonly offline: boolean;
  /** Masks a secret everywhere: the runner's redaction and, on GitHub, the runner's log. */
  registerSecret(value: string): void;
}

/** Outputs of earlier steps (CLI chain), by output name: `gsa-email`, `image-ref:NAME`, ... */
export type Carried = ReadonlyMap<string, string>;

export interface Artifact {
  readonly title: string;
  readonly language: string;
  /** Redacted before it is shown. */
  readonly body: string;
}

export interface Planned<Op> {
  readonly changes: readonly Change<Op>[];
  readonly warnings: readonly string[];
  /** Shown by the CLI plan (merged values, manifests). */
  readonly artifacts?: readonly Artifact[];
}

export interface RunResult<Op> {
  readonly planned: Planned<Op>;
  readonly outcomes: readonly Outcome[];
  readonly dryRun: boolean;
  readonly changed: boolean;
}

/** What a failed run adds: a summary with diagnostics, outputs that still hold. */
export interface FailureReport {
  readonly summary?: string;
  readonly outputs?: Readonly<Record<string, string>>;
  /** Replaces the failure message (e.g. with a one-line diagnosis); redacted by the front end. */
  readonly message?: string;
}

/** One run of an action over parsed inputs. */
export interface ActionRun<Op> {
  /** Checks that need the machine (tools, credentials); skipped when offline. */
  preflight?(): Promise<void>;
  /** Observe (read-only; not when ctx.offline) and plan. */
  plan(): Promise<Planned<Op>>;
  /** Applies one Change; the string is the outcome's detail. Never called in dry-run. */
  apply(op: Op, change: Change<Op>): Promise<string | void>;
  /** Waits for what must become true after the applied ops. Never called in dry-run. */
  verify?(applied: readonly Op[], outcomes: readonly Outcome[]): Promise<void>;
  /**
   * Checks on every real run, changed or not (smoke test, load-balancer address, release
   * status): a re-run with nothing to do still reports what is there. Never in dry-run.
   */
  check?(): Promise<void>;
  outputs(
    result: RunResult<Op>,
  ): Readonly<Record<string, string>> | Promise<Record<string, string>>;
  /** The job summary (markdown). */
  report(result: RunResult<Op>): string | Promise<string>;
  /** The last log line. */
  done(result: RunResult<Op>): string;
  onFailure?(err: ApplyError): Promise<FailureReport>;
  /** Removes what the run created for itself (a private Docker config); always called. */
  cleanup?(): Promise<void>;
}

/** A secret input the CLI reads from the environment (VAR) or a file (VAR_FILE), never argv. */
export interface CliSecret {
  readonly input: string;
  readonly env: string;
  /** Used by `plan` when the secret is not set, so the plan still renders. */
  readonly planPlaceholder?: string;
}

export interface CliBinding {
  /** Whether the platform file configures this step at all. */
  enabled(config: PlatformConfig): boolean;
  readonly secrets?: readonly CliSecret[];
}

export interface ActionDefinition<I extends { readonly dryRun: boolean }, Op, E = undefined> {
  /** As in actions/<name>. */
  readonly name: string;
  /** Position in the runbook's order (the CLI chain); lower runs first. */
  readonly order: number;
  /**
   * Reads every input once. `chain` is set only in the CLI: the outputs of earlier steps (on
   * GitHub they arrive as inputs, wired by the workflow).
   */
  parse(source: InputSource, config: PlatformConfig | undefined, chain?: Carried): I | Promise<I>;
  /** Secret values in the inputs, masked before any command runs. */
  secrets(inputs: I): readonly string[];
  start(inputs: I, ctx: RunContext, extras?: E): ActionRun<Op> | Promise<ActionRun<Op>>;
  readonly cli: CliBinding;
}

/** A definition whose types the front ends need not know. */
export type AnyDefinition = ActionDefinition<{ readonly dryRun: boolean }, unknown, unknown>;
