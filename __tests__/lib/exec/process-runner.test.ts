import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryLogger } from '../../../src/lib/log/logger.js';
import { CAPTURE_HEAD_BYTES, CAPTURE_TAIL_BYTES } from '../../../src/lib/exec/output.js';
import { ProcessRunner } from '../../../src/lib/exec/process-runner.js';
import { DryRunRunner, formatCommand } from '../../../src/lib/exec/runner.js';

describe('ProcessRunner', () => {
  it('passes argv without a shell and stdin through', async () => {
    const runner = new ProcessRunner(new MemoryLogger());
    const result = await runner.run({
      tool: 'node',
      args: ['-e', 'process.stdin.pipe(process.stdout)', '$(id);x'],
      stdin: 'from stdin',
      mutating: false,
    });
    expect(result).toEqual({ exitCode: 0, stdout: 'from stdin', stderr: '' });
  });

  it('reports a missing tool as exit 127 and "command not found"', async () => {
    const runner = new ProcessRunner(new MemoryLogger());
    const result = await runner.run({ tool: 'no-such-tool-xyz', args: [], mutating: false });
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toContain('command not found');
    expect(await runner.has('no-such-tool-xyz')).toBe(false);
    expect(await runner.has('node')).toBe(true);
  });

  it('[F10] kills a child that outlives its timeout and says so', async () => {
    const runner = new ProcessRunner(new MemoryLogger());
    const started = Date.now();
    const result = await runner.run({
      tool: 'node',
      args: ['-e', 'setTimeout(() => {}, 60000)'],
      mutating: false,
      timeoutMs: 300,
    });
    expect(result.exitCode).toBe(124);
    expect(result.stderr).toContain('timed out after');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('logs the command redacted', async () => {
    const logger = new MemoryLogger();
    const runner = new ProcessRunner(logger);
    runner.redactor.add('hunter2-secret');
    await runner.run({ tool: 'node', args: ['-e', '0', 'hunter2-secret'], mutating: false });
    expect(logger.text()).toContain('$ node -e 0 ***');
    expect(logger.text()).not.toContain('hunter2-secret');
  });
});

describe('DryRunRunner', () => {
  it('lets reads through and records writes without running them', async () => {
    const logger = new MemoryLogger();
    const dry = new DryRunRunner(new ProcessRunner(logger), logger);
    const read = await dry.run({ tool: 'node', args: ['-e', 'console.log(42)'], mutating: false });
    expect(read.stdout.trim()).toBe('42');
    const write = await dry.run({ tool: 'node', args: ['-e', 'process.exit(9)'], mutating: true });
    expect(write.exitCode).toBe(0);
    expect(dry.recorded.map((c) => formatCommand(c))).toEqual(["node -e 'process.exit(9)'"]);
    expect(logger.text()).toContain('[dry-run] would run:');
  });
});

describe('ProcessRunner live output (stream: true)', () => {
  /**
   * A child that prints BEFORE, then blocks until the GATE file exists (so it cannot end before
   * the test opens it), then prints AFTER. The texts come by environment, not argv, so the
   * command line shown in the log holds none of them.
   */
  const GATED = `process.stdout.write(process.env.BEFORE);
    const t = setInterval(() => {
      if (!require('node:fs').existsSync(process.env.GATE)) return;
      clearInterval(t);
      process.stdout.write(process.env.AFTER);
    }, 20);`;

  it("[stream] prints a command's lines while it is still running, redacted, in one group", async () => {
    const gate = path.join(mkdtempSync(path.join(tmpdir(), 'gate-')), 'open');
    const logger = new MemoryLogger();
    let sawFirstLine: () => void = () => undefined;
    const firstLine = new Promise<void>((resolve) => (sawFirstLine = resolve));
    const info = logger.info.bind(logger);
    logger.info = (message: string) => {
      info(message);
      if (message === 'step 1/2') sawFirstLine();
    };
    const runner = new ProcessRunner(logger);
    runner.redactor.add('hunter2-secret');
    let ended = false;
    // The secret is split across two writes; the second comes only after the gate opens.
    const run = runner
      .run({
        tool: 'node',
        args: ['-e', GATED],
        env: { GATE: gate, BEFORE: 'step 1/2\npassword=hunter2', AFTER: '-secret ok\n' },
        mutating: true,
        stream: true,
      })
      .finally(() => (ended = true));

    await firstLine;
    expect(ended).toBe(false); // the child is blocked on the gate: the line came while it ran
    expect(logger.text()).not.toContain('hunter2'); // the partial line is held back
    writeFileSync(gate, '');
    const result = await run;

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('step 1/2\npassword=hunter2-secret ok\n');
    expect(logger.lines.map((l) => l.level)).toEqual(['group', 'info', 'info', 'endgroup']);
    expect(logger.lines[0]?.message).toMatch(/^\$ node -e /);
    expect(logger.lines.slice(1, 3).map((l) => l.message)).toEqual(['step 1/2', 'password=*** ok']);
    expect(logger.text()).not.toMatch(/hunter2|-secret/);
  });

  it('keeps only the head and tail of a long output, and the log gets every line', async () => {
    const logger = new MemoryLogger();
    const runner = new ProcessRunner(logger);
    const lines = 40_000; // about 1.3 MB: more than the kept head and tail together
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
    expect(result.stdout.length).toBeLessThan(CAPTURE_HEAD_BYTES + CAPTURE_TAIL_BYTES + 100);
    expect(result.stdout.startsWith('line 0 of build output\n')).toBe(true);
    expect(result.stdout.endsWith(`line ${lines - 1} of build output\n`)).toBe(true);
    expect(result.stdout).toMatch(/\[\.\.\. \d+ bytes not kept \.\.\.\]/);
    expect(logger.lines.filter((l) => l.level === 'info')).toHaveLength(lines);
  });

  it('opens no group of its own inside an open one: a header line instead', async () => {
    const logger = new MemoryLogger();
    const runner = new ProcessRunner(logger);
    await logger.group('apply', () =>
      runner.run({ tool: 'node', args: ['-e', 'console.log(1)'], mutating: true, stream: true }),
    );
    expect(logger.lines.map((l) => l.level)).toEqual(['group', 'info', 'info', 'endgroup']);
    expect(logger.lines[1]?.message).toMatch(/^-> \$ node -e/);
  });
});
