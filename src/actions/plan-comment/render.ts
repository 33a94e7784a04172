/**
 * The plan comment as markdown: a hidden marker (how the next run finds this comment), a
 * heading with the totals, and one folded table per action in the order given.
 *
 * Size: GitHub refuses a comment body over 65536 characters with 422 "Body is too long
 * (maximum is 65536 characters)" (https://docs.github.com/rest/issues/comments#create-an-issue-comment;
 * the error text as reported in reg-viz/reg-actions#123 and peter-evans/create-or-update-comment#182).
 * JavaScript's length counts UTF-16 code units, never fewer than the characters GitHub counts,
 * so measuring with it is on the safe side. When the plan is larger, rows are left out
 * (unchanged rows first, then from the end), every table keeps its header, and a note says so.
 */
import { escapeCell, ICONS } from '../../lib/reconcile/report.js';
import type { Redactor } from '../../lib/exec/redact.js';
import type { Outcome } from '../../lib/reconcile/engine.js';
import type { ActionPlan } from './inputs.js';

export const COMMENT_LIMIT = 65536;
/** A cell longer than this is cut: nobody reads more in a table, and one row cannot eat the budget. */
export const MAX_CELL = 1000;
const HEADER = '| Resource | Action | Result | Detail |\n| --- | --- | --- | --- |';

export function markerFor(key: string): string {
  return `<!-- gke-deploy-plan:${key} -->`;
}

export interface RenderOptions {
  readonly title: string;
  readonly commentKey: string;
  readonly redactor: Redactor;
  /** The commit the plan is for (the pull request's head). */
  readonly sha?: string;
  readonly runUrl?: string;
  readonly limit?: number;
}

export interface RenderedComment {
  readonly body: string;
  /** Rows left out to stay under the limit (0 when the whole plan fits). */
  readonly omittedRows: number;
}

/** Makes a user-supplied text inert in a table cell: no HTML (it could close <details>), no `|`. */
function cell(text: string, redactor: Redactor): string {
  const clean = redactor.redact(text);
  const cut = clean.length > MAX_CELL ? `${clean.slice(0, MAX_CELL)}…` : clean;
  return escapeCell(cut.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

function code(text: string, redactor: Redactor): string {
  // A backtick inside would end the code span; a resource name never needs one.
  return `\`${cell(text, redactor).replace(/`/g, "'")}\``;
}

function row(o: Outcome, redactor: Redactor): string {
  const icon = (ICONS as Record<string, string | undefined>)[o.status] ?? '';
  const status = icon ? `${icon} ${o.status}` : o.status;
  return `| ${code(o.resource, redactor)} | ${cell(o.action, redactor)} | ${cell(status, redactor)} | ${cell(o.detail, redactor)} |`;
}

/** Whether an outcome is a change (planned, done or failed), as opposed to nothing to do. */
function isChange(o: Outcome): boolean {
  return o.status !== 'unchanged' && o.action !== 'noop';
}

/** "2 to create, 1 to update, 5 unchanged": what a reviewer reads before unfolding. */
export function tally(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, number>();
  const add = (label: string): void => {
    counts.set(label, (counts.get(label) ?? 0) + 1);
  };
  for (const o of outcomes) {
    if (o.status === 'planned') add(`to ${o.action}`);
    else if (o.status === 'unchanged' || o.action === 'noop') add('unchanged');
    else add(o.status);
  }
  if (counts.size === 0) return 'nothing to reconcile';
  return [...counts].map(([label, n]) => `${n} ${label}`).join(', ');
}

interface Section {
  readonly name: string;
  readonly outcomes: readonly Outcome[] | undefined;
  readonly rows: readonly string[];
}

function renderSection(section: Section, keep: ReadonlySet<string>, redactor: Redactor): string {
  const name = cell(section.name, redactor);
  if (section.outcomes === undefined) {
    return `### ${name}\n\n_No plan: the step did not run or failed before planning. See the run's log._`;
  }
  const changes = section.outcomes.filter(isChange).length;
  const heading = `### ${changes > 0 ? '📝' : '✅'} ${name}: ${tally(section.outcomes)}`;
  if (section.outcomes.length === 0) return `${heading}\n\n_Nothing to reconcile._`;
  const kept = section.rows.filter((_, i) => keep.has(`${section.name}#${i}`));
  const omitted = section.rows.length - kept.length;
  const note =
    omitted > 0
      ? `\n\n_${omitted} more ${omitted === 1 ? 'row' : 'rows'} not shown: the comment would pass GitHub's ${COMMENT_LIMIT}-character limit. The whole plan is in the run's job summary._`
      : '';
  const noun = section.outcomes.length === 1 ? 'resource' : 'resources';
  return [
    heading,
    '',
    `<details><summary>${section.outcomes.length} ${noun}</summary>`,
    '',
    [HEADER, ...kept].join('\n') + note,
    '',
    '</details>',
  ].join('\n');
}

function assemble(
  options: RenderOptions,
  sections: readonly Section[],
  keep: ReadonlySet<string>,
  omitted: number,
): string {
  const { redactor } = options;
  const all = sections.flatMap((s) => s.outcomes ?? []);
  const missing = sections.filter((s) => s.outcomes === undefined).length;
  const context = [
    options.sha ? `Plan for \`${cell(options.sha.slice(0, 12), redactor)}\`` : 'Plan',
    options.runUrl ? `from [this run](${encodeURI(redactor.redact(options.runUrl))})` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const totals = `${tally(all)}${missing > 0 ? `; ${missing} without a plan` : ''}`;
  const parts = [
    markerFor(options.commentKey),
    `## ${cell(options.title, redactor)}`,
    // A plan of dry runs changed nothing; `changes` of a real run (done, failed) did.
    `${context}: ${totals}.${all.every((o) => o.status === 'planned' || o.status === 'unchanged') ? ' Nothing has been changed; this is a dry run.' : ''}`,
  ];
  if (omitted > 0) {
    parts.push(
      `> [!NOTE]\n> Shortened to fit GitHub's comment limit: ${omitted} ${omitted === 1 ? 'row is' : 'rows are'} left out.`,
    );
  }
  parts.push(...sections.map((s) => renderSection(s, keep, redactor)));
  return `${parts.join('\n\n')}\n`;
}

/** Renders the comment, leaving rows out (unchanged ones first) until it fits the limit. */
export function renderComment(
  plans: readonly ActionPlan[],
  options: RenderOptions,
): RenderedComment {
  const limit = options.limit ?? COMMENT_LIMIT;
  const sections: Section[] = plans.map((p) => ({
    name: p.name,
    outcomes: p.outcomes,
    rows: (p.outcomes ?? []).map((o) => row(o, options.redactor)),
  }));
  const ids = sections.flatMap((s) =>
    (s.outcomes ?? []).map((o, i) => ({ id: `${s.name}#${i}`, change: isChange(o) })),
  );
  // The order rows are given up in: unchanged rows from the last, then the rest from the last.
  const dropOrder = [
    ...ids.filter((r) => !r.change).reverse(),
    ...ids.filter((r) => r.change).reverse(),
  ].map((r) => r.id);
  const render = (dropped: number): string => {
    const gone = new Set(dropOrder.slice(0, dropped));
    const keep = new Set(ids.map((r) => r.id).filter((id) => !gone.has(id)));
    return assemble(options, sections, keep, dropped);
  };

  const full = render(0);
  if (full.length <= limit) return { body: full, omittedRows: 0 };
  // Length falls (almost) monotonically with rows dropped: binary search, then walk up the
  // few steps a newly added "rows not shown" note can cost.
  let lo = 1;
  let hi = dropOrder.length;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (render(mid).length <= limit) hi = mid;
    else lo = mid + 1;
  }
  for (let dropped = lo; dropped <= dropOrder.length; dropped += 1) {
    const body = render(dropped);
    if (body.length <= limit) return { body, omittedRows: dropped };
  }
  // Only headers and notes left and still too long: cannot happen with MAX_PLANS tables of
  // bounded names, but a body GitHub rejects must never be sent.
  const bare = render(dropOrder.length);
  const tail = '\n\n_Cut at the comment size limit._\n';
  return { body: bare.slice(0, limit - tail.length) + tail, omittedRows: dropOrder.length };
}
