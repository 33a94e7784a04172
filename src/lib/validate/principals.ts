/**
 * IAM principals that make a grant public (issue 15, class 7). From Google's "Principal
 * identifiers" (https://cloud.google.com/iam/docs/principal-identifiers): `allUsers` and
 * `allAuthenticatedUsers` in allow policies, and `principalSet://goog/public:all`, "any
 * principal that is on the internet, even if they do not have a Google Account or are not
 * logged in" (google.iam.v2 DenyRule.denied_principals). IAM ids are case-sensitive, but a
 * case variant is refused too: it is never a deliberate private principal.
 */
const PUBLIC = new Set(['allusers', 'allauthenticatedusers', 'principalset://goog/public:all']);

/** Consumer mail domains: `domain:gmail.com` is every Gmail account, in effect the public. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Why `member` is public, or undefined when it is not. Also refused: a whole workload or
 * workforce identity pool (`.../workloadIdentityPools/POOL/*`): for a GitHub pool that is
 * every repository whose token the provider accepts.
 */
export function publicPrincipalReason(member: string): string | undefined {
  const m = member
    .trim()
    .toLowerCase()
    .replace(/^deleted:/, '');
  const bare = m.replace(/^(?:user|group|member):/, '');
  if (PUBLIC.has(m) || PUBLIC.has(bare)) return 'grants access to everyone on the internet';
  if (m.startsWith('principalset://goog/public'))
    return 'grants access to everyone on the internet';
  if (m.startsWith('domain:') && CONSUMER_DOMAINS.has(m.slice('domain:'.length))) {
    return 'grants access to every account of a public mail service';
  }
  if (
    /^principalset:\/\/iam\.googleapis\.com\/.*(?:workloadidentitypools|workforcepools)\/[^/]+\/\*$/.test(
      m,
    )
  ) {
    return 'grants access to every identity of the pool; name one repository with principalSet://.../attribute.repository/OWNER/REPO';
  }
  return undefined;
}
