// Writes a generated file, or with `--check` on the command line exits 1 when the committed one
// differs (CI and the jest tests run the checks).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeOrCheck(target, text, command) {
  const name = path.basename(target);
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error(`${name} is stale: run \`${command}\` and commit it.`);
      process.exit(1);
    }
    console.log(`${name} is current`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${name}`);
  }
}
