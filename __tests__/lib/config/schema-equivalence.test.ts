/**
 * The platform-file schema is built with zod/mini and run jitless (src/lib/config/zod.ts) to
 * cut start-up time (issue 11). This shows the switch changed no result: over every document of
 * schema-corpus.ts (the example, a document setting every key, each leaf replaced by hostile and
 * careless values, unknown and missing keys, prototype-named keys) the schema returns exactly
 * what the zod-classic, JIT-compiled schema of commit 0eb50d6 returned (schema-golden.json): the
 * same data with defaults filled, or the same issues, paths, codes and messages in the same order.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { certainlyValid } from '../../../src/lib/config/fast-check.js';
import { platformSchema } from '../../../src/lib/config/schema.js';
import * as z from '../../../src/lib/config/zod.js';
import { outcomeOf, schemaCorpus, type Outcome } from './schema-corpus.js';

const golden = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'schema-golden.json'), 'utf8'),
) as Record<string, Outcome>;
const corpus = schemaCorpus();

describe('platform-file schema: zod/mini, jitless, gives what zod classic gave', () => {
  it('covers the golden file case for case, valid and invalid', () => {
    expect(corpus.map((c) => c.name).sort()).toEqual(Object.keys(golden).sort());
    const valid = Object.values(golden).filter((o) => o.ok).length;
    expect(valid).toBeGreaterThan(100);
    expect(corpus.length - valid).toBeGreaterThan(500);
  });

  it('runs jitless: no object schema compiles a fast path with new Function', () => {
    expect(z.config().jitless).toBe(true);
  });

  it.each(corpus.map((c) => [c.name, c.doc] as const))('%s', (name, doc) => {
    const result = platformSchema.safeParse(doc ?? {});
    expect(outcomeOf(name, result)).toEqual(golden[name]);
  });
});

/**
 * load.ts accepts a file without loading zod when fast-check.ts finds it certainly valid. Over
 * the same documents, each also without litellm.smokeUrl (which the fast check leaves to zod,
 * and which the document setting every key holds): whatever it accepts, the schema accepts with
 * the same data (key order included, as JSON); it never accepts what the schema refuses; and it
 * accepts nearly every valid document, so valid files do take the fast path.
 */
const withoutSmokeUrl = (doc: unknown): unknown => {
  const copy = structuredClone(doc) as { litellm?: Record<string, unknown> } | null;
  if (copy?.litellm && typeof copy.litellm === 'object') delete copy.litellm.smokeUrl;
  return copy;
};
const both = corpus.flatMap((c) => [
  [c.name, c.doc] as const,
  [`${c.name} (no smokeUrl)`, withoutSmokeUrl(c.doc)] as const,
]);

describe('platform file without zod (fast-check.ts) agrees with the schema', () => {
  it.each(both)('%s', (_name, doc) => {
    const fast = certainlyValid(doc ?? {});
    if (fast === undefined) return;
    const result = platformSchema.safeParse(doc ?? {});
    expect(result.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(result.data));
  });

  it('takes the fast path for the example and nearly every valid document', () => {
    expect(certainlyValid(corpus[0]!.doc)).toEqual(platformSchema.parse(corpus[0]!.doc));
    const valid = both.filter(([, doc]) => platformSchema.safeParse(doc ?? {}).success);
    const fast = valid.filter(([, doc]) => certainlyValid(doc ?? {}) !== undefined);
    expect(valid.length).toBeGreaterThan(400);
    // Left to zod: documents with smokeUrl, prototype-named keys.
    expect(fast.length / valid.length).toBeGreaterThan(0.45);
    expect(valid.filter(([n]) => n.endsWith('(no smokeUrl)')).length - fast.length).toBeLessThan(5);
  });

  it('leaves a key it does not know to zod (a key added to the schema alone is still decided)', () => {
    const doc = { ...(withoutSmokeUrl(corpus[1]!.doc) as object) };
    expect(certainlyValid(doc)).toBeDefined();
    expect(certainlyValid({ ...doc, extra: 1 })).toBeUndefined();
  });
});
