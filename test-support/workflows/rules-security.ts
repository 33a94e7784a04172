// Security rules for workflows (reference/security-reliability.md §1–§3, §7 F55–F59).
import { suiteActionName, suiteWorkflowPath } from './actions.js';
import {
  actionRepo,
  CHECKOUT_ACTION,
  finding,
  runsAuth,
  usesAction,
  type Finding,
} from './findings.js';
import { describeStep, isObject, triggers, type Job, type Json, type Workflow } from './model.js';
import { findPin } from './pins.js';

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^\s*(v\d+\.\d+\.\d+)\s*$/;
/** The suite's own release channel: a major tag, as in action-catalog.md. */
const SUITE_REF = /@v\d+$/;

/** F57: third-party actions are pinned to a known 40-hex commit with a matching `# vX.Y.Z`. */
export function checkPinning(workflow: Workflow): Finding[] {
  const out: Finding[] = [];
  const check = (uses: string, comment: string | undefined, where: string): void => {
    if (uses.startsWith('./')) return;
    if (suiteActionName(uses) !== undefined || suiteWorkflowPath(uses) !== undefined) {
      if (!SUITE_REF.test(uses))
        out.push(
          finding('F57', workflow, where, `suite reference "${uses}" must use the major tag (@vN)`),
        );
      return;
    }
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        out.push(finding('F57', workflow, where, `"${uses}" is not pinned to a digest`));
      return;
    }
    const at = uses.lastIndexOf('@');
    const ref = at < 0 ? '' : uses.slice(at + 1);
    const repo = actionRepo(uses);
    if (!SHA.test(ref) || repo === undefined) {
      out.push(
        finding('F57', workflow, where, `"${uses}" is not pinned to a full 40-hex commit SHA`),
      );
      return;
    }
    const version = VERSION_COMMENT.exec(comment ?? '')?.[1];
    if (version === undefined) {
      out.push(
        finding('F57', workflow, where, `"${uses}" needs a "# vX.Y.Z" comment naming its release`),
      );
      return;
    }
    const pin = findPin(repo, ref);
    if (pin === undefined) {
      out.push(
        finding(
          'F57',
          workflow,
          where,
          `${repo}@${ref} is not a recorded pin (test-support/workflows/pins.ts)`,
        ),
      );
    } else if (pin.version !== version) {
      out.push(
        finding('F57', workflow, where, `comment says ${version} but ${ref} is ${pin.version}`),
      );
    }
  };
  for (const job of workflow.jobs) {
    if (job.uses !== undefined) check(job.uses, job.usesComment, `job "${job.id}"`);
    for (const step of job.steps) {
      if (step.uses !== undefined) check(step.uses, step.usesComment, describeStep(job, step));
    }
  }
  return out;
}

function permissionEntries(value: Json | undefined): Record<string, string> | string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (!isObject(value)) return 'invalid';
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

/** Whether a caller job's reusable workflow needs an OIDC token (it can only downgrade). */
export type CalleeNeedsIdToken = (job: Job) => boolean;

/**
 * F56: top-level `permissions` is `{}` or `contents: read`; scopes are raised per job;
 * `id-token: write` only on jobs that run google-github-actions/auth (or that call a reusable
 * workflow which does: the caller must grant it).
 */
export function checkPermissions(
  workflow: Workflow,
  calleeNeedsIdToken: CalleeNeedsIdToken = () => false,
): Finding[] {
  const out: Finding[] = [];
  const top = permissionEntries(workflow.raw.permissions);
  const topOk =
    top !== undefined &&
    typeof top !== 'string' &&
    Object.entries(top).every(([k, v]) => k === 'contents' && v === 'read');
  if (!topOk) {
    out.push(
      finding(
        'F56',
        workflow,
        'permissions',
        'top-level permissions must be {} or {contents: read}',
      ),
    );
  }
  for (const job of workflow.jobs) {
    const perms = permissionEntries(job.raw.permissions);
    const where = `job "${job.id}"`;
    if (typeof perms === 'string') {
      out.push(finding('F56', workflow, where, `permissions "${perms}" is too broad; list scopes`));
      continue;
    }
    const idToken = perms?.['id-token'] === 'write';
    const needsToken = runsAuth(job) || (job.uses !== undefined && calleeNeedsIdToken(job));
    if (needsToken && !idToken) {
      out.push(
        finding('F56', workflow, where, 'authenticates to Google but lacks "id-token: write"'),
      );
    }
    if (idToken && !needsToken) {
      out.push(
        finding('F56', workflow, where, '"id-token: write" on a job that does not authenticate'),
      );
    }
  }
  return out;
}

const UNTRUSTED_IN_RUN = [/github\.event\./, /\binputs\./, /head_ref/];

function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1] ?? '');
}

/** F55: no attacker-controllable context inside `run:`; it goes through `env:` instead. */
export function checkScriptInjection(workflow: Workflow, strict = false): Finding[] {
  const out: Finding[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (step.run === undefined) continue;
      for (const expr of expressions(step.run)) {
        if (strict || UNTRUSTED_IN_RUN.some((re) => re.test(expr))) {
          out.push(
            finding(
              'F55',
              workflow,
              describeStep(job, step),
              `\${{${expr}}} inside run:; pass it through env:`,
            ),
          );
        }
      }
    }
  }
  return out;
}

/** F59: dangerous triggers, inherited or serialised secrets, checkout that keeps the token. */
export function checkForbidden(workflow: Workflow, text: string): Finding[] {
  const out: Finding[] = [];
  for (const trigger of ['pull_request_target', 'workflow_run']) {
    if (trigger in triggers(workflow))
      out.push(finding('F59', workflow, 'on', `trigger "${trigger}" is not allowed`));
  }
  if (/to[jJ][sS][oO][nN]\(\s*secrets\s*\)/.test(text)) {
    out.push(finding('F59', workflow, 'expressions', 'toJson(secrets) exposes every secret'));
  }
  for (const job of workflow.jobs) {
    if (job.raw.secrets === 'inherit') {
      out.push(
        finding(
          'F59',
          workflow,
          `job "${job.id}"`,
          '"secrets: inherit" passes every secret; list them',
        ),
      );
    }
    for (const step of job.steps) {
      if (!usesAction(step, CHECKOUT_ACTION)) continue;
      const persist = step.with['persist-credentials'];
      if (persist !== false && persist !== 'false') {
        out.push(
          finding(
            'F59',
            workflow,
            describeStep(job, step),
            'checkout must set persist-credentials: false',
          ),
        );
      }
    }
  }
  return out;
}
