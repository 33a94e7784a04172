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
