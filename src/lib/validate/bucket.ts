/**
 * Cloud Storage rules: bucket names, bucket locations and labels. Checked before any command
 * runs, so a bad name fails with the rule instead of a 400 from the API (case F23).
 * https://cloud.google.com/storage/docs/buckets#naming
 * https://cloud.google.com/storage/docs/tags-and-labels#bucket-labels
 */
import { ConfigurationError } from '../errors.js';
import { publicPrincipalReason } from './principals.js';
import { safeValue } from './rules.js';

const NAME_CHARS = /^[a-z0-9._-]+$/;
const ALNUM_EDGES = /^[a-z0-9](?:.*[a-z0-9])?$/;
const DOTTED_DECIMAL = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * "google" and close misspellings that Google rejects ("g00gle" and friends). Digits that
 * look like letters are folded first, so one list covers the look-alike spellings.
 */
const GOOGLE_LIKE = ['google', 'googel', 'goolge', 'gooogle'];
const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e' };

function looksLikeGoogle(name: string): boolean {
  const folded = name.replace(/[013]/g, (c) => LOOK_ALIKES[c] ?? c);
  return GOOGLE_LIKE.some((word) => folded.includes(word));
}

/** A Cloud Storage bucket name, without the `gs://` scheme. */
export function bucketName(input: string, value: string): string {
  const v = safeValue(input, value);
  const fail = (rule: string): never => {
    throw new ConfigurationError(input, `${rule} (got "${v}")`);
  };
  if (v.startsWith('gs://')) fail('must be the bucket name alone, without "gs://"');
  if (!NAME_CHARS.test(v)) {
    fail(
      'must be a bucket name: lowercase letters, digits, "-", "_" and "." only (no uppercase, spaces or "/")',
    );
  }
  if (!ALNUM_EDGES.test(v)) fail('must start and end with a lowercase letter or digit');
  const parts = v.split('.');
  if (parts.length === 1 && (v.length < 3 || v.length > 63)) {
    fail(`must be 3-63 characters long (is ${v.length})`);
  }
  if (parts.length > 1) {
    if (v.length < 3 || v.length > 222) {
      fail(`must be 3-222 characters long when it contains dots (is ${v.length})`);
    }
    if (parts.some((p) => p.length === 0 || p.length > 63)) {
      fail('each dot-separated part must be 1-63 characters long');
    }
  }
  if (DOTTED_DECIMAL.test(v)) fail('must not be an IP address in dotted-decimal form');
  if (v.startsWith('goog')) fail('must not start with "goog" (reserved by Google)');
  if (looksLikeGoogle(v)) fail('must not contain "google" or a close misspelling of it');
  return v;
}

/**
 * A bucket location: a region (`asia-southeast1`), a multi-region (`US`, `EU`, `ASIA`) or a
 * predefined dual-region (`NAM4`, `ASIA1`). Returned upper-case, as the API reports it, so a
 * later compare with the observed location is a plain equality.
 */
export function bucketLocation(input: string, value: string): string {
  const v = safeValue(input, value);
  if (!/^(?:[a-z]+(?:-[a-z]+)*[0-9]+|[a-z]+[0-9]?)$/i.test(v)) {
    throw new ConfigurationError(
      input,
      `must be a Cloud Storage location: a region such as asia-southeast1, a multi-region such as US or EU, or a dual-region such as ASIA1 (got "${v}")`,
    );
  }
  return v.toUpperCase();
}

// Google allows international lowercase letters too; \p{Ll}/\p{Lo} accept them.
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
export const MAX_LABELS = 64;

/**
 * Bucket labels. The character sets exclude `,` and `=`, which is what makes them safe to
 * pass as `--update-labels=k=v,k2=v2`.
 */
export function bucketLabels(
  input: string,
  pairs: readonly (readonly [string, string])[],
): Record<string, string> {
  if (pairs.length > MAX_LABELS) {
    throw new ConfigurationError(input, `at most ${MAX_LABELS} labels (got ${pairs.length})`);
  }
  const labels: Record<string, string> = {};
  for (const [rawKey, rawValue] of pairs) {
    const key = rawKey.trim();
    const value = rawValue.trim();
    if (!LABEL_KEY.test(key)) {
      throw new ConfigurationError(
        input,
        `label key "${key}" must be 1-63 characters: lowercase letters, digits, "_" and "-", starting with a lowercase letter`,
      );
    }
    if (!LABEL_VALUE.test(value)) {
      throw new ConfigurationError(
        input,
        `label value "${value}" of "${key}" must be at most 63 characters: lowercase letters, digits, "_" and "-"`,
      );
    }
    if (key in labels) throw new ConfigurationError(input, `label key "${key}" is given twice`);
    labels[key] = value;
  }
  return labels;
}

const MEMBER_PREFIXES =
  /^(?:serviceAccount|user|group|domain):[^\s,]+$|^principal(?:Set)?:\/\/\S+$/;

/**
 * The principal to grant on the bucket: a service account email (setup-wi's `gsa-email`,
 * made `serviceAccount:EMAIL`) or an IAM member string (`group:...`, `principal://...`).
 */
export function bucketMember(input: string, value: string): string {
  const v = safeValue(input, value);
  // Checked first and in every spelling: the bucket holds logs, never for the public (F66).
  const exposed = publicPrincipalReason(v);
  if (exposed !== undefined) {
    throw new ConfigurationError(input, `"${v}" ${exposed}; the log bucket must stay private`);
  }
  if (/^[a-z][-a-z0-9]{4,28}[a-z0-9]@[a-z][-a-z0-9.:]*\.gserviceaccount\.com$/.test(v)) {
    return `serviceAccount:${v}`;
  }
  if (MEMBER_PREFIXES.test(v)) return v;
  throw new ConfigurationError(
    input,
    `must be a service account email (NAME@PROJECT.iam.gserviceaccount.com) or an IAM member such as serviceAccount:EMAIL or group:EMAIL (got "${v}")`,
  );
}
