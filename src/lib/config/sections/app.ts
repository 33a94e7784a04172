/**
 * The platform file's `app` section (deploy-app). The database URL is a secret and is never
 * read from the file: it comes from the action's `database-url` input only.
 */
import { cloudSqlInstance, imageRef } from '../../validate/kubernetes.js';
import { labelValue } from '../../validate/label-value.js';
import * as rules from '../../validate/rules.js';
import * as z from '../zod.js';
import { optionalRule, ruleString } from '../zod-rules.js';

const nonEmpty = () => z.string().check(z.minLength(1));

export const appSection = z.strictObject({
  namespace: optionalRule(rules.dnsLabel),
  /** The app repo's manifests: files or folders (e.g. deployments/). */
  manifests: z.optional(z.array(nonEmpty())),
  /** Container or image name -> image reference; build-push-image's digests win when carried. */
  images: z.optional(z.record(nonEmpty(), ruleString(imageRef))),
  serviceAccount: optionalRule(rules.dnsSubdomain),
  cloudSqlInstance: optionalRule(cloudSqlInstance),
  autoIamAuthn: z.optional(z.boolean()),
  privateIp: z.optional(z.boolean()),
  backend: optionalRule(rules.dnsSubdomain),
  frontend: optionalRule(rules.dnsSubdomain),
  service: optionalRule(rules.dnsLabel),
  waitForAddress: z.optional(z.boolean()),
  addressTimeout: optionalRule(rules.duration),
  smokePath: z.optional(z.string().check(z.regex(/^\/[^\s]*$/, 'must be a path starting with /'))),
  timeout: optionalRule(rules.duration),
  /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
  prune: z.optional(z.boolean()),
  /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
  applySet: optionalRule(labelValue),
});
