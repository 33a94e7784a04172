/**
 * Who is calling: gcloud sends the access token as `Authorization: Bearer <token>`; each token
 * is an identity holding IAM permissions. The emulator's default token may do everything (the
 * deployer); other identities get exactly the permissions they are given, and anything else is
 * answered as Google answers a missing permission: 403 PERMISSION_DENIED, "Permission '<p>'
 * denied on resource (or it may not exist)." (https://cloud.google.com/apis/design/errors;
 * for Cloud Storage, its JSON API's error shape with reason "forbidden":
 * https://cloud.google.com/storage/docs/json_api/v1/status-codes#403-forbidden).
 *
 * The permission a request needs is the one Google documents for that method (IAM:
 * https://cloud.google.com/iam/docs/permissions-reference).
 */
import type { RecordedRequest, Reply } from './server.js';
import { googleError } from './server.js';
import { storageError } from './storage.js';

export interface GcpIdentity {
  readonly name: string;
  /** IAM permissions; '*' = all. A trailing '*' matches a prefix ("container.clusters.*"). */
  readonly permissions: readonly string[];
}

export const DEFAULT_TOKEN = 'emulator-access-token';

const SA = '^/v1/projects/[^/]+/serviceAccounts';
const PROJECT = '^/v[13]/projects/[^/:]+';
const CLUSTERS = '^/v1/projects/[^/]+/locations/[^/]+/clusters';
const REPOS = '^/v1/projects/[^/]+/locations/[^/]+/repositories';
const BUCKETS = '^/storage/v1/b';

/** [method, path, permission]: the first match wins. */
const TABLE: readonly [string, RegExp, string][] = [
  ['POST', new RegExp(`${SA}/[^/:]+:getIamPolicy$`), 'iam.serviceAccounts.getIamPolicy'],
  ['POST', new RegExp(`${SA}/[^/:]+:setIamPolicy$`), 'iam.serviceAccounts.setIamPolicy'],
  ['GET', new RegExp(`${SA}/[^/:]+$`), 'iam.serviceAccounts.get'],
  ['GET', new RegExp(`${SA}$`), 'iam.serviceAccounts.list'],
  ['POST', new RegExp(`${SA}$`), 'iam.serviceAccounts.create'],
  ['POST', new RegExp(`${PROJECT}:getIamPolicy$`), 'resourcemanager.projects.getIamPolicy'],
  ['POST', new RegExp(`${PROJECT}:setIamPolicy$`), 'resourcemanager.projects.setIamPolicy'],
  ['GET', new RegExp(`${PROJECT}$`), 'resourcemanager.projects.get'],
  ['PUT', new RegExp(`${CLUSTERS}/[^/:]+/nodePools/[^/:]+$`), 'container.clusters.update'],
  ['PUT', new RegExp(`${CLUSTERS}/[^/:]+$`), 'container.clusters.update'],
  ['GET', new RegExp(`${CLUSTERS}/[^/:]+$`), 'container.clusters.get'],
  ['GET', new RegExp(`${CLUSTERS}$`), 'container.clusters.list'],
  [
    'GET',
    /^\/v1\/projects\/[^/]+\/locations\/[^/]+\/operations\/[^/:]+$/,
    'container.operations.get',
  ],
  ['GET', new RegExp(`${REPOS}/[^/:]+$`), 'artifactregistry.repositories.get'],
  ['GET', new RegExp(`${REPOS}$`), 'artifactregistry.repositories.list'],
  ['POST', new RegExp(`${REPOS}$`), 'artifactregistry.repositories.create'],
  ['GET', new RegExp(`${BUCKETS}/[^/]+/iam$`), 'storage.buckets.getIamPolicy'],
  ['PUT', new RegExp(`${BUCKETS}/[^/]+/iam$`), 'storage.buckets.setIamPolicy'],
  ['GET', new RegExp(`${BUCKETS}/[^/]+$`), 'storage.buckets.get'],
  ['PATCH', new RegExp(`${BUCKETS}/[^/]+$`), 'storage.buckets.update'],
  ['POST', new RegExp(`${BUCKETS}$`), 'storage.buckets.create'],
  ['GET', new RegExp(`${BUCKETS}$`), 'storage.buckets.list'],
];

/** The permission a request needs; unknown routes need an impossible one (only '*' passes). */
export function permissionFor(request: Pick<RecordedRequest, 'method' | 'path'>): string {
  const hit = TABLE.find(([method, re]) => method === request.method && re.test(request.path));
  return hit?.[2] ?? `emulator.unmapped.${request.method.toLowerCase()}`;
}

export function holds(identity: GcpIdentity, permission: string): boolean {
  return identity.permissions.some(
    (p) =>
      p === '*' || p === permission || (p.endsWith('*') && permission.startsWith(p.slice(0, -1))),
  );
}

export function denied(identity: GcpIdentity, request: RecordedRequest): Reply | undefined {
  const permission = permissionFor(request);
  if (holds(identity, permission)) return undefined;
  if (request.path.startsWith('/storage/'))
    return storageError(
      403,
      `${identity.name} does not have ${permission} access to the Google Cloud Storage bucket. Permission '${permission}' denied on resource (or it may not exist).`,
      'forbidden',
    );
  return googleError(
    403,
    `Permission '${permission}' denied on resource (or it may not exist).`,
    'PERMISSION_DENIED',
  );
}

/** What a read-only identity may do: every get/list and the IAM policy reads, nothing else. */
export const READ_ONLY_PERMISSIONS: readonly string[] = TABLE.map(([, , p]) => p).filter((p) =>
  /\.(get|list|getIamPolicy)$/.test(p),
);
