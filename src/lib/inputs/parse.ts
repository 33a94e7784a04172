/**
 * Input parsing helpers. Every action reads each input once, through these, into a typed object
 * before anything runs. Booleans are strict (true/false only), because a lenient `=== 'true'`
 * reads a typo as false.
 */
import { ConfigurationError } from '../errors.js';
import type { Rule } from '../validate/rules.js';

export type InputSource = (name: string) => string;

/** The trimmed input, or undefined when empty. */
export function optional(source: InputSource, name: string): string | undefined {
  const value = source(name).trim();
  return value.length > 0 ? value : undefined;
}

export function required(source: InputSource, name: string): string {
  const value = optional(source, name);
  if (value === undefined) throw new ConfigurationError(name, 'is required and must not be empty');
  return value;
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigurationError(name, `must be true or false (got "${value.trim()}")`);
}

export function booleanInput(source: InputSource, name: string, fallback: boolean): boolean {
  const value = optional(source, name);
  return value === undefined ? fallback : parseBoolean(name, value);
}

/** A list input: one item per line, or comma-separated. Blank lines and `#` comments skipped. */
export function parseList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/\r?\n/)
    .flatMap((line) => (line.trim().startsWith('#') ? [] : line.split(',')))
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** `KEY=value` lines into pairs (values may contain `=`; split on the first one only). */
export function parseKeyValueLines(name: string, value: string | undefined): [string, string][] {
  if (!value) return [];
  const pairs: [string, string][] = [];
  for (const raw of value.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw new ConfigurationError(
        name,
        `each line must be KEY=VALUE (got "${line.slice(0, 40)}")`,
      );
    pairs.push([line.slice(0, eq).trim(), line.slice(eq + 1)]);
  }
  return pairs;
}

export function parseEnum<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigurationError(name, `must be one of ${allowed.join(', ')} (got "${v}")`);
}

export function positiveInteger(
  name: string,
  value: string,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > max) {
    throw new ConfigurationError(name, `must be a whole number from 1 to ${max} (got "${v}")`);
  }
  return Number(v);
}

/** Applies a validation rule to an optional value. */
export function check(rule: Rule, name: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : rule(name, value);
}

/**
 * Picks the explicit input when given, else the platform file's value, else the default.
 * Explicit inputs always win over the file.
 */
export function pick<T>(
  explicit: T | undefined,
  fromFile: T | undefined,
  fallback?: T,
): T | undefined {
  return explicit ?? fromFile ?? fallback;
}

/**
 * A value that must come from the input or the platform file. The error names the input and
 * says that either place will do.
 */
export function requiredFrom(
  name: string,
  explicit: string | undefined,
  fromFile: string | undefined,
  when = '',
): string {
  const value = explicit ?? fromFile;
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(
      name,
      `is required${when ? ` ${when}` : ''} (set the input or its value in the platform file)`,
    );
  }
  return value;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function uniqueBy<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}
