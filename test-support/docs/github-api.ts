/**
 * The GitHub REST calls and gh commands our docs tell a person to run, checked against the
 * documented endpoints and body fields (there is no `gh` on the test machine and no network):
 * - environments: https://docs.github.com/en/rest/deployments/environments#create-or-update-an-environment
 * - deployment branch policies: https://docs.github.com/en/rest/deployments/branch-policies#create-a-deployment-branch-policy
 * - access to a private repository's actions: https://docs.github.com/en/rest/actions/permissions#set-the-level-of-access-for-workflows-outside-of-the-repository
 * - gh secret/variable set: https://cli.github.com/manual/gh_secret_set, https://cli.github.com/manual/gh_variable_set
 */
import type { DocCommand } from './shell.js';

type Body = Record<string, unknown>;

interface Endpoint {
  readonly method: string;
  readonly path: RegExp;
  /** Problems with the body; [] when it is valid. */
  readonly check: (body: Body) => string[];
}

const onlyFields = (body: Body, allowed: readonly string[]): string[] =>
  Object.keys(body)
    .filter((k) => !allowed.includes(k))
    .map((k) => `unknown body field "${k}"`);

const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', path: /^repos\/[^/]+\/[^/]+$/, check: () => [] },
  { method: 'GET', path: /^orgs\/[^/]+\/teams\/[^/]+$/, check: () => [] },
  {
    method: 'PUT',
    path: /^repos\/[^/]+\/[^/]+\/environments\/[^/]+$/,
    check: (body) => {
      const problems = onlyFields(body, [
        'wait_timer',
        'prevent_self_review',
        'reviewers',
        'deployment_branch_policy',
      ]);
      const reviewers = body.reviewers;
      if (reviewers !== undefined) {
        if (!Array.isArray(reviewers) || reviewers.length > 6) problems.push('reviewers: up to 6');
        for (const r of Array.isArray(reviewers) ? (reviewers as Body[]) : []) {
          if (!['User', 'Team'].includes(String(r.type))) problems.push('reviewer type User|Team');
          if (typeof r.id !== 'number') problems.push('reviewer id must be a number');
        }
      }
      const policy = body.deployment_branch_policy as Body | null | undefined;
      if (policy) {
        if (
          typeof policy.protected_branches !== 'boolean' ||
          typeof policy.custom_branch_policies !== 'boolean'
        ) {
          problems.push('deployment_branch_policy needs both booleans');
        } else if (policy.protected_branches === policy.custom_branch_policies) {
          problems.push('exactly one of protected_branches / custom_branch_policies must be true');
        }
      }
      return problems;
    },
  },
  {
    method: 'POST',
    path: /^repos\/[^/]+\/[^/]+\/environments\/[^/]+\/deployment-branch-policies$/,
    check: (body) => [
      ...onlyFields(body, ['name', 'type']),
      ...(typeof body.name === 'string' && body.name !== '' ? [] : ['name is required']),
      ...(body.type === undefined || ['branch', 'tag'].includes(String(body.type))
        ? []
        : ['type is branch or tag']),
    ],
  },
  {
    method: 'PUT',
    path: /^repos\/[^/]+\/[^/]+\/actions\/permissions\/access$/,
    check: (body) => [
      ...onlyFields(body, ['access_level']),
      ...(['none', 'user', 'organization', 'enterprise'].includes(String(body.access_level))
        ? []
        : ['access_level is none|user|organization|enterprise']),
    ],
  },
];

/** `gh api` argv -> method, endpoint and body, as gh builds them (-f strings, -F typed). */
function parseGhApi(argv: readonly string[], stdin?: string) {
  let method: string | undefined;
  let endpoint: string | undefined;
  let body: Body = {};
  const problems: string[] = [];
  for (let i = 2; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    const value = (): string => argv[++i] ?? '';
    if (a === '--method' || a === '-X') method = value();
    else if (a === '--jq' || a === '-q') value();
    else if (a === '-f' || a === '--raw-field' || a === '-F' || a === '--field') {
      const [k = '', ...rest] = value().split('=');
      body[k] = rest.join('=');
    } else if (a === '--input') {
      if (value() !== '-' || stdin === undefined) problems.push('--input - without a body');
      else {
        try {
          body = { ...body, ...(JSON.parse(stdin) as Body) };
        } catch (err) {
          problems.push(`body is not JSON: ${String(err)}`);
        }
      }
    } else if (a.startsWith('-')) problems.push(`gh api: unknown flag ${a}`);
    else if (endpoint === undefined) endpoint = a;
    else problems.push(`gh api: unexpected argument ${a}`);
  }
  const hasBody = Object.keys(body).length > 0;
  return { method: method ?? (hasBody ? 'POST' : 'GET'), endpoint: endpoint ?? '', body, problems };
}

const GH_SET_FLAGS: Record<string, readonly string[]> = {
  secret: ['--repo', '-R', '--env', '-e', '--body', '-b', '--org', '-o'],
  variable: ['--repo', '-R', '--env', '-e', '--body', '-b', '--org', '-o'],
};

/** Problems with one `gh` command from the docs; [] when it is one GitHub documents. */
export function checkGhCommand(command: DocCommand): string[] {
  const { argv } = command;
  if (argv[1] === 'api') {
    const call = parseGhApi(argv, command.stdin);
    const endpoint = ENDPOINTS.find(
      (e) => e.method === call.method && e.path.test(call.endpoint.replace(/^\//, '')),
    );
    if (!endpoint)
      return [...call.problems, `no documented endpoint ${call.method} ${call.endpoint}`];
    return [...call.problems, ...endpoint.check(call.body)];
  }
  const allowed = GH_SET_FLAGS[argv[1] ?? ''];
  if (allowed && argv[2] === 'set') {
    const problems: string[] = [];
    if (!/^[A-Z][A-Z0-9_]*$/.test(argv[3] ?? '')) problems.push('secret/variable name');
    for (let i = 4; i < argv.length; i += 1) {
      if (!allowed.includes(argv[i] ?? ''))
        problems.push(`gh ${argv[1]} set: unknown flag ${argv[i]}`);
      i += 1; // every allowed flag takes a value
    }
    return problems;
  }
  return [`gh ${argv[1]} ${argv[2]}: not a command the docs checker knows`];
}
