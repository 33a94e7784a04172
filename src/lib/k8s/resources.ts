/** Container resources as an input: a small YAML mapping of requests/limits, checked early. */
import { ConfigurationError } from '../errors.js';

const QUANTITY = /^\d+(\.\d+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const RESOURCE_NAMES = new Set(['cpu', 'memory', 'ephemeral-storage']);

export interface Resources {
  requests?: Record<string, string>;
  limits?: Record<string, string>;
}

/** Checks an already-parsed resources object (from the input or the platform file). */
export function checkResources(input: string, value: unknown): Resources {
  const out: Resources = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(input, 'must be a mapping with requests and/or limits');
  }
  for (const [section, entries] of Object.entries(value)) {
    if (section !== 'requests' && section !== 'limits') {
      throw new ConfigurationError(
        input,
        `only requests and limits are allowed (got "${section}")`,
      );
    }
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      throw new ConfigurationError(
        input,
        `${section} must be a mapping such as {cpu: 500m, memory: 1Gi}`,
      );
    }
    const checked: Record<string, string> = {};
    for (const [name, q] of Object.entries(entries as Record<string, unknown>)) {
      const quantity = String(q);
      if (!RESOURCE_NAMES.has(name)) {
        throw new ConfigurationError(
          input,
          `${section}.${name}: use cpu, memory or ephemeral-storage`,
        );
      }
      if (!QUANTITY.test(quantity)) {
        throw new ConfigurationError(
          input,
          `${section}.${name} must be a quantity such as 500m or 2Gi (got "${quantity}")`,
        );
      }
      checked[name] = quantity;
    }
    out[section] = checked;
  }
  return out;
}

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
