/** Holds our runner adapter in step with @actions/core's protocol (see io.ts for why we have one). */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { inputVariable, runnerIO } from '../../../src/lib/action/io.js';
import { parseOutputs as parseOutputFile } from '../../../test-support/bundle.js';

describe('runnerIO speaks @actions/core protocol', () => {
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
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  it('reads inputs from the same variables', () => {
    process.env[inputVariable('project-id')] = ' alpine ';
    process.env[inputVariable('gsa display name')] = 'x';
    expect(inputVariable('project-id')).toBe('INPUT_PROJECT-ID');
    expect(runnerIO().getInput('project-id')).toBe(
      core.getInput('project-id', { trimWhitespace: false }),
    );
    expect(runnerIO().getInput('gsa display name')).toBe(core.getInput('gsa display name'));
  });

  it('writes outputs that parse to the same values, multi-line included', () => {
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    writeFileSync(ours, '');
    writeFileSync(theirs, '');
    const value = '[{"a":1}]\nsecond line';
    process.env.GITHUB_OUTPUT = theirs;
    core.setOutput('changes', value);
    runnerIO({ ...process.env, GITHUB_OUTPUT: ours }).setOutput('changes', value);
    expect(parseOutputFile(readFileSync(ours, 'utf8'))).toEqual(
      parseOutputFile(readFileSync(theirs, 'utf8')),
    );
    expect(parseOutputFile(readFileSync(ours, 'utf8'))).toEqual({ changes: value });
  });

  it('prints the same workflow commands for masks, errors, warnings and debug lines', () => {
    const io = runnerIO();
    const message = '100% done\nnext line\r';
    core.setSecret(message);
    io.setSecret(message);
    core.warning(message);
    io.warning(message);
    core.debug(message);
    io.debug(message);
    core.setFailed(message);
    io.setFailed(message);
    expect(written).toHaveLength(8);
    for (let i = 0; i < written.length; i += 2) expect(written[i + 1]).toBe(written[i]);
    expect(process.exitCode).toBe(1);
  });

  it('appends the job summary to GITHUB_STEP_SUMMARY and is silent without it', async () => {
    const file = path.join(dir, 'summary.md');
    writeFileSync(file, '');
    await runnerIO({ GITHUB_STEP_SUMMARY: file }).writeSummary('## hello');
    await runnerIO({ GITHUB_STEP_SUMMARY: file }).writeSummary('| a |\n');
    expect(readFileSync(file, 'utf8')).toBe('## hello\n| a |\n');
    await expect(runnerIO({}).writeSummary('x')).resolves.toBeUndefined();
  });
});
