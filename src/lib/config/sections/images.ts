/**
 * Platform file section read by build-push-image: the images the platform builds. Each entry
 * is one build; `name` is how the CLI plan names its output (`image-ref:<name>`) and how the
 * action's `image` input can pick an entry (`image: airflow`).
 */
import { ConfigurationError } from '../../errors.js';
import * as image from '../../validate/image.js';
import * as z from '../zod.js';
import { ruleString } from '../zod-rules.js';

/** Build args, with the action's name rules (secret-looking names refused; use secrets). */
const buildArgs = z.record(z.string(), z.string()).check(
  z.superRefine((args, ctx) => {
    for (const key of Object.keys(args)) {
      try {
        image.buildArgName('', key);
      } catch (err) {
        const message = err instanceof ConfigurationError ? err.rule : String(err);
        ctx.addIssue({ code: 'custom', path: [key], message });
      }
    }
  }),
);

const nonEmpty = () => z.string().check(z.minLength(1));

export const imageEntry = z.strictObject({
  /** A short handle, for outputs and the `image` input: `airflow`, `backend`. */
  name: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and "-"')),
  /** REGION-docker.pkg.dev/PROJECT/REPOSITORY/IMAGE (see src/lib/validate/image.ts). */
  image: ruleString(image.imageName),
  context: z._default(nonEmpty(), '.'),
  dockerfile: z.optional(nonEmpty()),
  target: z.optional(nonEmpty()),
  tags: z.optional(z.array(ruleString(image.imageTag))),
  platforms: z.optional(z.array(ruleString(image.platform))),
  buildArgs: z.optional(buildArgs),
  labels: z.optional(z.record(z.string(), z.string())),
  createRepository: z.optional(z.boolean()),
  /** Skip the build when the primary tag is already in the registry (the skip-existing input). */
  skipExisting: z.optional(z.boolean()),
});

export type ImageEntry = z.infer<typeof imageEntry>;

export const imagesSection = z.array(imageEntry).check(
  z.superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      if (seen.has(entry.name)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `duplicate name "${entry.name}"`,
        });
      }
      seen.add(entry.name);
    });
  }),
);
