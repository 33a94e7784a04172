/** Container resources as an input: a small YAML mapping of requests/limits, checked early. */
import { ConfigurationError } from '../errors.js';
import { checkResources, type Resources } from '../validate/kubernetes.js';

/** Parses the input's YAML text (lazily loading the YAML library). */
export async function parseResources(input: string, text: string): Promise<Resources> {
  const { parse } = await import('yaml');
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    throw new ConfigurationError(
      input,
      'must be YAML such as "requests: {cpu: 500m, memory: 1Gi}"',
    );
  }
  return checkResources(input, value);
}
