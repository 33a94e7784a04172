/**
 * The zod every platform-file schema is built with: `zod/mini`, run jitless.
 *
 * Why mini: it is the same library (the same core checks, issue codes and messages as
 * `import { z } from 'zod'`), but its schemas carry no chainable methods, so the bundle loads
 * less code and builds the ~90 schemas of the platform file for a fraction of the cost; an
 * action reads the file once per step, so that cost is start-up time (scripts/bench.mjs,
 * issue 11). https://zod.dev/packages/mini
 *
 * Why jitless: on its first parse, every object schema compiles a fast path with
 * `new Function` (zod/v4/core/schemas.js, `generateFastpass`), which pays back only when a
 * schema parses many values; we parse one document. Jitless takes the same parser zod falls
 * back to wherever `new Function` is not allowed (schemas.js, `fastEnabled`; README "AOT
 * compilation": "Global mode is automatically disabled when z.config({ jitless: true })").
 * __tests__/lib/config/schema-equivalence.test.ts checks both choices over >1000 documents
 * against what the classic, JIT-compiled schema returned.
 *
 * This must be the only import of zod in src/lib/config, so the setting runs before any
 * schema is built (ES modules evaluate a dependency before the module that imports it).
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships no default locale ("Invalid input" for every issue); classic zod registers
// English itself (zod/v4/classic/schemas.js, _ensureDefaultLocale). Ours are the same messages.
config({ ...en(), jitless: true });

// Named exports, not zod's `z` namespace: handing that object on marks every export used, and
// the bundler then keeps all 40 locales and the AOT compiler (820 KiB instead of ~300).
// Importers write `import * as z from './zod.js'`, which the bundler can still see through.
export {
  _default,
  array,
  boolean,
  config,
  enum,
  int,
  maximum,
  maxLength,
  minimum,
  minLength,
  number,
  optional,
  record,
  regex,
  strictObject,
  string,
  superRefine,
  toJSONSchema,
  unknown,
  url,
} from 'zod/mini';
export type { infer } from 'zod/mini';
