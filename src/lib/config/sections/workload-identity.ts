/** Platform file sections read by setup-wi. */
import { z } from 'zod';
import * as rules from '../../validate/rules.js';
import { ruleString } from '../zod-rules.js';

export const clusterSection = z.strictObject({
  name: ruleString(rules.clusterName),
  location: ruleString(rules.location),
});

export const gsaSection = z.strictObject({
  name: ruleString(rules.serviceAccountName),
  displayName: z.string().max(100).optional(),
  projectRoles: z.array(ruleString(rules.iamRole)).default([]),
});

export const workloadIdentitySection = z.strictObject({
  enableWorkloadPool: z.boolean().default(true),
  /**
   * Let setup-wi move node pools to the GKE metadata server (a rolling re-creation of their
   * nodes). Unset: a pool that is not on GKE_METADATA fails the run before any change.
   */
  updateNodePools: z.boolean().optional(),
  bindings: z.array(ruleString(rules.namespacedName)).default([]),
});
