/** Bridges our validation rules into zod, so the platform file and inputs obey one set of rules. */
import { ConfigurationError } from '../errors.js';
import type { Rule } from '../validate/rules.js';
import * as z from './zod.js';

/** A string checked by one of our rules; the issue message is the rule's text. */
export function ruleString(rule: Rule | ((input: string, value: string) => unknown)) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      try {
        rule('', value);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: err instanceof ConfigurationError ? err.rule : String(err),
        });
      }
    }),
  );
}

/** `z.optional(ruleString(rule))`: most keys of the file are optional rule-checked strings. */
export function optionalRule(rule: Parameters<typeof ruleString>[0]) {
  return z.optional(ruleString(rule));
}
