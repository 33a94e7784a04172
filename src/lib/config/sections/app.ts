/**
 * The platform file's `app` section (deploy-app). The database URL is a secret and is never
 * read from the file: it comes from the action's `database-url` input only.
 */
import { z } from 'zod';
import { cloudSqlInstance, imageRef } from '../../validate/kubernetes.js';
import { labelValue } from '../../validate/label-value.js';
import * as rules from '../../validate/rules.js';
import { ruleString } from '../zod-rules.js';

export const appSection = z.strictObject({
  namespace: ruleString(rules.dnsLabel).optional(),
  /** The app repo's manifests: files or folders (e.g. deployments/). */
  manifests: z.array(z.string().min(1)).optional(),
  /** Container or image name -> image reference; build-push-image's digests win when carried. */
  images: z.record(z.string().min(1), ruleString(imageRef)).optional(),
  serviceAccount: ruleString(rules.dnsSubdomain).optional(),
  cloudSqlInstance: ruleString(cloudSqlInstance).optional(),
  autoIamAuthn: z.boolean().optional(),
  privateIp: z.boolean().optional(),
  backend: ruleString(rules.dnsSubdomain).optional(),
  frontend: ruleString(rules.dnsSubdomain).optional(),
  service: ruleString(rules.dnsLabel).optional(),
  waitForAddress: z.boolean().optional(),
  addressTimeout: ruleString(rules.duration).optional(),
  smokePath: z
    .string()
    .regex(/^\/[^\s]*$/, 'must be a path starting with /')
    .optional(),
  timeout: ruleString(rules.duration).optional(),
  /** Delete what an earlier run of this apply set applied and the manifests no longer hold (default false). */
  prune: z.boolean().optional(),
  /** The apply set's label value (default: the action's name); one per app repository in a shared namespace. */
  applySet: ruleString(labelValue).optional(),
});
