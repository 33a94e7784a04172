/**
 * A platform step: one action seen by the command-line front end. Each action folder exports
 * `step` from its step.ts; the CLI finds them, orders them by `order` (the runbook's order),
 * and passes each step's outputs on to the next (gsa-email -> bucket member, and so on).
 */
import type { PlatformConfig } from '../config/schema.js';
import type { ToolContext } from '../tools/tool.js';
import type { Change } from './engine.js';

export interface StepContext {
  readonly config: PlatformConfig;
  /** Runner etc. In a plan, the runner is a dry-run runner: reads pass, writes are recorded. */
  readonly tools: ToolContext;
  /** True when nothing can be observed (no credentials): every resource is "not observed". */
  readonly offline: boolean;
  /** Outputs of earlier steps, by output name (`gsa-email`, `log-folder`, `image-ref:NAME`). */
  readonly carried: ReadonlyMap<string, string>;
}

export interface Artifact {
  readonly title: string;
  readonly language: string;
  /** Redacted before it is shown. */
  readonly body: string;
}

export interface StepPlan {
  readonly changes: readonly Change[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly artifacts: readonly Artifact[];
  /** Runs the planned changes (the CLI's apply). */
  readonly apply?: () => Promise<Readonly<Record<string, string>>>;
}

export interface PlatformStep {
  /** The action's name, as in actions/<name>. */
  readonly name: string;
  /** Position in the runbook's order; lower runs first. */
  readonly order: number;
  /** Whether the platform file configures this step at all. */
  enabled(config: PlatformConfig): boolean;
  plan(ctx: StepContext): Promise<StepPlan>;
}
