// What a rule reports. The tag is the case number of reference/security-reliability.md §7.
import type { Job, Step, Workflow } from './model.js';

export type RuleTag = 'F55' | 'F56' | 'F57' | 'F58' | 'F59' | 'F60' | 'F61' | 'outputs';

export interface Finding {
  rule: RuleTag;
  file: string;
  where: string;
  message: string;
}

export function finding(
  rule: RuleTag,
  workflow: Workflow,
  where: string,
  message: string,
): Finding {
  return { rule, file: workflow.file, where, message };
}

export function format(findings: readonly Finding[]): string {
  return findings.map((f) => `[${f.rule}] ${f.file}: ${f.where}: ${f.message}`).join('\n');
}

export const AUTH_ACTION = 'google-github-actions/auth';
export const CHECKOUT_ACTION = 'actions/checkout';

/** `owner/repo` of a `uses:` value (`owner/repo/path@ref` too), or undefined for local/docker. */
export function actionRepo(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const m = /^([^/@\s]+\/[^/@\s]+)/.exec(uses);
  return m ? m[1] : undefined;
}

export function usesAction(step: Step, action: string): boolean {
  return step.uses !== undefined && actionRepo(step.uses) === action;
}

export function authStepIndex(job: Job): number {
  return job.steps.findIndex((s) => usesAction(s, AUTH_ACTION));
}

export function runsAuth(job: Job): boolean {
  return authStepIndex(job) >= 0;
}
