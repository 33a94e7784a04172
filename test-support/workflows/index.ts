// One entry point for the workflow tests: every shipped workflow, loaded, and every rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadActionMeta, suiteWorkflowPath, type ActionMeta } from './actions.js';
import type { Finding } from './findings.js';
import { findWorkflowFiles, parseWorkflow, repoRoot, type Job, type Workflow } from './model.js';
import { checkCallerCallee, checkDeployJobs, checkTagGate } from './rules-deploy.js';
import {
  checkActionInputs,
  checkOutputRefs,
  checkReusableCall,
  type MetaLoader,
} from './rules-refs.js';
import {
  checkForbidden,
  checkPermissions,
  checkPinning,
  checkScriptInjection,
} from './rules-security.js';

export * from './actions.js';
export * from './findings.js';
export * from './model.js';
export * from './rules-deploy.js';
export * from './rules-refs.js';
export * from './rules-security.js';

export interface LoadedWorkflow {
  workflow: Workflow;
  text: string;
}

export function loadShipped(root = repoRoot): LoadedWorkflow[] {
  return findWorkflowFiles(root).map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return { workflow: parseWorkflow(text, file), text };
  });
}

/**
 * The suite workflow a caller job calls, parsed from this repository. A template calls a
 * template that is copied next to it (`./.github/workflows/x.yml` in the platform repository
 * is `workflows-templates/x.yml` here).
 */
export function loadCallee(job: Job, root = repoRoot, callerFile = ''): Workflow | undefined {
  let path = job.uses === undefined ? undefined : suiteWorkflowPath(job.uses);
  if (path === undefined) return undefined;
  if (callerFile.startsWith('workflows-templates/') && job.uses?.startsWith('./'))
    path = path.replace(/^\.github\/workflows\//, 'workflows-templates/');
  return parseWorkflow(readFileSync(join(root, path), 'utf8'), path);
}

export const metaFromDisk: MetaLoader = (name: string): ActionMeta => loadActionMeta(name);

export interface RuleContext {
  load: MetaLoader;
  callee: (job: Job) => Workflow | undefined;
}

/** Every rule over one workflow; `strict` also bans any ${{ }} inside run: (our own files). */
export function allFindings(
  { workflow, text }: LoadedWorkflow,
  ctx: RuleContext = {
    load: metaFromDisk,
    callee: (job) => loadCallee(job, repoRoot, workflow.file),
  },
  strict = true,
): Finding[] {
  const calleeNeedsIdToken = (job: Job): boolean =>
    ctx.callee(job)?.jobs.some((j) => {
      const p = j.raw.permissions;
      return typeof p === 'object' && p !== null && !Array.isArray(p) && p['id-token'] === 'write';
    }) ?? false;
  const findings = [
    ...checkPinning(workflow),
    ...checkPermissions(workflow, calleeNeedsIdToken),
    ...checkScriptInjection(workflow, strict),
    ...checkForbidden(workflow, text),
    ...checkDeployJobs(workflow),
    ...checkTagGate(workflow),
    ...checkActionInputs(workflow, ctx.load),
    ...checkOutputRefs(workflow, ctx.load, ctx.callee),
  ];
  for (const job of workflow.jobs) {
    const callee = ctx.callee(job);
    if (callee === undefined) continue;
    findings.push(
      ...checkReusableCall(workflow, job, callee),
      ...checkCallerCallee(workflow, callee),
    );
  }
  return findings;
}
