/**
 * Cloud Storage JSON API (storage/v1): buckets get/insert/patch and bucket IAM. The bucket
 * namespace is global: a bucket held by a project the caller cannot see answers 403, as a name
 * taken by someone else does. https://cloud.google.com/storage/docs/json_api/v1/buckets
 */
import { renderPolicy, setPolicy } from './policy.js';
import { asObject, ok, type Reply, type Route, type RouteContext } from './server.js';
import type { Bucket, GcpState } from './state.js';

/** GCS error bodies carry `errors[].reason` (https://cloud.google.com/storage/docs/json_api/v1/status-codes). */
export function storageError(code: number, message: string, reason: string): Reply {
  // Unlike the other APIs, GCS's JSON errors carry no `status` name.
  return {
    status: code,
    body: { error: { code, message, errors: [{ message, domain: 'global', reason }] } },
  };
}

const LOCK_DAYS_MS = 90 * 24 * 3600 * 1000;
const BUCKET_NAME = /^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/;

export function renderBucket(state: GcpState, b: Bucket): Record<string, unknown> {
  const projectNumber = state.projects.get(b.project)?.projectNumber ?? '0';
  const uniform = b.uniform
    ? {
        enabled: true,
        lockedTime: new Date(Date.parse(b.timeCreated) + LOCK_DAYS_MS).toISOString(),
      }
    : { enabled: false };
  return {
    kind: 'storage#bucket',
    selfLink: `https://www.googleapis.com/storage/v1/b/${b.name}`,
    id: b.name,
    name: b.name,
    projectNumber,
    metageneration: String(b.metageneration),
    location: b.location,
    storageClass: b.storageClass,
    etag: Buffer.from(`m${b.metageneration}`).toString('base64'),
    timeCreated: b.timeCreated,
    updated: b.updated,
    iamConfiguration: {
      bucketPolicyOnly: uniform,
      uniformBucketLevelAccess: uniform,
      publicAccessPrevention: b.publicAccessPrevention,
    },
    locationType: b.location.includes('-') ? 'region' : 'multi-region',
    rpo: 'DEFAULT',
    ...(Object.keys(b.labels).length ? { labels: { ...b.labels } } : {}),
    ...b.extra,
  };
}

function denied(permission: string): Reply {
  return storageError(
    403,
    `caller@example.com does not have ${permission} access to the Google Cloud Storage bucket. Permission '${permission}' denied on resource (or it may not exist).`,
    'forbidden',
  );
}

/** Finds a bucket the caller may use: absent -> 404, another project's -> 403. */
function withBucket(ctx: RouteContext, permission: string, then: (b: Bucket) => Reply): Reply {
  const name = ctx.match[1] ?? '';
  const bucket = ctx.state.buckets.get(name);
  if (!bucket) return storageError(404, 'The specified bucket does not exist.', 'notFound');
  if (!ctx.state.projects.has(bucket.project)) return denied(permission);
  return then(bucket);
}

/** Applies the fields of an insert or patch body to the bucket. */
function applyFields(b: Bucket, body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    if (key === 'name' || key === 'location' || key === 'project') continue;
    if (key === 'iamConfiguration') {
      const iam = asObject(value);
      const ubla = asObject(iam.uniformBucketLevelAccess ?? iam.bucketPolicyOnly);
      if (typeof ubla.enabled === 'boolean') b.uniform = ubla.enabled;
      const pap = iam.publicAccessPrevention;
      if (pap === 'enforced' || pap === 'inherited') b.publicAccessPrevention = pap;
      if (pap === 'unspecified') b.publicAccessPrevention = 'inherited';
    } else if (key === 'storageClass' && typeof value === 'string') {
      b.storageClass = value;
    } else if (key === 'labels') {
      for (const [k, v] of Object.entries(asObject(value))) {
        if (v === null) delete b.labels[k];
        else b.labels[k] = String(v);
      }
    } else if (value === null) {
      delete b.extra[key];
    } else {
      b.extra[key] = value;
    }
  }
}

function insertBucket(ctx: RouteContext): Reply {
  const { state, query } = ctx;
  const body = asObject(ctx.body);
  const project = query.project ?? '';
  const name = typeof body.name === 'string' ? body.name : '';
  if (!state.projects.has(project)) {
    return storageError(
      403,
      `caller@example.com does not have storage.buckets.create access to the Google Cloud project. Permission 'storage.buckets.create' denied on resource (or it may not exist).`,
      'forbidden',
    );
  }
  if (!BUCKET_NAME.test(name) || name.includes('goog') || name.includes('..')) {
    return storageError(400, `Invalid bucket name: '${name}'`, 'invalid');
  }
  const existing = state.buckets.get(name);
  if (existing) {
    return existing.project === project
      ? storageError(
          409,
          'Your previous request to create the named bucket succeeded and you already own it.',
          'conflict',
        )
      : storageError(
          409,
          'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
          'conflict',
        );
  }
  const bucket = state.addBucket({
    name,
    project,
    location: typeof body.location === 'string' ? body.location : 'US',
  });
  applyFields(bucket, body);
  return ok(renderBucket(state, bucket));
}

function renderBucketPolicy(b: Bucket): Record<string, unknown> {
  return {
    kind: 'storage#policy',
    resourceId: `projects/_/buckets/${b.name}`,
    ...renderPolicy(b.policy),
  };
}

const B = '^/storage/v1/b/([^/]+)';

export const storageRoutes: Route[] = [
  {
    method: 'GET',
    path: new RegExp(`${B}$`),
    handle: (ctx) => withBucket(ctx, 'storage.buckets.get', (b) => ok(renderBucket(ctx.state, b))),
  },
  { method: 'POST', path: /^\/storage\/v1\/b$/, handle: insertBucket },
  {
    method: 'PATCH',
    path: new RegExp(`${B}$`),
    handle: (ctx) =>
      withBucket(ctx, 'storage.buckets.update', (b) => {
        applyFields(b, asObject(ctx.body));
        b.metageneration += 1;
        return ok(renderBucket(ctx.state, b));
      }),
  },
  {
    method: 'GET',
    path: new RegExp(`${B}/iam$`),
    handle: (ctx) =>
      withBucket(ctx, 'storage.buckets.getIamPolicy', (b) => ok(renderBucketPolicy(b))),
  },
  {
    method: 'PUT',
    path: new RegExp(`${B}/iam$`),
    handle: (ctx) =>
      withBucket(ctx, 'storage.buckets.setIamPolicy', (b) => {
        // GCS refuses a stale etag with 412 Precondition Failed rather than IAM's 409.
        const reply = setPolicy(ctx.state, b.policy, ctx.body, () =>
          storageError(412, 'Precondition Failed', 'conditionNotMet'),
        );
        return reply.status === 200 ? ok(renderBucketPolicy(b)) : reply;
      }),
  },
];
