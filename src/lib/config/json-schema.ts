/**
 * The JSON Schema of the platform file, for editors (yaml-language-server). A module of its own:
 * no action needs it at run time, and importing it from schema.ts would put zod's JSON-Schema
 * generator (~64 KiB) into every bundle's platform-file path (scripts/bench.mjs, issue 11).
 */
import { platformSchema } from './schema.js';
import * as z from './zod.js';

/** The schema of what a user writes (`io: 'input'`: defaults make keys optional). */
export function platformJsonSchema(
  options: { readonly target?: 'draft-7' | 'draft-2020-12' } = {},
): Record<string, unknown> {
  return z.toJSONSchema(platformSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: options.target ?? 'draft-2020-12',
  }) as Record<string, unknown>;
}
