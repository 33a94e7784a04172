/** Job summary rendering: markdown built as text so the CLI and the runner share it. */
import type { Outcome } from '../reconcile/engine.js';

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

/** The table every action writes: resource, what was done, why. */
export function outcomesTable(outcomes: readonly Outcome[]): string {
  if (outcomes.length === 0) return '_Nothing to reconcile._';
  return markdownTable(
    ['Resource', 'Action', 'Result', 'Detail'],
    outcomes.map((o) => [
      `\`${o.resource}\``,
      o.action,
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
