/** Job summary rendering: markdown built as text so the CLI and the runner share it. */
import type { Outcome } from './engine.js';

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ICONS: Record<Outcome['status'], string> = {
  done: '✅',
  unchanged: '➖',
  planned: '📝',
  failed: '❌',
  skipped: '⏭️',
};

/** A deletion stands out in a table of creates and updates (prune: reviewers look for it). */
const actionCell = (action: Outcome['action']): string =>
  action === 'delete' ? `🗑️ ${action}` : action;

/** The table every action writes: resource, what was done, why. */
export function outcomesTable(outcomes: readonly Outcome[]): string {
  if (outcomes.length === 0) return '_Nothing to reconcile._';
  return markdownTable(
    ['Resource', 'Action', 'Result', 'Detail'],
    outcomes.map((o) => [
      `\`${o.resource}\``,
      actionCell(o.action),
      `${ICONS[o.status]} ${o.status}`,
      o.detail,
    ]),
  );
}

export function codeBlock(language: string, body: string): string {
  const fence = body.includes('```') ? '````' : '```';
  return `${fence}${language}\n${body.trimEnd()}\n${fence}`;
}

export function details(title: string, body: string): string {
  return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`;
}

/** The heading every action's summary starts with; a dry run says that nothing changed. */
export function headingOf(name: string, dryRun: boolean, what = 'nothing was changed'): string {
  return dryRun ? `${name} (dry run: ${what})` : name;
}

export function warningsMarkdown(warnings: readonly string[]): string {
  return warnings.map((w) => `> [!WARNING]\n> ${w}`).join('\n\n');
}

/** The job summary every action writes: heading, intro, outcomes, warnings, extra sections. */
export function actionSummary(parts: {
  readonly heading: string;
  readonly intro?: string;
  readonly outcomes: readonly Outcome[];
  readonly warnings: readonly string[];
  readonly sections?: readonly string[];
}): string {
  return (
    [
      `## ${parts.heading}`,
      parts.intro ?? '',
      outcomesTable(parts.outcomes),
      warningsMarkdown(parts.warnings),
      ...(parts.sections ?? []),
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
