/**
 * Which events start a workflow, and the `github` context of a scheduled run, for the local
 * runner. GitHub starts a workflow only for an event its `on:` names (docs,
 * workflows-and-actions/events-that-trigger-workflows). A scheduled run:
 * "Scheduled workflows will only run on the default branch", with GITHUB_SHA "Last commit on
 * default branch" and GITHUB_REF "Default branch"
 * (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#schedule), and
 * `github.event.schedule` is the cron expression that fired (same page). The schedule payload
 * carries no repository details (github/codeql-action#1211), so the default branch is given.
 */
import type { Value } from './expressions.js';

function eventsOf(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function cronsOf(on: unknown): string[] {
  const schedule = (on as { schedule?: { cron?: string }[] } | undefined)?.schedule;
  return Array.isArray(schedule) ? schedule.map((s) => String(s.cron ?? '')) : [];
}

/** Throws when the workflow would not run for this event (a test that models it wrongly). */
export function checkTrigger(on: unknown, github: Record<string, Value>): void {
  const event = github.event_name;
  if (typeof event !== 'string' || on === undefined) return;
  if (!eventsOf(on).includes(event))
    throw new Error(`pipeline runner: the workflow has no "${event}" trigger`);
  if (event === 'schedule') {
    const cron = (github.event as { schedule?: string } | undefined)?.schedule;
    if (!cronsOf(on).includes(String(cron)))
      throw new Error(`pipeline runner: no schedule "${String(cron)}" in the workflow`);
    if (github.ref_type !== 'branch' || github.ref !== `refs/heads/${String(github.ref_name)}`)
      throw new Error('pipeline runner: a scheduled run is on the default branch');
  }
}

/** The `github` context of a scheduled run: the default branch's latest commit. */
export function scheduledRun(
  base: Record<string, Value>,
  defaultBranch: string,
  headSha: string,
  cron: string,
): Record<string, Value> {
  return {
    ...base,
    event_name: 'schedule',
    ref: `refs/heads/${defaultBranch}`,
    ref_name: defaultBranch,
    ref_type: 'branch',
    sha: headSha,
    event: { schedule: cron },
  };
}
