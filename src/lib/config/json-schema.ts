/**
 * The JSON Schema of the platform file, for editors (yaml-language-server). A module of its own:
 * no action needs it at run time, and importing it from schema.ts would put zod's JSON-Schema
 * generator (~64 KiB) into every bundle's platform-file path (scripts/bench.mjs, issue 11).
 */
import { platformSchema } from './schema.js';
import * as z from './zod.js';

export function platformJsonSchema(): unknown {
  return z.toJSONSchema(platformSchema, { io: 'input', unrepresentable: 'any' });
}
