/**
 * plan-comment: the plans of the dry-run steps as one comment on the pull request, updated on
 * every push. Where it cannot comment (not a pull request, or a token that cannot write, as on
 * a fork's pull request) the plan goes to the job summary and the step still succeeds.
 */
import { runnerIO } from '../../lib/action/io.js';
import { boundedSource } from '../../lib/inputs/limits.js';
import { runAction, type ActionDeps } from '../../lib/action/run-action.js';
import { ConfigurationError } from '../../lib/errors.js';
import { Redactor } from '../../lib/exec/redact.js';
import { driftAnnotations, driftMessage, findDrift } from './drift.js';
import { runContext, type PullRequestTarget } from './event.js';
import { octokitComments } from './github.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';
import { markerFor, renderComment } from './render.js';
import { NotWritableError, upsertComment, type CommentsApi } from './upsert.js';

export const ACTION_NAME = 'plan-comment';

const TOKEN_DOCS = 'https://docs.github.com/actions/reference/github_token-reference';

export interface PlanCommentDeps extends ActionDeps {
  readonly env?: NodeJS.ProcessEnv;
  /** The GitHub API to use instead of Octokit over the network. */
  readonly comments?: (
    token: string,
    apiUrl: string,
    target: PullRequestTarget,
  ) => Promise<CommentsApi>;
}

/** The body without its marker: the summary shows the plan, not our bookkeeping. */
function forSummary(body: string, marker: string): string {
  return body.startsWith(marker) ? body.slice(marker.length).trimStart() : body;
}

export async function run(deps: PlanCommentDeps = { io: runnerIO() }): Promise<void> {
  const { io } = deps;
  const env = deps.env ?? process.env;
  const redactor = new Redactor();
  await runAction(
    ACTION_NAME,
    io,
    async () => {
      // Every input bounded before parsing (issue 15: a megabyte input is refused by name).
      const inputs = parseInputs(
        boundedSource((name) => io.getInput(name)),
        env,
      );
      for (const secret of [inputs.token ?? '', ...inputs.maskValues]) {
        for (const form of redactor.add(secret)) io.setSecret(form);
      }
      const context = runContext(env);
      const target = context.pullRequest;
      if (target && inputs.mode === 'comment' && !inputs.dryRun && inputs.token === undefined) {
        throw new ConfigurationError(
          Inputs.GithubToken,
          'is required to comment on a pull request (the default is the job token)',
        );
      }
      const marker = markerFor(inputs.commentKey);
      const { body, omittedRows } = renderComment(inputs.plans, {
        title: inputs.title,
        commentKey: inputs.commentKey,
        redactor,
        sha: context.sha,
        runUrl: context.runUrl,
      });
      if (omittedRows > 0) {
        io.warning(`${ACTION_NAME}: ${omittedRows} rows left out to fit GitHub's comment limit`);
      }
      const summaryOnly = async (result: string, why: string): Promise<void> => {
        io.setOutput(Outputs.Result, result);
        await io.writeSummary(`${why}\n\n${forSummary(body, marker)}`);
      };

      if (inputs.mode === 'drift') {
        // Drift never comments: a scheduled run has no pull request, and its job needs no token.
        const findings = findDrift(inputs.plans);
        for (const line of driftAnnotations(findings, redactor)) io.error(line);
        const message = driftMessage(findings, redactor);
        io.setOutput(Outputs.Result, message === undefined ? 'no-drift' : 'drift');
        const verdict =
          message === undefined
            ? '**No drift**: live state matches the repository.'
            : `**Drift**: ${message}.`;
        await io.writeSummary(`${verdict}\n\n${forSummary(body, marker)}`);
        if (message !== undefined) throw new Error(message);
        return;
      }
      if (inputs.dryRun) {
        io.info(`${ACTION_NAME}: dry run; the comment is in the job summary and was not posted`);
        await summaryOnly('dry-run', `_${ACTION_NAME} dry run: this comment was not posted._`);
        return;
      }
      if (!target || inputs.token === undefined) {
        io.info(
          `${ACTION_NAME}: "${context.eventName}" is not a pull request event; plan written to the job summary`,
        );
        await summaryOnly('summary', `_Not a pull request run: the plan is shown here only._`);
        return;
      }

      const api = await (deps.comments ?? octokitComments)(inputs.token, context.apiUrl, target);
      try {
        const { result, comment } = await upsertComment(api, marker, body, {
          logger: io,
          clock: deps.clock,
        });
        io.setOutput(Outputs.Result, result);
        io.setOutput(Outputs.CommentId, String(comment.id));
        io.setOutput(Outputs.CommentUrl, comment.url);
        io.info(
          `${ACTION_NAME}: ${result} the plan comment on pull request #${target.number}: ${comment.url}`,
        );
        await io.writeSummary(
          `## ${ACTION_NAME}\n\nThe plan is [a comment on pull request #${target.number}](${comment.url}) (${result}).\n`,
        );
      } catch (err) {
        if (err instanceof NotWritableError) {
          const why = target.fromFork
            ? `the pull request comes from a fork, where GITHUB_TOKEN is read-only (${TOKEN_DOCS})`
            : 'give the job `permissions: pull-requests: write`';
          io.warning(
            `${ACTION_NAME}: the token cannot comment on pull request #${target.number}: ${why}. The plan is in the job summary instead.`,
          );
          await summaryOnly(
            'summary',
            `_Could not comment on pull request #${target.number}: ${why}._`,
          );
          return;
        }
        // Keep the plan visible even though the step fails.
        await io.writeSummary(forSummary(body, marker)).catch(() => undefined);
        throw err;
      }
    },
    () => redactor,
  );
}
