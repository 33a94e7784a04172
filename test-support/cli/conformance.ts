/**
 * Real-CLI conformance: feeds argv to the real gcloud / kubectl / docker installed on the
 * machine, with no credentials and no cluster, and reports whether the CLI could PARSE it.
 * gcloud exits 2 on a parse error (and prints "unrecognized arguments" / "Invalid choice");
 * kubectl and docker print "unknown flag" / "unknown command" / "unknown shorthand flag".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ParseVerdict {
  readonly parsed: boolean;
  readonly exitCode: number;
  readonly stderr: string;
}

let sandbox: string | undefined;
function sandboxDir(): string {
  if (!sandbox) {
    sandbox = mkdtempSync(path.join(tmpdir(), 'cli-conformance-'));
    // kubectl: a kubeconfig that points at a closed local port.
    writeFileSync(
      path.join(sandbox, 'kubeconfig'),
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: closed, cluster: {server: "https://127.0.0.1:9"}}]',
        'users: [{name: nobody, user: {token: not-a-token}}]',
        'contexts: [{name: closed, context: {cluster: closed, user: nobody}}]',
        'current-context: closed',
      ].join('\n'),
    );
  }
  return sandbox;
}

const GCLOUD_PARSE_ERROR =
  /unrecognized arguments|Invalid choice|argument [-\w]+: |must be specified|ERROR: \(gcloud[^)]*\) (?:argument|Invalid)/;
const GO_CLI_PARSE_ERROR =
  /unknown flag|unknown shorthand flag|unknown command|flag needs an argument|invalid argument .* for/;

export function checkArgv(
  tool: 'gcloud' | 'kubectl' | 'docker',
  args: readonly string[],
): ParseVerdict {
  const dir = sandboxDir();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    CLOUDSDK_CONFIG: path.join(dir, 'gcloud'),
    CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
    CLOUDSDK_CORE_CHECK_GCE_METADATA: 'false',
    CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: '1',
    CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: 'true',
    KUBECONFIG: path.join(dir, 'kubeconfig'),
    DOCKER_HOST: `unix://${path.join(dir, 'no-docker.sock')}`,
    DOCKER_CONFIG: path.join(dir, 'docker'),
  };
  const result = spawnSync(tool, [...args], { env, input: '', encoding: 'utf8', timeout: 60_000 });
  const stderr = `${result.stderr ?? ''}`;
  const exitCode = result.status ?? -1;
  const parseError =
    tool === 'gcloud'
      ? exitCode === 2 || GCLOUD_PARSE_ERROR.test(stderr)
      : GO_CLI_PARSE_ERROR.test(stderr);
  return { parsed: !parseError, exitCode, stderr };
}

/** A file that exists, for argv that name one (set-iam-policy FILE, --lifecycle-file=FILE). */
export function existingFile(name: string, content = '{}'): string {
  const file = path.join(sandboxDir(), name);
  writeFileSync(file, content);
  return file;
}
