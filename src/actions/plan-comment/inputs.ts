/**
 * plan-comment's input and output names (kept equal to action.yml by a test) and parseInputs().
 *
 * `plans` takes each action's `changes` output in one of two forms, whichever reads better in
 * a workflow:
 *   - lines of `name=<changes JSON>` (`setup-wi=${{ needs.plan.outputs.setup-wi }}`); a line
 *     with nothing after `=` is a step that produced no plan (skipped or failed);
 *   - a JSON object `{"setup-wi": <changes array, or that array as a JSON string, or null>}`.
 * Every action's `changes` output is one line of JSON (JSON.stringify), so the line form holds.
 */
// zod/mini: the same checks as `zod` for a smaller bundle; this loads on every start (issue 11).
import { z } from 'zod/mini';
import { booleanInput, optional, required, type InputSource } from '../../lib/inputs/parse.js';
import { ConfigurationError } from '../../lib/errors.js';
import type { Outcome } from '../../lib/reconcile/engine.js';

export const Inputs = {
  Plans: 'plans',
  GithubToken: 'github-token',
  CommentKey: 'comment-key',
  Title: 'title',
  MaskValues: 'mask-values',
  DryRun: 'dry-run',
  Mode: 'mode',
} as const;

/** `comment`: post on the pull request. `drift`: summary only, and fail on any change. */
export const MODES = ['comment', 'drift'] as const;
export type Mode = (typeof MODES)[number];

export const Outputs = {
  Result: 'result',
  CommentId: 'comment-id',
  CommentUrl: 'comment-url',
} as const;

/** One action's plan; `outcomes` is undefined when its step produced none. */
export interface ActionPlan {
  readonly name: string;
  readonly outcomes: readonly Outcome[] | undefined;
}

export interface PlanCommentInputs {
  readonly plans: readonly ActionPlan[];
  readonly token: string | undefined;
  readonly commentKey: string;
  readonly title: string;
  /** Values that must never reach the comment (besides the token). */
  readonly maskValues: readonly string[];
  readonly dryRun: boolean;
  readonly mode: Mode;
}

/** More tables than this is not a plan a reviewer reads; it is a mistake in the workflow. */
export const MAX_PLANS = 50;
const PLAN_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Goes inside an HTML comment: no `--`, no `>`; short enough to read. */
const COMMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9 ._/:@()+-]{0,99}$/;

// `action` and `status` are open strings: later actions may add kinds (a prune's `delete`),
// and an older plan-comment must still render them rather than reject the plan.
const outcomeSchema = z.object({
  resource: z.string().check(z.minLength(1), z.maxLength(1000)),
  action: z.string().check(z.regex(/^[a-z][a-z-]{0,31}$/)),
  status: z.string().check(z.regex(/^[a-z][a-z-]{0,31}$/)),
  detail: z.string(),
});
const outcomesSchema = z.array(outcomeSchema);

/**
 * Parses one plan's value. The error names the input and the entry, never the value: a plan
 * that failed to parse may hold anything.
 */
function parseOutcomes(name: string, raw: unknown): readonly Outcome[] | undefined {
  let value = raw;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      throw new ConfigurationError(Inputs.Plans, `entry "${name}" is not valid JSON`);
    }
  }
  const parsed = outcomesSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new ConfigurationError(
      Inputs.Plans,
      `entry "${name}" must be an action's \`changes\` output (a JSON array of {resource, action, status, detail})${where}`,
    );
  }
  return parsed.data as Outcome[];
}

function entriesOf(text: string): [string, unknown][] {
  if (text.startsWith('{')) {
    let object: unknown;
    try {
      object = JSON.parse(text) as unknown;
    } catch {
      throw new ConfigurationError(Inputs.Plans, 'starts with "{" but is not a valid JSON object');
    }
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      throw new ConfigurationError(Inputs.Plans, 'must be a JSON object of name: changes');
    }
    return Object.entries(object);
  }
  const entries: [string, unknown][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw new ConfigurationError(
        Inputs.Plans,
        `each line must be name=<changes JSON> (line ${entries.length + 1} has no name=)`,
      );
    }
    entries.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
  }
  return entries;
}

export function parsePlans(text: string): ActionPlan[] {
  const entries = entriesOf(text.trim());
  if (entries.length === 0) throw new ConfigurationError(Inputs.Plans, 'names no plan');
  if (entries.length > MAX_PLANS) {
    throw new ConfigurationError(
      Inputs.Plans,
      `holds ${entries.length} plans; at most ${MAX_PLANS}`,
    );
  }
  const seen = new Set<string>();
  return entries.map(([name, value]) => {
    if (!PLAN_NAME.test(name)) {
      throw new ConfigurationError(
        Inputs.Plans,
        `plan name "${name.slice(0, 64)}" must be lowercase letters, digits, ".", "_" or "-" (at most 64)`,
      );
    }
    if (seen.has(name)) throw new ConfigurationError(Inputs.Plans, `names "${name}" twice`);
    seen.add(name);
    return { name, outcomes: parseOutcomes(name, value) };
  });
}

/** The comment key: the input, else the workflow's name made safe for an HTML comment. */
export function commentKey(explicit: string | undefined, workflow: string | undefined): string {
  if (explicit !== undefined) {
    if (!COMMENT_KEY.test(explicit) || explicit.includes('--')) {
      throw new ConfigurationError(
        Inputs.CommentKey,
        'must be 1-100 letters, digits, spaces or ._/:@()+- (no "--"), starting with a letter or digit',
      );
    }
    return explicit;
  }
  const fromWorkflow = (workflow ?? '')
    .replace(/[^A-Za-z0-9 ._/:@()+-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 100)
    .replace(/[\s-]+$/, '');
  return fromWorkflow || 'plan';
}

export function parseInputs(source: InputSource, env: NodeJS.ProcessEnv): PlanCommentInputs {
  const plans = parsePlans(required(source, Inputs.Plans));
  const title = optional(source, Inputs.Title) ?? 'Deploy plan';
  if (/[\r\n]/.test(title) || title.length > 200) {
    throw new ConfigurationError(Inputs.Title, 'must be one line of at most 200 characters');
  }
  const dryRun = booleanInput(source, Inputs.DryRun, false);
  const mode = optional(source, Inputs.Mode) ?? 'comment';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new ConfigurationError(Inputs.Mode, `must be one of ${MODES.join(', ')}`);
  }
  // Masked values are one per line; a comma may be part of a secret, so no comma splitting.
  const maskValues = (source(Inputs.MaskValues) ?? '')
    .split(/\r?\n/)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return {
    plans,
    token: optional(source, Inputs.GithubToken),
    commentKey: commentKey(optional(source, Inputs.CommentKey), env.GITHUB_WORKFLOW),
    title,
    maskValues,
    dryRun,
    mode: mode as Mode,
  };
}
