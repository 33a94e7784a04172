/**
 * IAM (iam.googleapis.com/v1) service accounts and their policies, and Cloud Resource Manager
 * (v1 as gcloud 528 calls it; v3 paths answer the same) project policies.
 * https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts
 * https://cloud.google.com/resource-manager/reference/rest/v1/projects
 */
import { renderPolicy, setPolicy } from './policy.js';
import { asObject, googleError, ok, type Reply, type Route, type RouteContext } from './server.js';
import type { GcpState, ServiceAccount } from './state.js';

const ACCOUNT_ID = /^[a-z](?:[-a-z0-9]{4,28}[a-z0-9])$/;

function renderAccount(sa: ServiceAccount): Record<string, unknown> {
  return {
    name: sa.name,
    projectId: sa.projectId,
    uniqueId: sa.uniqueId,
    email: sa.email,
    ...(sa.displayName ? { displayName: sa.displayName } : {}),
    ...(sa.description ? { description: sa.description } : {}),
    etag: sa.etag,
    oauth2ClientId: sa.oauth2ClientId,
  };
}

/** Finds the account named by email or unique id; `-` or a project may prefix it. */
function findAccount(state: GcpState, project: string, key: string): ServiceAccount | undefined {
  const sa =
    state.serviceAccounts.get(key) ??
    [...state.serviceAccounts.values()].find((a) => a.uniqueId === key);
  if (!sa) return undefined;
  return project === '-' || project === sa.projectId ? sa : undefined;
}

const unknownAccount = (): Reply => googleError(404, 'Unknown service account', 'NOT_FOUND');

function withAccount(ctx: RouteContext, then: (sa: ServiceAccount) => Reply): Reply {
  const sa = findAccount(ctx.state, ctx.match[1] ?? '', ctx.match[2] ?? '');
  return sa ? then(sa) : unknownAccount();
}

function createAccount({ state, match, body }: RouteContext): Reply {
  const projectId = match[1] ?? '';
  if (!state.projects.has(projectId)) {
    return googleError(
      403,
      `Permission 'iam.serviceAccounts.create' denied on resource (or it may not exist).`,
      'PERMISSION_DENIED',
    );
  }
  const request = asObject(body);
  const accountId = typeof request.accountId === 'string' ? request.accountId : '';
  if (!ACCOUNT_ID.test(accountId)) {
    return googleError(
      400,
      `Invalid account ID: "${accountId}". It must be 6-30 characters of lowercase letters, digits and hyphens, starting with a letter.`,
    );
  }
  const email = `${accountId}@${projectId}.iam.gserviceaccount.com`;
  if (state.serviceAccounts.has(email)) {
    return googleError(
      409,
      `Service account ${accountId} already exists within project projects/${projectId}.`,
      'ALREADY_EXISTS',
    );
  }
  const details = asObject(request.serviceAccount);
  const sa = state.addServiceAccount(
    projectId,
    accountId,
    typeof details.displayName === 'string' ? details.displayName : undefined,
  );
  if (typeof details.description === 'string') sa.description = details.description;
  sa.unseenByPolicyChecks = state.iamPropagationChecks;
  return ok(renderAccount(sa));
}

/** Resource Manager answers 403 for a project the caller cannot see, existing or not. */
function withProject(ctx: RouteContext, then: (id: string) => Reply): Reply {
  const id = ctx.match[1] ?? '';
  if (!ctx.state.projects.has(id)) {
    return googleError(403, `The caller does not have permission`, 'PERMISSION_DENIED');
  }
  return then(id);
}

const SA = '/v1/projects/([^/]+)/serviceAccounts/([^/:]+)';

export const iamRoutes: Route[] = [
  {
    method: 'GET',
    path: new RegExp(`^${SA}$`),
    handle: (ctx) => withAccount(ctx, (sa) => ok(renderAccount(sa))),
  },
  { method: 'POST', path: /^\/v1\/projects\/([^/]+)\/serviceAccounts$/, handle: createAccount },
  {
    method: 'POST',
    path: new RegExp(`^${SA}:getIamPolicy$`),
    handle: (ctx) => withAccount(ctx, (sa) => ok(renderPolicy(sa.policy))),
  },
  {
    method: 'POST',
    path: new RegExp(`^${SA}:setIamPolicy$`),
    handle: (ctx) =>
      withAccount(ctx, (sa) => setPolicy(ctx.state, sa.policy, asObject(ctx.body).policy)),
  },
];

export const crmRoutes: Route[] = [
  {
    method: 'GET',
    path: /^\/v[13]\/projects\/([^/:]+)$/,
    handle: (ctx) =>
      withProject(ctx, (id) => {
        const p = ctx.state.projects.get(id);
        return ok({
          projectNumber: p?.projectNumber,
          projectId: id,
          lifecycleState: 'ACTIVE',
          name: id,
          createTime: ctx.state.now(),
        });
      }),
  },
  {
    method: 'POST',
    path: /^\/v[13]\/projects\/([^/:]+):getIamPolicy$/,
    handle: (ctx) => withProject(ctx, (id) => ok(renderPolicy(ctx.state.projectPolicy(id)))),
  },
  {
    method: 'POST',
    path: /^\/v[13]\/projects\/([^/:]+):setIamPolicy$/,
    handle: (ctx) =>
      withProject(ctx, (id) =>
        setPolicy(ctx.state, ctx.state.projectPolicy(id), asObject(ctx.body).policy),
      ),
  },
];
