import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import {
  anyChanged,
  ApplyError,
  applyChanges,
  type Change,
} from '../../../src/lib/reconcile/engine.js';

const changes: Change<string>[] = [
  { resource: 'a', action: 'noop', reason: 'exists', commands: [] },
  { resource: 'b', action: 'create', reason: 'missing', commands: ['x'], op: 'make-b' },
  { resource: 'c', action: 'update', reason: 'drift', commands: ['y'], op: 'fix-c' },
];

describe('applyChanges', () => {
  it('runs mutations in order and reports noops as unchanged', async () => {
    const ran: string[] = [];
    const outcomes = await applyChanges(
      changes,
      async (op) => {
        ran.push(op);
        return `did ${op}`;
      },
      { dryRun: false, logger: new MemoryLogger() },
    );
    expect(ran).toEqual(['make-b', 'fix-c']);
    expect(outcomes.map((o) => [o.resource, o.status, o.detail])).toEqual([
      ['a', 'unchanged', 'exists'],
      ['b', 'done', 'did make-b'],
      ['c', 'done', 'did fix-c'],
    ]);
    expect(anyChanged(outcomes)).toBe(true);
  });

  it('in dry-run runs nothing and reports the plan', async () => {
    const ran: string[] = [];
    const outcomes = await applyChanges(changes, async (op) => void ran.push(op), {
      dryRun: true,
      logger: new MemoryLogger(),
    });
    expect(ran).toEqual([]);
    expect(outcomes.map((o) => o.status)).toEqual(['unchanged', 'planned', 'planned']);
  });

  it('stops at the first failure and marks the rest skipped', async () => {
    const error = await applyChanges(
      changes,
      async (op) => {
        if (op === 'make-b') throw new Error('boom');
      },
      { dryRun: false, logger: new MemoryLogger() },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyError);
    expect((error as ApplyError).outcomes.map((o) => o.status)).toEqual([
      'unchanged',
      'failed',
      'skipped',
    ]);
    expect((error as ApplyError).message).toBe('boom');
  });

  it('reports nothing changed when all are noops', async () => {
    const outcomes = await applyChanges([changes[0] as Change<string>], async () => undefined, {
      dryRun: false,
      logger: new MemoryLogger(),
    });
    expect(anyChanged(outcomes)).toBe(false);
  });
});
