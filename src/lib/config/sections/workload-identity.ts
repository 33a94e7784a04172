/** Platform file sections read by setup-wi. */
import * as rules from '../../validate/rules.js';
import * as z from '../zod.js';
import { ruleString } from '../zod-rules.js';

export const clusterSection = z.strictObject({
  name: ruleString(rules.clusterName),
  location: ruleString(rules.location),
});

export const gsaSection = z.strictObject({
  name: ruleString(rules.serviceAccountName),
  displayName: z.optional(z.string().check(z.maxLength(100))),
  projectRoles: z._default(z.array(ruleString(rules.iamRole)), []),
});

export const workloadIdentitySection = z.strictObject({
  enableWorkloadPool: z._default(z.boolean(), true),
  /**
   * Let setup-wi move node pools to the GKE metadata server (a rolling re-creation of their
   * nodes). Unset: a pool that is not on GKE_METADATA fails the run before any change.
   */
  updateNodePools: z.optional(z.boolean()),
  bindings: z._default(z.array(ruleString(rules.namespacedName)), []),
});
