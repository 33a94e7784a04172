/**
 * The platform file's `litellm` section (apply-litellm). Secrets (master key, provider keys)
 * are never read from the file: they come from the action's secret inputs only.
 */
import { z } from 'zod';
import { checkResources, imageRef } from '../../validate/kubernetes.js';
import { labelValue } from '../../validate/label-value.js';
import * as rules from '../../validate/rules.js';
import { ruleString } from '../zod-rules.js';

export const resourcesSchema = z.unknown().superRefine((value, ctx) => {
  try {
    checkResources('', value);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
  }
});

export const litellmSection = z.strictObject({
  namespace: ruleString(rules.dnsLabel).optional(),
  /** Create the namespace when missing (default true). */
  createNamespace: z.boolean().optional(),
  /** The user's own manifests (files or folders) instead of the rendered default. */
  manifests: z.array(z.string().min(1)).optional(),
  image: ruleString(imageRef).optional(),
  replicas: z.number().int().min(1).max(100).optional(),
  /** Path of LiteLLM's config.yaml; mounted from a ConfigMap. */
  configFile: z.string().min(1).optional(),
  serviceType: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']).optional(),
  resources: resourcesSchema.optional(),
  timeout: ruleString(rules.duration).optional(),
  /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
  prune: z.boolean().optional(),
  /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
  applySet: ruleString(labelValue).optional(),
  smokeUrl: z.url().optional(),
});
