/** Text and JSON forms of a whole-platform plan. */
import type { Redactor } from '../lib/exec/redact.js';
import type { StepPlan } from '../lib/reconcile/step.js';

export interface PlannedStep {
  readonly name: string;
  readonly plan: StepPlan;
}

const SYMBOL: Record<string, string> = { create: '+', update: '~', noop: '=' };

export function renderText(
  steps: readonly PlannedStep[],
  redactor: Redactor,
  offline: boolean,
): string {
  const out: string[] = [];
  if (offline) {
    out.push(
      'Offline plan: no Google Cloud credentials, so nothing was observed. Every resource is listed',
      'with the commands that would ensure it; with credentials, `plan` observes first and lists only real changes.',
      '',
    );
  }
  let mutations = 0;
  for (const { name, plan } of steps) {
    out.push(`== ${name} ${'='.repeat(Math.max(0, 60 - name.length))}`);
    for (const change of plan.changes) {
      if (change.action !== 'noop') mutations += 1;
      out.push(
        `  ${SYMBOL[change.action] ?? '?'} ${change.resource}: ${change.action} (${change.reason})`,
      );
      for (const command of change.commands) out.push(`      $ ${command}`);
    }
    for (const warning of plan.warnings) out.push(`  ! ${warning}`);
    for (const [key, value] of Object.entries(plan.outputs)) out.push(`  -> ${key} = ${value}`);
    for (const artifact of plan.artifacts) {
      out.push(`  --- ${artifact.title} (${artifact.language}) ---`);
      out.push(
        ...artifact.body
          .trimEnd()
          .split('\n')
          .map((line) => `  | ${line}`),
      );
    }
    out.push('');
  }
  out.push(`Plan: ${mutations} change(s) across ${steps.length} step(s).`);
  return redactor.redact(out.join('\n'));
}

export function renderJson(
  steps: readonly PlannedStep[],
  redactor: Redactor,
  offline: boolean,
): string {
  const doc = {
    offline,
    steps: steps.map(({ name, plan }) => ({
      name,
      changes: plan.changes.map(({ resource, action, reason, commands }) => ({
        resource,
        action,
        reason,
        commands,
      })),
      outputs: plan.outputs,
      warnings: plan.warnings,
      artifacts: plan.artifacts,
    })),
  };
  return redactor.redact(JSON.stringify(doc, null, 2));
}
