// The entry scripts/build.mjs bundles into every dist/<name>/undici.cjs: the real undici, named by
// a path that tsconfig.json's `paths` does not map (it maps the bare `undici` to
// undici-on-demand.ts, which loads this file's bundle on first use).
module.exports = require('undici/index.js');
