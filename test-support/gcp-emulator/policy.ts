/**
 * IAM policy semantics shared by IAM, Resource Manager and Cloud Storage: optimistic
 * concurrency by etag, the checks IAM makes on members, and the policy JSON shape
 * (https://cloud.google.com/iam/docs/reference/rest/v1/Policy).
 */
import { asObject, googleError, ok, type Reply } from './server.js';
import type { GcpState, IamBinding, Policy } from './state.js';

export const CONCURRENT_CHANGE =
  'There were concurrent policy changes. Please retry the whole read-modify-write with exponential backoff.';

/** The policy as the API returns it: empty bindings are omitted, like Google's JSON. */
export function renderPolicy(policy: Policy): Record<string, unknown> {
  const version = policy.bindings.some((b) => b.condition) ? 3 : policy.version;
  return {
    version,
    etag: policy.etag,
    ...(policy.bindings.length ? { bindings: policy.bindings.map(copyBinding) } : {}),
  };
}

function copyBinding(b: IamBinding): IamBinding {
  return {
    role: b.role,
    members: [...b.members],
    ...(b.condition ? { condition: { ...b.condition } } : {}),
  };
}

/** The request's bindings, validated; a Reply when IAM would refuse them. */
function readBindings(state: GcpState, raw: unknown): IamBinding[] | Reply {
  const list = Array.isArray(raw) ? raw : [];
  const bindings: IamBinding[] = [];
  for (const item of list) {
    const b = asObject(item);
    const role = typeof b.role === 'string' ? b.role : '';
    if (
      !/^(roles\/[\w.]+|projects\/[\w-]+\/roles\/[\w.]+|organizations\/\d+\/roles\/[\w.]+)$/.test(
        role,
      )
    ) {
      return googleError(400, `Role (${role}) does not exist in the resource's hierarchy.`);
    }
    const members = (Array.isArray(b.members) ? b.members : []).filter(
      (m): m is string => typeof m === 'string',
    );
    for (const member of members) {
      const problem = memberProblem(state, member);
      if (problem) return googleError(400, problem);
    }
    if (members.length === 0) continue;
    const condition =
      b.condition === undefined ? undefined : (asObject(b.condition) as IamBinding['condition']);
    bindings.push({ role, members, ...(condition ? { condition } : {}) });
  }
  return bindings;
}

/**
 * IAM refuses members it cannot resolve: a service account that does not exist (yet) and a
 * Workload Identity member whose pool no cluster has enabled. Only principals of projects the
 * emulator knows are checked, so foreign principals pass as they would in real life.
 */
function memberProblem(state: GcpState, member: string): string | undefined {
  const sa = /^serviceAccount:([^@[\]]+)@([a-z0-9-]+)\.iam\.gserviceaccount\.com$/.exec(member);
  if (sa) {
    const email = `${sa[1]}@${sa[2]}.iam.gserviceaccount.com`;
    const account = state.serviceAccounts.get(email);
    if (state.projects.has(sa[2] ?? '') && !account)
      return `Service account ${email} does not exist.`;
    if (account && account.unseenByPolicyChecks > 0) {
      account.unseenByPolicyChecks -= 1;
      return `Service account ${email} does not exist.`;
    }
    return undefined;
  }
  const wi = /^serviceAccount:(([a-z0-9-]+)\.svc\.id\.goog)\[[^/\]]+\/[^\]]+\]$/.exec(member);
  if (wi && state.projects.has(wi[2] ?? '') && !state.hasWorkloadPool(wi[1] ?? '')) {
    return `Identity Pool does not exist (${wi[1]}). Please check that you specified a valid resource name as returned in the \`name\` attribute in the configuration API.`;
  }
  return undefined;
}

/**
 * setIamPolicy: a stale etag is refused with `conflict` (IAM: 409 ABORTED; GCS: 412), no etag
 * overwrites, and every accepted write gets a new etag.
 */
export function setPolicy(
  state: GcpState,
  current: Policy,
  requested: unknown,
  conflict: () => Reply = () => googleError(409, CONCURRENT_CHANGE, 'ABORTED'),
): Reply {
  const body = asObject(requested);
  if (typeof body.etag === 'string' && body.etag !== current.etag) return conflict();
  const bindings = readBindings(state, body.bindings);
  if (!Array.isArray(bindings)) return bindings;
  current.bindings = bindings;
  current.version = typeof body.version === 'number' && body.version === 3 ? 3 : 1;
  current.etag = state.nextEtag();
  return ok(renderPolicy(current));
}
