/**
 * Validation rules for every value that reaches a CLI. Each rule returns the value (trimmed)
 * or throws a ConfigurationError naming the input and the rule. A value that starts with `-`
 * or holds a control character never gets past `safeValue`, so user input cannot become a flag
 * (security-reliability.md section 7, cases 2 and 3).
 */
import { ConfigurationError } from '../errors.js';

export type Rule = (input: string, value: string) => string;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * No single-line value (a name, a region, an image reference, a URL) comes near this; checking
 * the length first keeps every pattern below fast whatever it is handed (issue 15, class 4).
 */
export const MAX_VALUE_LENGTH = 2048;

/** Base check for every single-line value. */
export function safeValue(input: string, value: string): string {
  if (value.length > MAX_VALUE_LENGTH * 2 || value.trim().length > MAX_VALUE_LENGTH) {
    throw new ConfigurationError(
      input,
      `must be at most ${MAX_VALUE_LENGTH} characters (got ${value.length})`,
    );
  }
  const v = value.trim();
  if (v.length === 0) throw new ConfigurationError(input, 'must not be empty');
  if (v.startsWith('-'))
    throw new ConfigurationError(input, `must not start with "-" (got "${v}")`);
  if (CONTROL.test(v))
    throw new ConfigurationError(input, 'must not contain control characters or newlines');
  return v;
}

/** A rule that a value (made safe first) matches `re`; the error quotes the value. */
export function pattern(re: RegExp, rule: string): Rule {
  return (input, value) => {
    const v = safeValue(input, value);
    if (!re.test(v)) throw new ConfigurationError(input, `${rule} (got "${v}")`);
    return v;
  };
}

/** https://cloud.google.com/resource-manager/docs/creating-managing-projects#before_you_begin */
export const projectId = pattern(
  /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
  'must be a Google Cloud project id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen',
);

const REGION_RE = /^[a-z]+(-[a-z]+)*[0-9]+$/;
export const region = pattern(REGION_RE, 'must be a Google Cloud region such as asia-southeast1');
export const zone = pattern(
  /^[a-z]+(-[a-z]+)*[0-9]+-[a-z]$/,
  'must be a Google Cloud zone such as asia-southeast1-a',
);
/** A GKE cluster location: a region (regional cluster) or a zone (zonal cluster). */
export const location = pattern(
  /^[a-z]+(-[a-z]+)*[0-9]+(-[a-z])?$/,
  'must be a Google Cloud region or zone such as asia-southeast1 or asia-southeast1-a',
);

/** https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/projects.locations.clusters */
export const clusterName = pattern(
  /^[a-z](?:[-a-z0-9]{0,38}[a-z0-9])?$/,
  'must be a GKE cluster name: at most 40 characters, lowercase letters, digits and hyphens, starting with a letter',
);

/** https://cloud.google.com/iam/docs/service-accounts-create#creating */
export const serviceAccountName = pattern(
  /^[a-z](?:[-a-z0-9]{4,28}[a-z0-9])$/,
  'must be a service account id: 6-30 characters, lowercase letters, digits and hyphens, starting with a letter',
);

export const serviceAccountEmail = pattern(
  /^[a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9.:]*\.gserviceaccount\.com$/,
  'must be a service account email such as NAME@PROJECT.iam.gserviceaccount.com',
);

export const iamRole = pattern(
  /^(?:roles\/[A-Za-z0-9_.]+|(?:projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]|organizations\/[0-9]+)\/roles\/[A-Za-z0-9_.]+)$/,
  'must be an IAM role such as roles/cloudsql.client or projects/PROJECT/roles/NAME',
);

const LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label (namespaces, Services): at most 63 characters. */
export const dnsLabel: Rule = (input, value) => {
  const v = safeValue(input, value);
  if (v.length > 63 || !LABEL.test(v)) {
    throw new ConfigurationError(
      input,
      `must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and "-", starting and ending with a letter or digit (got "${v}")`,
    );
  }
  return v;
};

/** A DNS-1123 subdomain (ServiceAccounts, Secrets, Deployments): at most 253 characters. */
export const dnsSubdomain: Rule = (input, value) => {
  const v = safeValue(input, value);
  if (v.length > 253 || !v.split('.').every((part) => LABEL.test(part))) {
    throw new ConfigurationError(
      input,
      `must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, "-" and ".", each part starting and ending with a letter or digit (got "${v}")`,
    );
  }
  return v;
};

/** Helm release names are DNS-1123 labels of at most 53 characters. */
export const helmRelease: Rule = (input, value) => {
  const v = dnsLabel(input, value);
  if (v.length > 53)
    throw new ConfigurationError(input, `must be at most 53 characters (got ${v.length})`);
  return v;
};

export interface NamespacedName {
  readonly namespace: string;
  readonly name: string;
}

/** `namespace/name`, for Workload Identity bindings. */
export function namespacedName(input: string, value: string): NamespacedName {
  const v = safeValue(input, value);
  const parts = v.split('/');
  if (parts.length !== 2) {
    throw new ConfigurationError(
      input,
      `must be NAMESPACE/KSA such as airflow/airflow-ksa (got "${v}")`,
    );
  }
  return {
    namespace: dnsLabel(input, parts[0] ?? ''),
    name: dnsSubdomain(input, parts[1] ?? ''),
  };
}

const DURATION_UNITS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000 };

/** A Go-style duration as kubectl and helm take it: `90s`, `10m`, `1h30m`. Returns milliseconds. */
export function duration(input: string, value: string): number {
  const v = safeValue(input, value);
  const re = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
  const m = re.exec(v);
  if (!m || v === '') {
    throw new ConfigurationError(
      input,
      `must be a duration such as 90s, 10m or 1h30m (got "${v}")`,
    );
  }
  const ms =
    Number(m[1] ?? 0) * (DURATION_UNITS.h ?? 0) +
    Number(m[2] ?? 0) * (DURATION_UNITS.m ?? 0) +
    Number(m[3] ?? 0) * (DURATION_UNITS.s ?? 0);
  if (ms <= 0) throw new ConfigurationError(input, `must be longer than zero (got "${v}")`);
  return ms;
}

/** Formats milliseconds back into the Go form (`5m0s` style is accepted; we print `5m`). */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || total === 0 ? `${s}s` : ''}`;
}
