/** Text and JSON forms of a whole-platform plan. */
import type { Redactor } from '../lib/exec/redact.js';
import type { StepReport } from './run-steps.js';

/** Outputs that describe the run rather than the platform; the plan lists the changes itself. */
const RUN_OUTPUTS = new Set(['changed', 'changes']);

function platformOutputs(step: StepReport): [string, string][] {
  return Object.entries(step.outputs).filter(([key]) => !RUN_OUTPUTS.has(key));
}

const SYMBOL: Record<string, string> = { create: '+', update: '~', noop: '=' };

export function renderText(
  steps: readonly StepReport[],
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
  for (const step of steps) {
    const { name } = step;
    out.push(`== ${name} ${'='.repeat(Math.max(0, 60 - name.length))}`);
    for (const change of step.changes) {
      if (change.action !== 'noop') mutations += 1;
      out.push(
        `  ${SYMBOL[change.action] ?? '?'} ${change.resource}: ${change.action} (${change.reason})`,
      );
      for (const command of change.commands) out.push(`      $ ${command}`);
    }
    for (const warning of step.warnings) out.push(`  ! ${warning}`);
    for (const [key, value] of platformOutputs(step)) out.push(`  -> ${key} = ${value}`);
    for (const artifact of step.artifacts) {
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
  steps: readonly StepReport[],
  redactor: Redactor,
  offline: boolean,
): string {
  const doc = {
    offline,
    steps: steps.map((step) => ({
      name: step.name,
      changes: step.changes.map(({ resource, action, reason, commands }) => ({
        resource,
        action,
        reason,
        commands,
      })),
      outputs: Object.fromEntries(platformOutputs(step)),
      warnings: step.warnings,
      artifacts: step.artifacts,
    })),
  };
  return redactor.redact(JSON.stringify(doc, null, 2));
}
