/** Unit pins for issue 15's helpers; the bundle-level cases are in __tests__/hostile-inputs.test.ts. */
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, CommandError, isBug } from '../../../src/lib/errors.js';
import { fitSummary, SUMMARY_LIMIT_BYTES } from '../../../src/lib/action/summary-limit.js';
import { deploySummary } from '../../../src/lib/k8s/report.js';
import { inlineSecretValues, redactInlineSecrets } from '../../../src/lib/k8s/inline-secrets.js';
import { displayYaml } from '../../../src/lib/k8s/manifests.js';
import { childEnv } from '../../../src/lib/exec/child-env.js';
import { publicPrincipalReason } from '../../../src/lib/validate/principals.js';
import { secretInputValues, parseSecretLines } from '../../../src/lib/inputs/secrets.js';
import { broadRoleWarnings } from '../../../src/lib/validate/least-privilege.js';

describe('[F74] stack traces only for bugs', () => {
  it.each([
    [new ConfigurationError('x', 'y'), false],
    [new CommandError('gcloud x', 1, 'boom', 'permanent'), false],
    [new Error('a rollout failed'), false],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), true],
    [new RangeError('Invalid string length'), true],
    ['a thrown string', true],
  ])('%s -> bug: %s', (err, bug) => {
    expect(isBug(err)).toBe(bug);
  });
});

describe('[F69] step summaries stay under 1 MiB', () => {
  const outcomes = [
    {
      resource: 'Deployment/application/fastapi-backend',
      action: 'update',
      status: 'done',
      detail: 'image changed',
    },
  ] as const;
  const big = Array.from({ length: 60_000 }, (_, i) => `key${i}: ${'v'.repeat(30)}`).join('\n');

  it('shortens the manifests section, keeps the heading, outcome table and warnings, says so', () => {
    const md = deploySummary({
      heading: 'deploy-app',
      outcomes: [...outcomes],
      warnings: ['images are not pinned by digest'],
      manifestsYaml: big,
    });
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const out = fitSummary(md);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(out).toContain(
      '| `Deployment/application/fastapi-backend` | update | ✅ done | image changed |',
    );
    expect(out).toContain('images are not pinned by digest');
    expect(out).toMatch(
      /_Shortened: \d+ of \d+ bytes shown\. GitHub drops a step summary over 1 MiB whole\._/,
    );
    // The code fence is closed and the section too, so the rest of the page renders.
    expect(out.match(/```/g)?.length).toBe(2);
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('cuts the tail when there is no collapsible section, keeping the beginning', () => {
    const md = `## x\n\n| a |\n| --- |\n| b |\n\n${'line of text\n'.repeat(120_000)}`;
    const out = fitSummary(md, 100_000);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(100_000);
    expect(out.startsWith('## x\n\n| a |\n| --- |\n| b |')).toBe(true);
    expect(out).toContain('_Shortened:');
  });

  it('leaves a summary under the limit untouched', () => {
    expect(fitSummary('## ok\n')).toBe('## ok\n');
  });
});

describe('[F64] literal credentials in config text', () => {
  const config = `model_list:
  - model_name: a
    litellm_params: {model: openai/gpt-4o, api_key: sk-inline-flow-123}
  - model_name: b
    litellm_params:
      api_key: "sk-inline block 456"
      api_base: https://example.com
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
`;
  it('finds the literal values, not the os.environ references', () => {
    expect(inlineSecretValues(config)).toEqual(['sk-inline-flow-123', 'sk-inline block 456']);
  });
  it('redacts them in ConfigMaps wherever manifests are displayed', async () => {
    const shown = await displayYaml([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'litellm-config' },
        data: { 'config.yaml': config },
      },
    ]);
    expect(shown).not.toContain('sk-inline');
    expect(shown).toContain('api_key: <redacted>');
    expect(shown).toContain('os.environ/LITELLM_MASTER_KEY');
    expect(redactInlineSecrets('api_base: https://x\n')).toBe('api_base: https://x\n');
  });
});

describe('[F65] child environment allow-list', () => {
  const base = {
    PATH: '/bin',
    HOME: '/home/runner',
    INPUT_MASTER_KEY: 'sk-secret',
    'INPUT_ENV-SECRETS': 'A=b',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    GITHUB_TOKEN: 'ghs_x',
    CLOUDSDK_CORE_PROJECT: 'p',
    KUBECONFIG: '/k',
    HELM_CACHE_HOME: '/h',
    DOCKER_HOST: 'unix:///d',
  };
  it.each([
    ['gcloud', ['PATH', 'HOME', 'CLOUDSDK_CORE_PROJECT']],
    ['kubectl', ['PATH', 'HOME', 'CLOUDSDK_CORE_PROJECT', 'KUBECONFIG']],
    [
      '/opt/hostedtoolcache/helm/3.18.4/x64/helm',
      ['PATH', 'HOME', 'CLOUDSDK_CORE_PROJECT', 'KUBECONFIG', 'HELM_CACHE_HOME'],
    ],
    ['docker', ['PATH', 'HOME', 'ACTIONS_RUNTIME_TOKEN', 'CLOUDSDK_CORE_PROJECT', 'DOCKER_HOST']],
    ['node', ['PATH', 'HOME']],
  ])('%s gets exactly %j', (tool, names) => {
    expect(Object.keys(childEnv(tool, base)).sort()).toEqual([...names].sort());
  });
  it('INPUT_* never passes, even when named in GKE_DP_CHILD_ENV; the command env wins', () => {
    const env = childEnv(
      'gcloud',
      { ...base, GKE_DP_CHILD_ENV: 'INPUT_MASTER_KEY X', X: '1' },
      { DOCKER_CONFIG: '/tmp/c' },
    );
    expect(env.INPUT_MASTER_KEY).toBeUndefined();
    expect(env.X).toBe('1');
    expect(env.DOCKER_CONFIG).toBe('/tmp/c');
  });
});

describe('[F71] [F77] public principals', () => {
  it.each([
    'allUsers',
    'allAuthenticatedUsers',
    'AllUsers',
    'user:allUsers',
    'deleted:allAuthenticatedUsers',
    'principalSet://goog/public:all',
    'domain:GMAIL.com',
    'principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/*',
  ])('%s is public', (m) => expect(publicPrincipalReason(m)).toBeDefined());
  it.each([
    'serviceAccount:a@p.iam.gserviceaccount.com',
    'group:team@example.com',
    'domain:example.com',
    'principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/attribute.repository/o/r',
  ])('%s is not', (m) => expect(publicPrincipalReason(m)).toBeUndefined());
});

describe('[F63] secret lines', () => {
  it('registers each line, trimmed and raw, and each value, skipping 1-2 character parts', () => {
    const values = secretInputValues('env-secrets', 'A=sk-one-1\n  wrapped-tail  \nB=x');
    expect(values).toEqual(
      expect.arrayContaining(['sk-one-1', 'A=sk-one-1', '  wrapped-tail  ', 'wrapped-tail', 'B=x']),
    );
    expect(values).not.toContain('x');
  });
  it('names lines only', () => {
    expect(() => parseSecretLines('s', 'A=1\n\n# c\nnope-secret')).toThrow(
      'input "s": line 4 must be NAME=VALUE',
    );
    expect(parseSecretLines('s', 'A=b==\n')).toEqual([['A', 'b==']]);
  });
});

describe('[F72] broad workload roles', () => {
  it('warns for container.*, storage admin roles and basic roles only', () => {
    const w = broadRoleWarnings('project-roles', [
      'roles/cloudsql.client',
      'roles/storage.objectUser',
      'roles/container.developer',
      'roles/storage.objectAdmin',
      'roles/editor',
    ]);
    expect(w.map((x) => /roles\/[\w.]+/.exec(x)?.[0])).toEqual([
      'roles/container.developer',
      'roles/storage.objectAdmin',
      'roles/editor',
    ]);
  });
});
