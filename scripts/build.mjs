// Bundles every src/actions/<name>/index.ts into dist/<name>/index.js with @vercel/ncc.
// Adding an action means adding its folder; nothing else lists the actions.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const names = readdirSync(path.join(root, 'src/actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'src/actions', d.name, 'index.ts')))
  .map((d) => d.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

if (only.length === 0) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const name of names) {
  const out = path.join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      `src/actions/${name}/index.ts`,
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
  console.log(`bundled dist/${name}/index.js`);
}
