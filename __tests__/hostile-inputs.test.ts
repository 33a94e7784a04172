/**
 * Hostile and careless input, through the built bundles as the runner runs them (issue 15):
 * nothing echoed, nothing granted that should not be. Cases F63 onward are listed in
 * docs/security-cases.md.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBundle, type BundleRun } from '../test-support/bundle.js';

const root = path.resolve(import.meta.dirname, '..');
const fakeBin = path.join(root, 'test-support/fake-bin');
const bundle = (name: string): string => path.join(root, 'dist', name, 'index.js');
const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'hostile-'));

/** Runs a bundle with the fake CLIs on PATH; returns the run and the CLI calls it made. */
function run(
  name: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  pathDirs: string[] = [],
): BundleRun & { calls: string } {
  const log = path.join(scratch(), 'calls.log');
  writeFileSync(log, '');
  const result = runBundle(
    bundle(name),
    inputs,
    {
      PATH: [...pathDirs, fakeBin, process.env.PATH ?? ''].join(path.delimiter),
      FAKE_CLI_LOG: log,
      ...env,
    },
    { timeoutMs: 60_000 },
  );
  return { ...result, calls: readFileSync(log, 'utf8') };
}

const errorLine = (r: BundleRun): string =>
  r.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';

describe('[F63] secret KEY=VALUE inputs: masked before parsing, errors name the line only', () => {
  const pasted = 'sk-live-PASTED-without-its-name-7f3a';
  it.each([
    ['a value pasted without its name', `OPENAI_API_KEY=sk-ok-1234\n${pasted}`, 2],
    ['a value wrapped onto two lines', `OPENAI_API_KEY=sk-first-half\n${pasted}`, 2],
    ['a base64 value whose padding reads as "="', 'c2stbGl2ZS1zZWNyZXQ==', 1],
    ['a line ending in "="', `${pasted}=`, 1],
  ])('apply-litellm env-secrets with %s', (_what, value, line) => {
    const r = run('apply-litellm', { 'env-secrets': value, 'dry-run': 'true' });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toMatch(new RegExp(`input "env-secrets": line ${line}\\b`));
    // Every line was registered with the runner before the error was written...
    const masks = r.stdout.indexOf('::add-mask::');
    expect(masks).toBeGreaterThanOrEqual(0);
    expect(masks).toBeLessThan(r.stdout.indexOf('::error::'));
    for (const part of value.split('\n')) expect(r.stdout).toContain(`::add-mask::${part.trim()}`);
    // ...and no part of any line is in the error, the debug log or the summary.
    const printed = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    for (const fragment of [pasted, 'sk-first-half', 'c2stbGl2ZS1zZWNyZXQ', 'sk-ok-1234'])
      expect(printed.join('\n') + r.stderr + r.summary).not.toContain(fragment);
    expect(r.calls).toBe('');
  });

  it('build-push-image secrets: a wrapped value is refused by line number, its base64 masked', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\n');
    const wrapped = 'wrapped-second-half-of-a-token-99';
    const r = run('build-push-image', {
      image: '127.0.0.1:5000/team/app',
      tags: 'v1',
      context: dir,
      secrets: `NPM_TOKEN=first-half-of-a-token\n${wrapped}`,
    });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain('input "secrets": line 2 must be NAME=VALUE');
    expect(r.stdout).toContain(`::add-mask::${Buffer.from(wrapped).toString('base64')}`);
    expect(errorLine(r)).not.toContain(wrapped);
    expect(r.calls).toBe('');
  });
});

describe('[F64] inline literal keys in a LiteLLM config file are never shown', () => {
  it('apply-litellm: redacted in the summary, absent from the log and the outputs', () => {
    const flow = 'sk-live-INLINE-flow-7f3a9c';
    const block = 'sk-live-INLINE-block-4411e';
    const file = path.join(scratch(), 'config.yaml');
    writeFileSync(
      file,
      `model_list:
  - model_name: a
    litellm_params: {model: openai/gpt-4o, api_key: ${flow}}
  - model_name: b
    litellm_params:
      api_key: "${block}"
      api_base: https://example.com
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
`,
    );
    const r = run('apply-litellm', {
      image: 'ghcr.io/berriai/litellm:v1.74.0',
      'master-key': 'sk-1234567890',
      'config-file': file,
      'dry-run': 'true',
    });
    expect(r.exitCode).toBe(0);
    // Registered with the runner, so it masks them in anything else the job prints...
    expect(r.stdout).toContain(`::add-mask::${flow}`);
    expect(r.stdout).toContain(`::add-mask::${block}`);
    // ...and nothing this step writes holds them: log, stderr, summary, outputs.
    const printed = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const written = [printed, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
    for (const secret of [flow, block]) {
      expect(written).not.toContain(secret);
      expect(written).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(written).not.toContain('sk-live-INLINE');
    // The config is still shown, its keys redacted, its os.environ references kept.
    expect(r.summary).toContain('litellm_params: {model: openai/gpt-4o, api_key: <redacted>}');
    expect(r.summary).toMatch(/^ +api_key: <redacted>$/m);
    expect(r.summary).toContain('master_key: os.environ/LITELLM_MASTER_KEY');
    // And the user is told why a ConfigMap is the wrong place for them.
    expect(r.stdout).toMatch(/^::warning::.*config\.yaml has inline api_key values/m);
  });
});

describe('[F65] child processes get only what their tool reads', () => {
  it('gcloud sees PATH and CLOUDSDK_*, never INPUT_* nor unrelated job variables', () => {
    const dir = scratch();
    const dump = path.join(dir, 'env.txt');
    // A gcloud that records its environment, then answers as the fake gcloud does.
    writeFileSync(
      path.join(dir, 'gcloud'),
      `#!/bin/sh\nenv >> "$ENV_DUMP"\nexec node '${path.join(fakeBin, 'gcloud')}' "$@"\n`,
    );
    chmodSync(path.join(dir, 'gcloud'), 0o755);
    const r = run(
      'setup-wi',
      {
        'project-id': 'alpine-figure-461007-i9',
        location: 'asia-southeast1-a',
        cluster: 'data-pipeline-cluster',
        'gsa-name': 'cloudsql-proxy-gsa',
        'dry-run': 'true',
      },
      {
        ENV_DUMP: dump,
        GKE_DP_CHILD_ENV: 'FAKE_CLI_LOG ENV_DUMP',
        CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
        JOB_SECRET_CANARY: 'do-not-pass-me',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-canary',
      },
      [dir],
    );
    expect(r.exitCode).toBe(0);
    const seen = readFileSync(dump, 'utf8');
    expect(seen).toMatch(/^PATH=/m);
    expect(seen).toContain('CLOUDSDK_CORE_DISABLE_PROMPTS=1');
    expect(seen).not.toMatch(/^INPUT_/m);
    expect(seen).not.toContain('alpine-figure-461007-i9\n'); // INPUT_PROJECT-ID's value line
    expect(seen).not.toContain('do-not-pass-me');
    expect(seen).not.toContain('oidc-request-token-canary');
  });
});

describe('[F66] file inputs: regular files only, size-limited, the input named', () => {
  it.each([
    ['deploy-app', { manifests: '/dev/zero' }, 'manifests', 'is a device'],
    ['setup-wi', { config: '/dev/zero' }, 'config', 'is a device'],
    ['apply-litellm', { 'config-file': '/dev/null' }, 'config-file', 'is a device'],
  ])('%s refuses %j at once, without a stack trace', (name, inputs, input, rule) => {
    const r = run(name, {
      ...inputs,
      ...(name === 'apply-litellm'
        ? { image: 'ghcr.io/berriai/litellm:v1.74.0', 'master-key': 'sk-1234567890' }
        : {}),
    });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain(`input "${input}": `);
    expect(errorLine(r)).toContain(rule);
    expect(r.stdout + r.stderr).not.toContain('Invalid string length');
    expect(r.stdout).not.toMatch(/::debug::.*%0A\s+at /); // [F74] no stack for an expected failure
    expect(r.calls).toBe('');
  });

  it('[F78] a FIFO as the platform file fails at once instead of waiting for a writer', () => {
    const fifo = path.join(scratch(), 'platform.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = run('setup-wi', { config: fifo });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain(`input "config": ${fifo} is a pipe`);
  });

  it('a values file over the size limit names values-files', () => {
    const file = path.join(scratch(), 'values.yaml');
    writeFileSync(file, `a: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    const r = run('helm-airflow', {
      namespace: 'airflow',
      'chart-version': '1.22.0',
      'values-files': file,
      'dry-run': 'true',
    });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toMatch(
      /input "values-files": .*values\.yaml is larger than the 4 MiB limit/,
    );
  });
});

describe('[F67] YAML alias bombs name the input', () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
    ...Array.from({ length: 8 }, (_, i) => {
      const p = String.fromCharCode(97 + i);
      const n = String.fromCharCode(98 + i);
      return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
    }),
  ].join('\n');
  it('in deploy-app manifests', () => {
    const file = path.join(scratch(), 'app.yaml');
    writeFileSync(
      file,
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  ${bomb.replace(/\n/g, '\n  ')}\n`,
    );
    const r = run('deploy-app', { manifests: file });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toMatch(
      /input "manifests": .*app\.yaml document 1 is not valid YAML: .*alias/i,
    );
    expect(r.calls).toBe('');
  });
  it('in the platform file', () => {
    const file = path.join(scratch(), 'platform.yaml');
    writeFileSync(file, `${bomb}\n`);
    const r = run('setup-wi', { config: file });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toMatch(/input "config": .*platform\.yaml is not valid YAML: .*alias/i);
  });
});

describe('[F68] long and pathological strings are refused by length first, never echoed', () => {
  // 100 KB: the size (an e-mail of that size took over 10 s), and under Linux's
  // 128 KiB limit for one environment variable, so the runner could really pass it.
  const shapes = {
    email: `a@${'a.'.repeat(50_000)} `,
    image: `${'a-'.repeat(50_000)}!`,
    name: 'a'.repeat(100_000),
  };
  it.each([
    ['helm-airflow', 'admin-email', shapes.email],
    ['helm-airflow', 'image', shapes.image],
    ['deploy-app', 'images', `backend=${shapes.image}`],
    ['build-push-image', 'image', shapes.image],
    ['setup-wi', 'project-id', shapes.name],
    ['gcs-log-bucket', 'member', shapes.email],
    ['apply-litellm', 'image', shapes.image],
  ])(
    '%s %s (100 KB) fails naming the input, quickly',
    (name, input, value) => {
      const r = run(name, { [input]: value });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error::[a-z-]+: input "[a-z-]+": /);
      expect(r.stdout.length).toBeLessThan(20_000);
    },
    30_000,
  );
});

describe("[F69] a step summary stays under GitHub's 1 MiB limit", () => {
  it('apply-litellm dry run with a 2 MiB config: manifests shortened, outcome table kept', () => {
    const lines = ['model_list:'];
    for (let i = 0; i < 15_000; i += 1)
      lines.push(
        `  - model_name: model-${i}`,
        `    litellm_params: {model: openai/gpt-4o-${i}, api_key: os.environ/OPENAI_API_KEY, api_base: https://example.com/v1/${i}}`,
      );
    const file = path.join(scratch(), 'config.yaml');
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(2 * 1024 * 1024);
    const r = run('apply-litellm', {
      image: 'ghcr.io/berriai/litellm:v1.74.0',
      'master-key': 'sk-1234567890',
      'config-file': file,
      'env-secrets': 'OPENAI_API_KEY=sk-provider-key-123',
      'dry-run': 'true',
    });
    expect(r.exitCode).toBe(0);
    const limit = 1024 * 1024; // GitHub: "each step is restricted to a maximum size of 1MiB"
    expect(Buffer.byteLength(r.summary, 'utf8')).toBeLessThanOrEqual(limit);
    // The heading and the whole outcome table are kept.
    expect(r.summary.startsWith('## apply-litellm (dry run: nothing was changed)')).toBe(true);
    expect(r.summary).toContain('| Resource | Action | Result | Detail |');
    for (const resource of [
      'Namespace/model-serving',
      'ConfigMap/model-serving/litellm-config',
      'Deployment/model-serving/litellm',
      'Service/model-serving/litellm',
    ])
      expect(r.summary).toContain(`| \`${resource}\` | create | 📝 planned |`);
    // The manifests section says it was shortened, and from what: more than 1 MiB.
    const note =
      /_Shortened: (\d+) of (\d+) bytes shown\. GitHub drops a step summary over 1 MiB whole\._/.exec(
        r.summary,
      );
    expect(note).not.toBeNull();
    expect(Number(note?.[2])).toBeGreaterThan(limit);
    expect(Number(note?.[1])).toBeLessThan(Number(note?.[2]));
    // What is shown is the start of the manifests, in a closed code fence and section.
    expect(r.summary).toContain('  - model_name: model-0\n');
    expect(r.summary).not.toContain('model_name: model-14999');
    expect(r.summary.match(/^```/gm)?.length).toBe(2);
    expect(r.summary.trimEnd().endsWith('</details>')).toBe(true);
  });
});

describe('[F70] deploy-app and apply-litellm refuse cluster-scoped objects', () => {
  const binding = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: default-is-admin}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects: [{kind: ServiceAccount, name: default, namespace: application}]
`;
  it.each(['deploy-app', 'apply-litellm'])('%s names the object; nothing is run', (name) => {
    const file = path.join(scratch(), 'rbac.yaml');
    writeFileSync(file, binding);
    const r = run(name, { manifests: file, namespace: 'application', 'dry-run': 'true' });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain(
      'input "manifests": ClusterRoleBinding/default-is-admin is cluster-scoped',
    );
    expect(errorLine(r)).toContain('allow-cluster-scoped: true');
    expect(r.calls).toBe('');
    const allowed = run(name, {
      manifests: file,
      namespace: 'application',
      'allow-cluster-scoped': 'true',
      'dry-run': 'true',
    });
    expect(errorLine(allowed)).not.toContain('cluster-scoped');
    expect(allowed.calls).toContain('kubectl');
  });
});

describe('[F71] public IAM principals are refused in every spelling', () => {
  const base = {
    'project-id': 'alpine-figure-461007-i9',
    bucket: 'airflow-logs-x1',
    location: 'asia-southeast1',
  };
  it.each([
    'allUsers',
    'allAuthenticatedUsers',
    'ALLUSERS',
    'principalSet://goog/public:all',
    'principalSet://GOOG/PUBLIC:ALL',
    'domain:gmail.com',
    'principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/github/*',
  ])('member %s', (member) => {
    const r = run('gcs-log-bucket', { ...base, member });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toMatch(/input "member": .*grants access to every/);
    expect(r.calls).toBe('');
  });
  it('through the platform file', () => {
    const file = path.join(scratch(), 'platform.yaml');
    writeFileSync(
      file,
      'project: alpine-figure-461007-i9\nregion: asia-southeast1\nlogBucket:\n  name: airflow-logs-x1\n  member: principalSet://goog/public:all\n',
    );
    const r = run('gcs-log-bucket', { config: file });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toMatch(/input "config": .*logBucket\.member: .*everyone on the internet/);
    expect(r.calls).toBe('');
  });
});

describe('[F72] least privilege for the workload identity', () => {
  it('setup-wi warns when the workload GSA gets Kubernetes or admin roles', () => {
    const r = run('setup-wi', {
      'project-id': 'alpine-figure-461007-i9',
      location: 'asia-southeast1-a',
      cluster: 'data-pipeline-cluster',
      'gsa-name': 'cloudsql-proxy-gsa',
      'project-roles': 'roles/cloudsql.client\nroles/container.developer\nroles/storage.admin',
      'dry-run': 'true',
    });
    expect(r.exitCode).toBe(0);
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings.some((w) => w.includes('roles/container.developer'))).toBe(true);
    expect(warnings.some((w) => w.includes('roles/storage.admin'))).toBe(true);
    expect(warnings.some((w) => w.includes('project-roles: roles/cloudsql.client'))).toBe(false);
  });
});

describe('[F73] docker login leaves no token behind', () => {
  it('build-push-image logs in with a DOCKER_CONFIG under RUNNER_TEMP and removes it', () => {
    const dir = scratch();
    const context = path.join(dir, 'ctx');
    mkdirSync(context);
    writeFileSync(path.join(context, 'Dockerfile'), 'FROM scratch\n');
    const record = path.join(dir, 'docker.log');
    // A docker that stores the login as the real client does, in $DOCKER_CONFIG/config.json.
    writeFileSync(
      path.join(dir, 'docker'),
      `#!/bin/sh
echo "$* DOCKER_CONFIG=$DOCKER_CONFIG" >> '${record}'
case "$1" in
  login) cat > /dev/null; printf '{"auths":{"x":{"auth":"secret"}}}' > "$DOCKER_CONFIG/config.json"; exit 0;;
  manifest) echo "no such manifest" >&2; exit 1;;
  *) echo "not faked" >&2; exit 1;;
esac
`,
    );
    chmodSync(path.join(dir, 'docker'), 0o755);
    const r = run(
      'build-push-image',
      {
        image: 'asia-southeast1-docker.pkg.dev/alpine-figure-461007-i9/apps/app',
        tags: 'v1',
        context,
        'dry-run': 'true',
      },
      { GKE_DP_CHILD_ENV: 'FAKE_CLI_LOG' },
      [dir],
    );
    expect(r.exitCode).toBe(0);
    const login = readFileSync(record, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('login'));
    const configDir = /DOCKER_CONFIG=(\S+)/.exec(login ?? '')?.[1] ?? '';
    expect(configDir).toMatch(/docker-config-/);
    expect(existsSync(configDir)).toBe(false); // removed when the step ended
    // HOME is the step's scratch folder (test-support/bundle.ts): nothing was written there.
    expect(existsSync(path.join(path.dirname(configDir), '.docker', 'config.json'))).toBe(false);
  });
});

describe('[F11] [F75] [F76] no Google credentials: preflight says which and what to add', () => {
  const inputs = {
    'project-id': 'alpine-figure-461007-i9',
    location: 'asia-southeast1-a',
    cluster: 'data-pipeline-cluster',
    'gsa-name': 'cloudsql-proxy-gsa',
    'dry-run': 'true',
  };
  const runner = {
    GITHUB_ACTIONS: 'true',
    RUNNER_ENVIRONMENT: 'github-hosted',
    GITHUB_JOB: 'deploy',
  };
  it('[F11] [F76] the job lacks id-token: write', () => {
    const r = run('setup-wi', inputs, runner);
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is unset');
    expect(errorLine(r)).toContain('id-token: write');
    expect(errorLine(r)).toContain('job "deploy"');
    expect(errorLine(r)).toContain('reusable workflow');
    expect(r.calls).toBe('');
  });
  it('[F75] auth did not run', () => {
    const r = run('setup-wi', inputs, {
      ...runner,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
    });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain('google-github-actions/auth has not run in job "deploy"');
    expect(r.calls).toBe('');
  });
  it('[F75] credentials from another job (file missing) are named', () => {
    const r = run('setup-wi', inputs, {
      ...runner,
      GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/gha-creds-1.json',
    });
    expect(r.exitCode).toBe(1);
    expect(errorLine(r)).toContain('/nonexistent/gha-creds-1.json, which does not exist');
    expect(r.calls).toBe('');
  });
  it('with what auth exports, the step runs (dry run observes, so it is checked too)', () => {
    const creds = path.join(scratch(), 'gha-creds-abc.json');
    writeFileSync(creds, '{}');
    const r = run('setup-wi', inputs, {
      ...runner,
      CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: creds,
      GOOGLE_APPLICATION_CREDENTIALS: creds,
      GOOGLE_GHA_CREDS_PATH: creds,
    });
    expect(r.exitCode).toBe(0);
    expect(r.calls).toContain('gcloud container clusters describe');
  });
  it('outside a GitHub runner (the CLI, a laptop) nothing is required', () => {
    const r = run('setup-wi', inputs);
    expect(r.exitCode).toBe(0);
  });
});
