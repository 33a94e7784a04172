/**
 * Rules for values that end up in Kubernetes objects: an object's apiVersion, kind and name,
 * container image references, resource quantities and the Cloud SQL connection name a proxy
 * sidecar is given. Checked before any command runs; every error names the input.
 */
import { ConfigurationError } from '../errors.js';
import { dnsLabel, dnsSubdomain, safeValue, type Rule } from './rules.js';

/** `[group/]version`, as in v1, apps/v1 or example.com/v1beta1. */
export const API_VERSION =
  /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?$/;
export const KIND = /^[A-Z][A-Za-z0-9]*$/;

/** Kinds whose names must be DNS-1123 labels rather than subdomains. */
const LABEL_NAMED = new Set(['Namespace', 'Service']);

/** The rule an object's metadata.name follows, by kind. */
export const nameRuleOf = (kind: string): Rule => (LABEL_NAMED.has(kind) ? dnsLabel : dnsSubdomain);

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
// A first component is a registry only with a dot, a port or `localhost`, as in docker.
const IMAGE_REF = new RegExp(
  `^(?:(?:localhost|[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)(?::[0-9]+)?/|[a-zA-Z0-9-]+:[0-9]+/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);

/** A container image reference: `[registry/]path[:tag][@sha256:digest]`. */
export function imageRef(input: string, value: string): string {
  const v = safeValue(input, value);
  if (!IMAGE_REF.test(v)) {
    throw new ConfigurationError(
      input,
      `must be an image reference such as asia-southeast1-docker.pkg.dev/PROJECT/REPO/app@sha256:... (got "${v}")`,
    );
  }
  return v;
}

const INSTANCE =
  /^(?:[a-z][a-z0-9.-]*:)?[a-z][a-z0-9-]{4,28}[a-z0-9]:[a-z]+(?:-[a-z]+)*[0-9]+:[a-z](?:[a-z0-9-]{0,96}[a-z0-9])?$/;

/** `PROJECT:REGION:INSTANCE`, the proxy's positional argument. */
export function cloudSqlInstance(input: string, value: string): string {
  const v = safeValue(input, value);
  if (!INSTANCE.test(v)) {
    throw new ConfigurationError(
      input,
      `must be a Cloud SQL connection name PROJECT:REGION:INSTANCE (got "${v}")`,
    );
  }
  return v;
}

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
