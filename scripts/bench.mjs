// npm run bench: bundle sizes and cold start of every dist/<name>/index.js, as a ratio to bare
// `node -e 0`, medians over alternating runs (so machine noise hits both sides alike).
// Target: cold start <= 1.5x bare node.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const TARGET = 1.5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(args, env) {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const env = {
  PATH: process.env.PATH,
  GITHUB_OUTPUT: path.join(dir, 'out'),
  GITHUB_STEP_SUMMARY: path.join(dir, 'sum'),
  RUNNER_TEMP: dir,
};
writeFileSync(env.GITHUB_OUTPUT, '');
writeFileSync(env.GITHUB_STEP_SUMMARY, '');

const names = readdirSync(path.join(root, 'dist'))
  .filter((n) => existsSync(path.join(root, 'dist', n, 'index.js')))
  .sort();
if (names.length === 0) {
  console.error('no bundles in dist/: run npm run bundle first');
  process.exit(1);
}
const rows = [];
let worst = 0;
for (const name of names) {
  const bundleDir = path.join(root, 'dist', name);
  const files = readdirSync(bundleDir).filter((f) => f.endsWith('.js'));
  const entryKb = statSync(path.join(bundleDir, 'index.js')).size / 1024;
  const totalKb = files.reduce((sum, f) => sum + statSync(path.join(bundleDir, f)).size, 0) / 1024;
  const bare = [];
  const action = [];
  time(['-e', '0'], env); // warm the file cache
  time([path.join(bundleDir, 'index.js')], env);
  for (let i = 0; i < runs; i += 1) {
    bare.push(time(['-e', '0'], env));
    action.push(time([path.join(bundleDir, 'index.js')], env));
  }
  const ratio = median(action) / median(bare);
  worst = Math.max(worst, ratio);
  rows.push([
    name,
    `${entryKb.toFixed(0)} KiB`,
    `${totalKb.toFixed(0)} KiB`,
    `${median(bare).toFixed(1)} ms`,
    `${median(action).toFixed(1)} ms`,
    `${ratio.toFixed(2)}x`,
    ratio <= TARGET ? 'ok' : 'OVER',
  ]);
}

const header = [
  'bundle',
  'entry',
  'all chunks',
  'node -e 0',
  'cold start',
  'ratio',
  `<= ${TARGET}x`,
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `Cold start: median of ${runs} alternating runs, exit on a missing input (runner-style env).`,
);
console.log(fmt(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(fmt(r));
console.log(`worst ratio ${worst.toFixed(2)}x (target <= ${TARGET}x)`);

// The main job: `plan` over the example platform, offline (as on a fresh machine).
const planRuns = Number(process.env.BENCH_PLAN_RUNS ?? 5);
const planTimes = [];
for (let i = 0; i < planRuns; i += 1) {
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      './scripts/register-ts.mjs',
      'src/cli/main.ts',
      'plan',
      '--config',
      'examples/platform.yaml',
      '--offline',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(`plan failed: ${r.stderr}`);
    process.exit(1);
  }
  planTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
}
console.log(
  `\nplan (examples/platform.yaml, offline, 6 steps): median ${median(planTimes).toFixed(0)} ms over ${planRuns} runs`,
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
