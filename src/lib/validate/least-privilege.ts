/**
 * Roles broader than a workload identity needs (issue 15, class 8). The pods' GSA needs
 * `roles/cloudsql.client` and object read/write on the log bucket (`roles/storage.objectUser`:
 * create, get, list, update and delete objects, no ACL or IAM changes:
 * https://cloud.google.com/storage/docs/access-control/iam-roles). Kubernetes write access
 * (`roles/container.*`) belongs to the deployer that runs the workflow, not to every pod that
 * runs as the workload's KSA. Such roles stay possible (the runbook grants them), with a warning.
 */
const BROAD: readonly [RegExp, string][] = [
  [/^roles\/(?:owner|editor)$/, 'a basic role over the whole project'],
  [/^roles\/container\./, 'Kubernetes access through IAM (the deployer needs it, pods do not)'],
  [/^roles\/storage\.(?:admin|objectAdmin)$/, 'bucket or object administration (ACLs included)'],
  [
    /^roles\/iam\.(?:serviceAccountAdmin|serviceAccountTokenCreator|securityAdmin|roleAdmin)$/,
    'the power to act as or manage other identities',
  ],
  [/^roles\/resourcemanager\.projectIamAdmin$/, 'the power to change the project IAM policy'],
];

/** One warning per role that gives the workload identity more than it needs. */
export function broadRoleWarnings(input: string, roles: readonly string[]): string[] {
  return roles.flatMap((role) => {
    const hit = BROAD.find(([re]) => re.test(role));
    return hit
      ? [
          `${input}: ${role} gives the workload identity ${hit[1]}; pods need roles/cloudsql.client and roles/storage.objectUser on the log bucket (least privilege)`,
        ]
      : [];
  });
}
