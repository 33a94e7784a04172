/**
 * PATH shims for the pipeline test: `gcloud`, `kubectl` and `docker` wrappers that append
 * their argv to a log and exec the real binary, so the test can assert over every argv any
 * bundle ran (secrets must never be there) and count image builds.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findOnPath } from '../../src/lib/exec/process-runner.js';

export interface ArgvShims {
  readonly dir: string;
  readonly log: string;
  /** Every recorded command line (argv joined by spaces), oldest first. */
  lines(): string[];
}

export async function createArgvShims(
  tools: readonly string[],
  searchPath: string,
): Promise<ArgvShims> {
  const dir = mkdtempSync(path.join(tmpdir(), 'argv-shims-'));
  const log = path.join(dir, 'argv.log');
  writeFileSync(log, '');
  for (const tool of tools) {
    const real = await findOnPath(tool, searchPath);
    if (!real) throw new Error(`argv shims: ${tool} is not on PATH`);
    const shim = path.join(dir, tool);
    writeFileSync(
      shim,
      `#!/bin/sh\n{ printf '%s' '${tool}'; for a in "$@"; do printf ' %s' "$a"; done; printf '\\n'; } >> '${log}'\nexec '${real}' "$@"\n`,
    );
    chmodSync(shim, 0o755);
  }
  return {
    dir,
    log,
    lines: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
  };
}
