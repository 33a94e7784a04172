/**
 * CommentsApi over @actions/github's Octokit. Loaded on demand: only a run that posts pays
 * for Octokit and undici at start-up.
 */
import type { PullRequestTarget } from './event.js';
import type { CommentsApi, ExistingComment } from './upsert.js';

interface CommentData {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url: string;
}

function toComment(data: CommentData): ExistingComment {
  return { id: data.id, body: data.body, url: data.html_url };
}

export async function octokitComments(
  token: string,
  apiUrl: string,
  target: PullRequestTarget,
): Promise<CommentsApi> {
  const { getOctokit } = await import('@actions/github');
  // baseUrl explicitly: @actions/github reads GITHUB_API_URL once, when it is first loaded.
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  return {
    async *pages() {
      // 100 is the largest page the endpoint serves.
      const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...where,
        issue_number: target.number,
        per_page: 100,
      });
      for await (const page of iterator) yield page.data.map(toComment);
    },
    async create(body) {
      const res = await octokit.rest.issues.createComment({
        ...where,
        issue_number: target.number,
        body,
      });
      return toComment(res.data);
    },
    async update(id, body) {
      const res = await octokit.rest.issues.updateComment({ ...where, comment_id: id, body });
      return toComment(res.data);
    },
  };
}
