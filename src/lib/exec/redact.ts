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

  /**
   * How much of `text` can be redacted and printed now when more text may follow it (a line
   * too long to wait for): no secret may straddle the cut, so the cut stops short of the last
   * (longest secret - 1) characters and before any whole occurrence that spans it.
   */
  safeCut(text: string): number {
    let cut = text.length;
    for (const secret of this.secrets) cut = Math.min(cut, text.length - secret.length + 1);
    cut = Math.max(cut, 0);
    for (let moved = true; moved;) {
      moved = false;
      for (const secret of this.secrets) {
        const from = Math.max(0, cut - secret.length + 1);
        const at = text.indexOf(secret, from);
        if (at !== -1 && at < cut && at + secret.length > cut) {
          cut = at;
          moved = true;
        }
      }
    }
    return cut;
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
