import { describe, expect, it } from '@jest/globals';
import { quietLogger } from '../../../src/cli/main.js';
import { ProcessRunner } from '../../../src/lib/exec/process-runner.js';
import { MemoryLogger, QUIET_LOG_LIMITS } from '../../../src/lib/log/logger.js';

const kept = (logger: MemoryLogger): number =>
  logger.lines.reduce((sum, l) => sum + l.message.length, 0);

describe('MemoryLogger', () => {
  it('keeps every line when given no limits (tests read the whole log)', () => {
    const logger = new MemoryLogger();
    for (let i = 0; i < 5000; i++) logger.info(`line ${i}`);
    expect(logger.lines).toHaveLength(5000);
    expect(logger.text()).not.toContain('not kept');
  });

  it('keeps the head and the tail within its limits, and counts the lines between', () => {
    const logger = new MemoryLogger({ headChars: 20, tailChars: 30 });
    for (let i = 0; i < 100; i++) logger.info(`line ${String(i).padStart(2, '0')}`); // 7 chars
    expect(logger.lines.map((l) => l.message)).toEqual([
      'line 00',
      'line 01',
      '[... 94 lines not kept ...]',
      'line 96',
      'line 97',
      'line 98',
      'line 99',
    ]);
  });

  it('keeps groups and levels in order across the cut', async () => {
    const logger = new MemoryLogger({ headChars: 5, tailChars: 12 });
    await logger.group('build', async () => {
      logger.warning('slow');
      for (let i = 0; i < 10; i++) logger.debug(`d${i}`);
      logger.error('failed');
    });
    expect(logger.lines.map((l) => `${l.level}:${l.message}`)).toEqual([
      'group:build',
      'info:[... 8 lines not kept ...]',
      'debug:d7',
      'debug:d8',
      'debug:d9',
      'error:failed',
      'endgroup:',
    ]);
  });

  it('keeps the newest line even when it alone is longer than the tail', () => {
    const logger = new MemoryLogger({ headChars: 0, tailChars: 10 });
    logger.info('short');
    logger.info('x'.repeat(50));
    expect(logger.lines.map((l) => l.message)).toEqual([
      '[... 1 lines not kept ...]',
      'x'.repeat(50),
    ]);
  });
});

describe("the CLI's quiet logger", () => {
  it('keeps a bounded head and tail of a long streamed command, not every line', async () => {
    const logger = quietLogger();
    const runner = new ProcessRunner(logger);
    const lines = 40_000; // about 1.3 MB of output, four times what is kept
    const result = await runner.run({
      tool: 'node',
      args: [
        '-e',
        `for (let i = 0; i < ${lines}; i++) console.log('line ' + i + ' of build output')`,
      ],
      mutating: true,
      stream: true,
    });
    expect(result.exitCode).toBe(0);
    expect(kept(logger)).toBeLessThanOrEqual(
      QUIET_LOG_LIMITS.headChars + QUIET_LOG_LIMITS.tailChars + 100,
    );
    const messages = logger.lines.map((l) => l.message);
    expect(messages.length).toBeLessThan(lines / 2);
    expect(messages).toContain('line 0 of build output');
    expect(messages).toContain(`line ${lines - 1} of build output`);
    expect(messages.some((m) => /^\[\.\.\. \d+ lines not kept \.\.\.\]$/.test(m))).toBe(true);
  });
});
