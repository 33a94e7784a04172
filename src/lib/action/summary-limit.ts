/**
 * Step summaries under GitHub's limit (issue 15, class 5). GitHub's "Adding a job summary":
 * "Job summaries are isolated between steps and each step is restricted to a maximum size of
 * 1MiB" and a step's summary over it is not uploaded at all, outcome table included
 * (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits).
 * So a summary that would not fit is shortened: the collapsible sections (merged values,
 * manifests) first, largest first, then the tail; the heading and outcome table come first in
 * every summary we write and are kept.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const NOTE = (shown: number, total: number): string =>
  `_Shortened: ${shown} of ${total} bytes shown. GitHub drops a step summary over 1 MiB whole._`;

/** The first lines of `text` that fit in `max` bytes (never cutting a line, or a character). */
function headLines(text: string, max: number): string {
  const lines: string[] = [];
  let size = -1; // the first line has no newline before it
  for (const line of text.split('\n')) {
    const next = size + 1 + bytes(line);
    if (next > max) break;
    lines.push(line);
    size = next;
  }
  return lines.join('\n');
}

/** A `<details>` block cut down to about `max` bytes, its code fence closed, with a note. */
function shortenDetails(block: string, max: number): string {
  const open = block.indexOf('</summary>');
  const head = open < 0 ? '<details><summary>Details</summary>' : block.slice(0, open + 10);
  const inner = block.slice(head.length, block.lastIndexOf('</details>')).trim();
  const fence = /^(`{3,})[^\n]*\n/.exec(inner);
  const body = fence ? inner.slice(fence[0].length).replace(/\n?`{3,}\s*$/, '') : inner;
  const kept = headLines(body, Math.max(0, max));
  const shownBody = fence ? `${fence[0]}${kept}\n${fence[1]}` : kept;
  return `${head}\n\n${shownBody}\n\n${NOTE(bytes(kept), bytes(body))}\n\n</details>`;
}

/** `<details>...</details>` spans, as [start, end) offsets. */
function detailsSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('<details>', from);
    if (start < 0) break;
    const close = text.indexOf('</details>', start);
    if (close < 0) break;
    spans.push([start, close + '</details>'.length]);
    from = close + 1;
  }
  return spans;
}

/** `markdown` shortened to at most `budget` bytes, keeping its beginning (heading, outcomes). */
export function fitSummary(markdown: string, budget: number = SUMMARY_LIMIT_BYTES): string {
  if (bytes(markdown) <= budget) return markdown;
  let text = markdown;
  const spans = detailsSpans(text).sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  for (const [start, end] of spans) {
    const excess = bytes(text) - budget;
    if (excess <= 0) break;
    const block = text.slice(start, end);
    // Positions shift as blocks shrink, so find this block again by its text.
    const at = text.indexOf(block);
    const short = shortenDetails(block, bytes(block) - excess - 512);
    text = `${text.slice(0, at)}${short}${text.slice(at + block.length)}`;
  }
  if (bytes(text) <= budget) return text;
  const total = bytes(text);
  const note = `\n\n${NOTE(0, total)}\n`;
  const kept = headLines(text, Math.max(0, budget - bytes(note) - 64));
  return `${kept}${note.replace(NOTE(0, total), NOTE(bytes(kept), total))}`;
}
