/**
 * A small evaluator for GitHub Actions expressions (`${{ ... }}`), enough to run the suite's
 * workflow templates locally in the pipeline test: contexts, property access (dot and index),
 * string/number/boolean/null literals, ! && || == != < >, parentheses, and the functions
 * contains, startsWith, endsWith, format, join, toJSON, fromJSON, success, always, failure, cancelled.
 */
export type Value =
  string | number | boolean | null | undefined | Value[] | { [key: string]: Value };
export type Contexts = Record<string, Value>;

/**
 * What the status check functions answer (always() is always true). For a job's `if:` they look
 * at its ancestor jobs (success: every ancestor succeeded; failure: one failed), for a step's at
 * the job's earlier steps; cancelled: the run was cancelled (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions).
 */
export interface Status {
  readonly success: boolean;
  readonly failure: boolean;
  readonly cancelled: boolean;
}
const NO_FAILURE: Status = { success: true, failure: false, cancelled: false };

type Token = { kind: 'num' | 'str' | 'id' | 'op' | 'punct'; text: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[j] === "'" && src[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (src[j] === "'") break;
        else text += src[j++];
      }
      tokens.push({ kind: 'str', text });
      i = j + 1;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?[0-9.]+/.exec(src.slice(i));
      tokens.push({ kind: 'num', text: m?.[0] ?? c });
      i += m?.[0].length ?? 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
      tokens.push({ kind: 'id', text: m?.[0] ?? c });
      i += m?.[0].length ?? 1;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '&&', '||', '<=', '>='].includes(two)) {
        tokens.push({ kind: 'op', text: two });
        i += 2;
      } else if ('!<>'.includes(c)) {
        tokens.push({ kind: 'op', text: c });
        i += 1;
      } else if ('.()[],*'.includes(c)) {
        tokens.push({ kind: 'punct', text: c });
        i += 1;
      } else throw new Error(`unexpected "${c}" in expression ${src}`);
    }
  }
  return tokens;
}

const str = (v: Value): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
const truthy = (v: Value): boolean =>
  !(v === undefined || v === null || v === false || v === 0 || v === '');
function loosEq(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return str(a) === str(b);
}

export function evaluate(src: string, ctx: Contexts, status: Status = NO_FAILURE): Value {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const take = (text?: string): Token => {
    const t = tokens[pos];
    if (!t || (text !== undefined && t.text !== text))
      throw new Error(`expected ${text ?? 'a token'} in ${src}`);
    pos += 1;
    return t;
  };
  const call = (name: string, args: Value[]): Value => {
    const [a, b] = args;
    switch (name.toLowerCase()) {
      case 'contains':
        return Array.isArray(a)
          ? a.some((x) => loosEq(x, b))
          : str(a).toLowerCase().includes(str(b).toLowerCase());
      case 'startswith':
        return str(a).toLowerCase().startsWith(str(b).toLowerCase());
      case 'endswith':
        return str(a).toLowerCase().endsWith(str(b).toLowerCase());
      case 'format':
        return str(a).replace(/\{(\d+)\}/g, (_, n: string) => str(args[Number(n) + 1]));
      case 'join':
        return Array.isArray(a) ? a.map(str).join(b === undefined ? ',' : str(b)) : str(a);
      case 'tojson':
        return JSON.stringify(a ?? null, null, 2);
      case 'fromjson':
        return JSON.parse(str(a)) as Value;
      case 'success':
        return status.success;
      case 'always':
        return true;
      case 'failure':
        return status.failure;
      case 'cancelled':
        return status.cancelled;
      default:
        throw new Error(`unsupported function ${name}`);
    }
  };
  const primary = (): Value => {
    const t = take();
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return Number(t.text);
    if (t.text === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (t.kind === 'op' && t.text === '!') return !truthy(primary());
    if (t.kind !== 'id') throw new Error(`unexpected ${t.text} in ${src}`);
    if (t.text === 'true') return true;
    if (t.text === 'false') return false;
    if (t.text === 'null') return null;
    let value: Value;
    if (peek()?.text === '(') {
      take('(');
      const args: Value[] = [];
      while (peek()?.text !== ')') {
        args.push(or());
        if (peek()?.text === ',') take(',');
      }
      take(')');
      value = call(t.text, args);
    } else {
      value = ctx[t.text];
    }
    for (;;) {
      if (peek()?.text === '.') {
        take('.');
        const key = take().text;
        if (key === '*') {
          // object filter: needs.*.result -> the result of every job
          value = value && typeof value === 'object' ? (Object.values(value) as Value[]) : [];
          if (peek()?.text === '.') {
            take('.');
            const inner = take().text;
            value = (value as Value[]).map((v) =>
              v && typeof v === 'object' && !Array.isArray(v) ? v[inner] : undefined,
            );
          }
          continue;
        }
        value =
          value && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
      } else if (peek()?.text === '[') {
        take('[');
        const key = or();
        take(']');
        if (Array.isArray(value)) value = value[Number(key)];
        else value = value && typeof value === 'object' ? value[str(key)] : undefined;
      } else return value;
    }
  };
  const comparison = (): Value => {
    let left = primary();
    while (
      peek()?.kind === 'op' &&
      ['==', '!=', '<', '>', '<=', '>='].includes(peek()?.text ?? '')
    ) {
      const op = take().text;
      const right = primary();
      if (op === '==') left = loosEq(left, right);
      else if (op === '!=') left = !loosEq(left, right);
      else if (op === '<') left = Number(left) < Number(right);
      else if (op === '>') left = Number(left) > Number(right);
      else if (op === '<=') left = Number(left) <= Number(right);
      else left = Number(left) >= Number(right);
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek()?.text === '&&') {
      take();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek()?.text === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const result = or();
  if (pos !== tokens.length) throw new Error(`trailing tokens in ${src}`);
  return result;
}

/** Replaces every `${{ ... }}` in `text`; a string that is only one expression keeps its type. */
export function interpolate(text: string, ctx: Contexts, status: Status = NO_FAILURE): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) =>
    str(evaluate(expr, ctx, status)),
  );
}

export function isTruthy(v: Value): boolean {
  return truthy(v);
}

/** Whether an `if:` names a status check function (then no implicit success() is added). */
export function hasStatusFunction(expr: string): boolean {
  return tokenize(expr).some(
    (t, i, all) =>
      t.kind === 'id' &&
      /^(success|failure|always|cancelled)$/i.test(t.text) &&
      all[i + 1]?.text === '(',
  );
}

/**
 * An `if:` as the runner evaluates it: "A default status check of success() is applied unless
 * you include one of these functions" (docs, expressions#status-check-functions). So a job or
 * step without `if:`, or whose `if:` names no status function, is skipped after a failure or
 * a cancellation.
 */
export function condition(
  expr: string | boolean | undefined,
  ctx: Contexts,
  status: Status = NO_FAILURE,
): boolean {
  if (typeof expr === 'boolean') return expr && status.success;
  const inner = (expr ?? '').trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  if (inner === '') return status.success;
  const value = truthy(evaluate(inner, ctx, status));
  return hasStatusFunction(inner) ? value : value && status.success;
}

/**
 * A `with:` value as the runner evaluates it: a YAML literal keeps its type, a string that is
 * exactly one `${{ }}` keeps the expression's type (so a boolean input can be passed as
 * `${{ inputs.dry-run }}`), any other string is interpolated.
 */
export function evaluateValue(raw: Value, ctx: Contexts, status: Status = NO_FAILURE): Value {
  if (typeof raw !== 'string') return raw;
  const whole = /^\s*\$\{\{((?:(?!\}\})[\s\S])*)\}\}\s*$/.exec(raw);
  return whole ? evaluate(whole[1] ?? '', ctx, status) : interpolate(raw, ctx, status);
}
