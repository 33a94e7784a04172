/** Loads and validates the platform file; errors point at the path inside it. */
import { ConfigurationError } from '../errors.js';
import { readInputFile } from '../inputs/file.js';
import { parseYamlDocument } from '../inputs/yaml.js';
import type { PlatformConfig } from './schema.js';

export const CONFIG_INPUT = 'config';

/**
 * yaml and zod are imported here, on first use, so an action that is not given a platform
 * file never pays for loading them (they are most of a bundle's start-up time).
 */
export async function parsePlatformConfig(
  text: string,
  source = 'platform file',
): Promise<PlatformConfig> {
  const [document, { certainlyValid }] = await Promise.all([
    parseYamlDocument(text, { input: CONFIG_INPUT, where: source }),
    import('./fast-check.js'),
  ]);
  // A valid file needs no zod (fast-check.ts says why); zod decides and words everything else.
  const valid = certainlyValid(document ?? {});
  if (valid) return valid;
  const { platformSchema } = await import('./schema.js');
  const result = platformSchema.safeParse(document ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `${where}: ${issue.message}`;
    });
    throw new ConfigurationError(CONFIG_INPUT, `${source} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export async function loadPlatformConfig(path: string): Promise<PlatformConfig> {
  return parsePlatformConfig(await readInputFile(CONFIG_INPUT, path), path);
}
