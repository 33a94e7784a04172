/**
 * The platform file's `litellm` section (apply-litellm). Secrets (master key, provider keys)
 * are never read from the file: they come from the action's secret inputs only.
 */
import { checkResources, imageRef } from '../../validate/kubernetes.js';
import { labelValue } from '../../validate/label-value.js';
import * as rules from '../../validate/rules.js';
import * as z from '../zod.js';
import { optionalRule } from '../zod-rules.js';

export const resourcesSchema = z.unknown().check(
  z.superRefine((value, ctx) => {
    try {
      checkResources('', value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
    }
  }),
);

export const litellmSection = z.strictObject({
  namespace: optionalRule(rules.dnsLabel),
  /** Create the namespace when missing (default true). */
  createNamespace: z.optional(z.boolean()),
  /** The user's own manifests (files or folders) instead of the rendered default. */
  manifests: z.optional(z.array(z.string().check(z.minLength(1)))),
  image: optionalRule(imageRef),
  replicas: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  /** Path of LiteLLM's config.yaml; mounted from a ConfigMap. */
  configFile: z.optional(z.string().check(z.minLength(1))),
  serviceType: z.optional(z.enum(['ClusterIP', 'NodePort', 'LoadBalancer'])),
  resources: z.optional(resourcesSchema),
  timeout: optionalRule(rules.duration),
  /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
  prune: z.optional(z.boolean()),
  /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
  applySet: optionalRule(labelValue),
  smokeUrl: z.optional(z.url()),
});
