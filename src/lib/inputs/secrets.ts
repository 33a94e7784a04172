/**
 * Secret inputs are masked before anything parses them (issue 15, class 1). Parsing is where
 * a careless value leaks: a `KEY=VALUE` line pasted without its name, wrapped onto two lines
 * or ending in `=` used to be quoted in the error. So every form a secret input's text can
 * take is registered with the runner (`::add-mask::`) first, and the parser of `KEY=VALUE`
 * secret inputs names line numbers, never any part of a line.
 */
import { ConfigurationError } from '../errors.js';

/** The secret inputs of each action (the inputs action.yml calls secret). */
export const SECRET_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'apply-litellm': ['master-key', 'env-secrets'],
  'build-push-image': ['secrets'],
  'deploy-app': ['database-url'],
  'helm-airflow': ['git-ssh-key', 'admin-password'],
};

/** Secret inputs written as `KEY=VALUE` lines: each value is masked on its own too. */
const KEY_VALUE_INPUTS = new Set(['env-secrets', 'secrets']);
const MIN_PART = 3;

/**
 * Every string worth masking in a secret input's raw text: the whole text, each line (raw and
 * trimmed), and for `KEY=VALUE` inputs each value on its own. The Redactor adds base64 forms.
 */
export function secretInputValues(input: string, raw: string): string[] {
  if (raw.trim().length === 0) return [];
  const values = new Set<string>([raw, raw.trim()]);
  // A part of one or two characters is no secret, and masking it would star out the whole log.
  const add = (part: string): void => {
    if (part.trim().length >= MIN_PART) values.add(part).add(part.trim());
  };
  for (const line of raw.split(/\r?\n/)) {
    add(line);
    if (KEY_VALUE_INPUTS.has(input)) {
      const eq = line.indexOf('=');
      if (eq >= 0) add(line.slice(eq + 1));
    }
  }
  return [...values];
}

/** Reads the action's secret inputs and hands every form of them to `mask`, before parsing. */
export function maskSecretInputs(
  action: string,
  read: (input: string) => string,
  mask: (value: string) => void,
): string[] {
  const all: string[] = [];
  for (const input of SECRET_INPUTS[action] ?? []) {
    for (const value of secretInputValues(input, read(input))) {
      mask(value);
      all.push(value);
    }
  }
  return all;
}

/**
 * `KEY=VALUE` lines of a secret input. Errors name the input and the line number only: the
 * line may be a secret pasted without its name. A value of nothing but `=` is a base64 value
 * whose padding was read as the separator, so it is refused too.
 */
export function parseSecretLines(input: string, raw: string | undefined): [string, string][] {
  if (!raw) return [];
  const pairs: [string, string][] = [];
  raw.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line.length === 0 || line.startsWith('#')) return;
    const where = `line ${index + 1}`;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw new ConfigurationError(
        input,
        `${where} must be NAME=VALUE (the line is not shown: it may be a secret)`,
      );
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1);
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) || key.length > 253) {
      throw new ConfigurationError(
        input,
        `${where}: the name before "=" must be letters, digits, "_", "-" or "." (not shown: it may be part of a secret)`,
      );
    }
    if (value.trim().length === 0 || /^=+$/.test(value.trim())) {
      throw new ConfigurationError(
        input,
        `${where}: the value after "=" is empty (a value pasted without its name, or wrapped onto two lines?)`,
      );
    }
    pairs.push([key, value]);
  });
  return pairs;
}
