// Deploy-job rules: environments and concurrency (F58) and the tag gate before auth (F61).
import { authStepIndex, finding, runsAuth, type Finding } from './findings.js';
import { isObject, triggers, type Job, type Json, type Workflow } from './model.js';

/** The id of the step that checks the ref is a strict semver tag (see the templates). */
export const REF_CHECK_STEP_ID = 'check-ref';

interface Concurrency {
  group: string;
  cancel: Json | undefined;
}

function concurrencyOf(value: Json | undefined): Concurrency | undefined {
  if (typeof value === 'string') return { group: value, cancel: undefined };
  if (isObject(value) && typeof value.group === 'string') {
    return { group: value.group, cancel: value['cancel-in-progress'] };
  }
  return undefined;
}

function cancels(c: Concurrency): boolean {
  // Anything but a literal false/absent could cancel a running Helm upgrade half-way.
  return c.cancel !== undefined && c.cancel !== false && c.cancel !== 'false';
}

/** Every concurrency group a workflow declares, at the top and on jobs. */
export function concurrencyGroups(workflow: Workflow): string[] {
  const all = [
    concurrencyOf(workflow.raw.concurrency),
    ...workflow.jobs.map((j) => concurrencyOf(j.raw.concurrency)),
  ];
  return all.filter((c): c is Concurrency => c !== undefined).map((c) => c.group);
}

/**
 * F58: a job that authenticates is a deploy job: it needs an `environment` and a concurrency
 * group that never cancels a run in progress; a workflow-level group must not cancel either.
 */
export function checkDeployJobs(workflow: Workflow): Finding[] {
  const out: Finding[] = [];
  const deployJobs = workflow.jobs.filter((j) => runsAuth(j) || j.uses !== undefined);
  const top = concurrencyOf(workflow.raw.concurrency);
  if (top !== undefined && cancels(top) && deployJobs.length > 0) {
    out.push(
      finding('F58', workflow, 'concurrency', 'cancel-in-progress would cancel a deploy half-way'),
    );
  }
  for (const job of deployJobs) {
    const where = `job "${job.id}"`;
    const env = job.raw.environment;
    // A job that calls a reusable workflow cannot set `environment`; the callee's jobs do.
    if (
      job.uses === undefined &&
      !(typeof env === 'string' || (isObject(env) && typeof env.name === 'string'))
    ) {
      out.push(finding('F58', workflow, where, 'deploy job without "environment:"'));
    }
    const c = concurrencyOf(job.raw.concurrency);
    if (c === undefined) {
      out.push(finding('F58', workflow, where, 'deploy job without a concurrency group'));
    } else if (cancels(c)) {
      out.push(finding('F58', workflow, where, 'cancel-in-progress must be false on a deploy job'));
    }
  }
  return out;
}

/**
 * F58: caller and called workflow must not share a concurrency group (the caller would wait
 * on itself), and the callee must not key on github.workflow, which is the *caller's* name.
 */
export function checkCallerCallee(caller: Workflow, callee: Workflow): Finding[] {
  const out: Finding[] = [];
  const norm = (g: string): string => g.trim().toLowerCase();
  const calleeGroups = new Set(concurrencyGroups(callee).map(norm));
  for (const group of concurrencyGroups(caller)) {
    if (calleeGroups.has(norm(group))) {
      out.push(
        finding('F58', caller, 'concurrency', `group "${group}" is also used by ${callee.file}`),
      );
    }
  }
  for (const group of concurrencyGroups(callee)) {
    if (/github\.workflow\b/.test(group)) {
      out.push(
        finding(
          'F58',
          callee,
          'concurrency',
          `group "${group}" uses github.workflow (the caller's name)`,
        ),
      );
    }
  }
  return out;
}

function hasTagTrigger(workflow: Workflow): boolean {
  const on = triggers(workflow);
  const push = on.push;
  return (isObject(push) && push.tags !== undefined) || 'workflow_call' in on;
}

function hasRefCheck(job: Job, before = job.steps.length): boolean {
  return job.steps.slice(0, before).some((s) => s.id === REF_CHECK_STEP_ID && s.run !== undefined);
}

/**
 * F61: a workflow a tag can trigger (directly, or as a reusable workflow of one) checks the
 * tag is strict semver before any job authenticates: a ref-check step earlier in the same
 * job, or in a job it needs (directly or transitively).
 */
export function checkTagGate(workflow: Workflow): Finding[] {
  if (!hasTagTrigger(workflow)) return [];
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  const gated = (job: Job, seen = new Set<string>()): boolean => {
    if (seen.has(job.id)) return false;
    seen.add(job.id);
    return job.needs.some((n) => {
      const dep = byId.get(n);
      return dep !== undefined && (hasRefCheck(dep) || gated(dep, seen));
    });
  };
  return workflow.jobs
    .filter((job) => runsAuth(job))
    .filter((job) => !hasRefCheck(job, authStepIndex(job)) && !gated(job))
    .map((job) =>
      finding(
        'F61',
        workflow,
        `job "${job.id}"`,
        `authenticates before a "${REF_CHECK_STEP_ID}" step validated the tag`,
      ),
    );
}
