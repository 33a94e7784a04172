/**
 * Kubernetes Secrets built in code and applied by server-side apply from stdin (never argv,
 * never client-side apply, whose last-applied annotation would copy the data). Values go in
 * `data` as base64 of their exact bytes: `stringData` does not work well with server-side apply
 * (security-reliability.md section 5).
 */
import { ConfigurationError } from '../errors.js';
import { MANAGED_BY_LABEL, type KubeObject } from '../tools/kubectl.js';

/** https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data */
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
/** Keys that become environment variables through envFrom must be C identifiers to be usable. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks a Secret's keys and values; the error names the key, never the value (F35). */
export function checkSecretData(
  input: string,
  data: Readonly<Record<string, string>>,
  envNames = false,
): void {
  for (const [key, value] of Object.entries(data)) {
    if (!SECRET_KEY.test(key) || key.length > 253 || key === '.' || key === '..') {
      throw new ConfigurationError(
        input,
        `secret key "${key}" must be letters, digits, "-", "_" or "." (at most 253)`,
      );
    }
    if (envNames && !ENV_NAME.test(key)) {
      throw new ConfigurationError(
        input,
        `secret key "${key}" must be an environment variable name (letters, digits, "_")`,
      );
    }
    if (value.length === 0)
      throw new ConfigurationError(input, `secret key "${key}" has an empty value`);
  }
}

export function secretObject(
  name: string,
  namespace: string,
  data: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace, labels: { ...MANAGED_BY_LABEL, ...labels } },
    type: 'Opaque',
    data: Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]),
    ),
  };
}

/** Decodes a Secret read back from the cluster (tests and verification). */
export function decodeSecretData(secret: {
  data?: Record<string, string>;
}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(secret.data ?? {}).map(([k, v]) => [
      k,
      Buffer.from(v, 'base64').toString('utf8'),
    ]),
  );
}
