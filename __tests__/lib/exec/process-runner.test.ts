import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/lib/action/logger.js';
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
