/**
 * Secret redaction for everything the suite prints: command lines, error text, summaries.
 * Every secret is registered once (with its base64 form, since Kubernetes Secret manifests
 * carry that) and masked everywhere after.
 */
export const MASK = '***';

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret and the forms it may appear in. Returns every registered form. */
  add(value: string): string[] {
    const forms = secretForms(value);
    for (const form of forms) this.secrets.add(form);
    return forms;
  }

  /** Replaces every registered secret in `text`, longest first so overlaps mask fully. */
  redact(text: string): string {
    if (this.secrets.size === 0 || text.length === 0) return text;
    let out = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join(MASK);
    }
    return out;
  }

  has(value: string): boolean {
    return this.secrets.has(value);
  }
}

/** The forms of a secret worth masking: itself, its base64, and each non-trivial line. */
export function secretForms(value: string): string[] {
  if (value.trim().length === 0) return [];
  const forms = new Set<string>([value, Buffer.from(value, 'utf8').toString('base64')]);
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().length >= 4) forms.add(line);
  }
  return [...forms];
}
