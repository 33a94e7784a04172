/**
 * Literal secrets written into configuration text (issue 15, class 2). LiteLLM's config.yaml
 * may hold `api_key: sk-...` instead of `api_key: os.environ/NAME`; we warn about it, and it
 * must still never be printed: every place that shows a ConfigMap (summary, plan, logs) goes
 * through these, and the values are registered as secrets so command output is masked too.
 */

/** Keys whose literal value is a credential in LiteLLM's config (proxy config docs). */
export const SECRET_CONFIG_KEYS = [
  'api_key',
  'master_key',
  'database_url',
  'salt_key',
  'aws_secret_access_key',
  'aws_session_token',
  'client_secret',
  'password',
] as const;

const KEYS = SECRET_CONFIG_KEYS.join('|');

/**
 * `key: value` in block or flow YAML: the key at a line start, after `{`, `,` or `- `; the
 * value quoted or bare up to the end of the flow item. Every part is a bounded character
 * class, so matching stays linear.
 */
const INLINE = new RegExp(
  `(^|[\\s{,])(${KEYS})(\\s*:[ \\t]*)("(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|[^\\s,{}\\[\\]#'"][^,{}\\[\\]#\\n]*)`,
  'gm',
);

export const REDACTED_VALUE = '<redacted>';

const isReference = (value: string): boolean =>
  /^["']?os\.environ\//.test(value) || value.trim() === '' || value.trim() === 'null';

/** The literal secret values in `text` (quotes removed), for the redactor. */
export function inlineSecretValues(text: string): string[] {
  const values: string[] = [];
  for (const m of text.matchAll(INLINE)) {
    const raw = (m[4] ?? '').trim();
    if (isReference(raw)) continue;
    values.push(raw.replace(/^(["'])(.*)\1$/, '$2'));
  }
  return values;
}

/** `text` with every literal secret value replaced by `<redacted>`. */
export function redactInlineSecrets(text: string): string {
  return text.replace(INLINE, (whole, lead: string, key: string, sep: string, value: string) =>
    isReference(value) ? whole : `${lead}${key}${sep}${REDACTED_VALUE}`,
  );
}
