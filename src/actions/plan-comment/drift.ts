/**
 * plan-comment's drift mode (issue 16, item 3): a scheduled read-only plan of the default
 * branch should plan nothing, because a converged platform plans to zero changes (Secrets the
 * planner cannot read are "not observable" noops). Any planned change means live state differs
 * from the repository: someone changed the cluster or the project by hand, or the branch has
 * something not deployed yet. Each such resource is named in an `::error::` annotation and the
 * step fails; a step that produced no plan also fails the check, since drift is then unknown.
 *
 * Why here and not in an action of its own: plan-comment already parses and validates every
 * action's `changes` output and renders the same folded tables (redacted, size-bounded); the
 * drift job then needs no cloud credentials and no token.
 */
import type { Redactor } from '../../lib/exec/redact.js';
import type { Outcome } from '../../lib/reconcile/engine.js';
import type { ActionPlan } from './inputs.js';

/** A resource whose live state differs from the repository's. */
export interface Drifted {
  readonly plan: string;
  readonly resource: string;
  readonly action: string;
  readonly detail: string;
}

export interface DriftFindings {
  readonly drifted: readonly Drifted[];
  /** Plans that are missing (their step was skipped or failed before planning). */
  readonly missing: readonly string[];
}

/** A change is anything but "nothing to do": planned, done, failed or skipped alike. */
const drifts = (o: Outcome): boolean => o.action !== 'noop' && o.status !== 'unchanged';

export function findDrift(plans: readonly ActionPlan[]): DriftFindings {
  return {
    drifted: plans.flatMap((p) =>
      (p.outcomes ?? []).filter(drifts).map((o) => ({
        plan: p.name,
        resource: o.resource,
        action: o.action,
        detail: o.detail,
      })),
    ),
    missing: plans.filter((p) => p.outcomes === undefined).map((p) => p.name),
  };
}

/** One annotation per drifted resource: what a maintainer reads in the run's overview. */
export function driftAnnotations(findings: DriftFindings, redactor: Redactor): string[] {
  const oneLine = (text: string): string => redactor.redact(text).replace(/\s+/g, ' ').trim();
  return [
    ...findings.drifted.map(
      (d) =>
        `Drift: ${oneLine(d.resource)} (${d.plan} would ${oneLine(d.action)} it): ${oneLine(d.detail)}`,
    ),
    ...findings.missing.map((name) => `Drift unknown: ${name} produced no plan (see its step).`),
  ];
}

/** The failure message: every drifted resource by name, the missing plans after them. */
export function driftMessage(findings: DriftFindings, redactor: Redactor): string | undefined {
  const parts: string[] = [];
  if (findings.drifted.length > 0) {
    const names = findings.drifted.map((d) => redactor.redact(d.resource));
    parts.push(
      `live state differs from the repository for ${names.length} ${names.length === 1 ? 'resource' : 'resources'}: ${names.join(', ')}`,
    );
  }
  if (findings.missing.length > 0)
    parts.push(`no plan from ${findings.missing.join(', ')}, so drift there is unknown`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}
