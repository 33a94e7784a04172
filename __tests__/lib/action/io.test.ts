/**
 * The runner adapter is @actions/core; these pin what our actions rely on it for, read back
 * the way the runner reads it (workflow commands on stdout, file commands in GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY: https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputVariable, runnerIO } from '../../../src/lib/action/io.js';
import { parseOutputs } from '../../../test-support/bundle.js';

describe('runnerIO (@actions/core)', () => {
  let dir: string;
  let written: string[];
  const saved = { ...process.env };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'io-'));
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  const file = (name: string): string => {
    const f = path.join(dir, name);
    writeFileSync(f, '');
    return f;
  };

  it('reads an input raw from the variable the runner sets (INPUT_ + upper case, spaces as _)', () => {
    process.env[inputVariable('project-id')] = ' alpine ';
    process.env.INPUT_GSA_DISPLAY_NAME = 'x';
    expect(runnerIO().getInput('project-id')).toBe(' alpine ');
    expect(runnerIO().getInput('gsa display name')).toBe('x');
    expect(runnerIO().getInput('absent')).toBe('');
  });

  it('writes outputs to GITHUB_OUTPUT with a delimiter, so multi-line values survive', () => {
    process.env.GITHUB_OUTPUT = file('out');
    const value = '[{"a":1}]\nsecond line';
    runnerIO().setOutput('changes', value);
    runnerIO().setOutput('changed', 'true');
    expect(parseOutputs(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      changes: value,
      changed: 'true',
    });
    expect(written.join('')).not.toContain('set-output');
  });

  it('masks with ::add-mask::, escaping newlines so one command stays one line', () => {
    runnerIO().setSecret('s3cr3t%\nline2');
    expect(written).toEqual(['::add-mask::s3cr3t%25%0Aline2\n']);
  });

  it('fails the step: exit code 1 and an ::error:: annotation', () => {
    runnerIO().setFailed('setup-wi: project-id: is required');
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(['::error::setup-wi: project-id: is required\n']);
  });

  it('appends the job summary to GITHUB_STEP_SUMMARY, and is silent without it', async () => {
    process.env.GITHUB_STEP_SUMMARY = file('summary.md');
    await runnerIO().writeSummary('## hello');
    await runnerIO().writeSummary('| a |\n');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('## hello\n| a |\n');
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(runnerIO().writeSummary('x')).resolves.toBeUndefined();
  });

  it('opens one ::group:: at the top level; an inner group is a plain header line (no nesting on GitHub)', async () => {
    const io = runnerIO();
    const result = await io.group('observe', async () => {
      io.info('a');
      await io.group('kubectl get', async () => io.info('b'));
      return 42;
    });
    expect(result).toBe(42);
    expect(written).toEqual([
      '::group::observe\n',
      'a\n',
      '-> kubectl get\n',
      'b\n',
      '::endgroup::\n',
    ]);
  });

  it('closes its group when the body throws, so later output is not folded away', async () => {
    const io = runnerIO();
    await expect(
      io.group('apply', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await io.group('report', async () => undefined);
    expect(written).toEqual([
      '::group::apply\n',
      '::endgroup::\n',
      '::group::report\n',
      '::endgroup::\n',
    ]);
  });
});
