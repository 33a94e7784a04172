/** The kubectl wrapper: JSON reads with NotFound as undefined, server-side apply from stdin. */
import { CliTool, isNotFound, parseJson, type ToolContext } from './tool.js';

/** The field manager our server-side applies are recorded under. */
export const FIELD_MANAGER = 'gke-data-platform';
export const MANAGED_BY_LABEL = { 'app.kubernetes.io/managed-by': FIELD_MANAGER } as const;

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/**
 * Serialises objects as a multi-document YAML stream for `kubectl apply -f -`. The YAML
 * library is loaded on first use to keep it off every action's start-up path.
 */
export async function toYamlStream(objects: readonly KubeObject[]): Promise<string> {
  const { stringify } = await import('yaml');
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}

export function applyArgs(
  options: { fieldManager?: string; dryRun?: 'server' | 'client'; forceConflicts?: boolean } = {},
): string[] {
  const args = [
    'apply',
    '--server-side',
    `--field-manager=${options.fieldManager ?? FIELD_MANAGER}`,
  ];
  // Takes over fields another manager set (e.g. by `kubectl annotate`): without it the API
  // server answers 409 "Apply failed with 1 conflict" and the value is never converged.
  if (options.forceConflicts) args.push('--force-conflicts');
  if (options.dryRun) args.push(`--dry-run=${options.dryRun}`);
  args.push('-f', '-');
  return args;
}

export class Kubectl extends CliTool {
  constructor(ctx: ToolContext) {
    super('kubectl', ctx);
  }

  /** `kubectl get KIND NAME [-n NS] -o json`, or undefined when it does not exist. */
  async get<T extends object = KubeObject>(
    kind: string,
    name: string,
    namespace?: string,
  ): Promise<T | undefined> {
    const args = [
      'get',
      kind,
      name,
      ...(namespace ? ['--namespace', namespace] : []),
      '-o',
      'json',
    ];
    try {
      const result = await this.read(args);
      return parseJson<T>(result.stdout, `kubectl get ${kind}/${name}`);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /**
   * Server-side apply from stdin. Secrets go this way too: client-side apply would copy their
   * data into the last-applied-configuration annotation.
   */
  async apply(
    objects: readonly KubeObject[],
    options: { fieldManager?: string; forceConflicts?: boolean } = {},
  ): Promise<string> {
    const result = await this.mutate(applyArgs(options), { stdin: await toYamlStream(objects) });
    return result.stdout.trim();
  }
}
