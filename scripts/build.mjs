// Bundles every src/actions/<name>/index.ts into dist/<name>/index.js with @vercel/ncc, and the
// CLI (src/cli/index.ts) into dist/cli/index.js, the package's `bin`: it runs with plain node,
// no TypeScript loader. Adding an action means adding its folder; nothing else lists the actions.
// Each folder also gets undici.cjs, loaded only when a proxy or fetch needs it
// (src/bundle/undici-on-demand.ts says why).
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDefinitions } from './definitions.mjs';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const names = readdirSync(path.join(root, 'src/actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'src/actions', d.name, 'index.ts')))
  .map((d) => d.name)
  .sort()
  .map((name) => ({ name, entry: `src/actions/${name}/index.ts` }))
  .concat([{ name: 'cli', entry: 'src/cli/index.ts' }])
  .filter(({ name }) => only.length === 0 || only.includes(name));

writeDefinitions();

if (only.length === 0) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

// The real undici, bundled once (CommonJS, as undici is written) and copied beside every bundle.
const undiciOut = mkdtempSync(path.join(tmpdir(), 'undici-build-'));
execFileSync(
  process.execPath,
  [ncc, 'build', 'src/bundle/undici.cjs', '-o', undiciOut, '--license', 'licenses.txt', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);
const undiciLicenses = readFileSync(path.join(undiciOut, 'licenses.txt'), 'utf8');

for (const { name, entry } of names) {
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      `dist/${name}`,
      '--source-map',
      // Maps are shipped, but not registered at start-up: the register helper reads them on
      // every run and costs more than the rest of the start-up. NODE_OPTIONS=--enable-source-maps
      // turns them on when a stack trace needs them.
      '--no-source-map-register',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  copyFileSync(path.join(undiciOut, 'index.cjs'), path.join(out, 'undici.cjs'));
  appendFileSync(path.join(out, 'licenses.txt'), `\n${undiciLicenses}`);
  if (name === 'cli') {
    // npx runs the bin directly: it needs the shebang and the executable bit.
    const file = path.join(out, 'index.js');
    writeFileSync(file, `#!/usr/bin/env node\n${readFileSync(file, 'utf8')}`);
    chmodSync(file, 0o755);
  }
  console.log(`bundled dist/${name}/index.js`);
}
rmSync(undiciOut, { recursive: true, force: true });
