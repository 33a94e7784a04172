/** Runs one action definition as a CLI step (the chain of one), as `plan` or `apply` would. */
import { runChain, type StepReport } from '../src/cli/run-steps.js';
import type { PlatformConfig } from '../src/lib/config/schema.js';
import type { AnyDefinition } from '../src/lib/reconcile/definition.js';
import type { ToolContext } from '../src/lib/tools/tool.js';

export interface StepOptions {
  readonly config: PlatformConfig;
  readonly tools: ToolContext;
  readonly offline: boolean;
  readonly carried?: ReadonlyMap<string, string>;
  readonly env?: NodeJS.ProcessEnv;
}

async function one(definition: unknown, o: StepOptions, dryRun: boolean): Promise<StepReport> {
  const [report] = await runChain([definition as AnyDefinition], {
    config: o.config,
    dryRun,
    offline: o.offline,
    only: [],
    runner: o.tools.runner,
    logger: o.tools.logger,
    clock: o.tools.clock,
    carried: o.carried,
    env: o.env ?? {},
  });
  if (!report) throw new Error('the step is not enabled by this platform file');
  return report;
}

export const planStep = (definition: unknown, o: StepOptions): Promise<StepReport> =>
  one(definition, o, true);
export const applyStep = (definition: unknown, o: StepOptions): Promise<StepReport> =>
  one(definition, o, false);
