/** The kubectl wrapper: JSON reads with NotFound as undefined, server-side apply from stdin. */
import { CliTool, isNotFound, parseJson, type ToolContext } from './tool.js';

/** The field manager our server-side applies are recorded under. */
export const FIELD_MANAGER = 'gke-data-platform';
/** The API group of an apiVersion: '' for the core group (`v1`), `apps` for `apps/v1`. */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash > 0 ? apiVersion.slice(0, slash) : '';
}

/** `kind.group` as kubectl names a resource type, so custom kinds resolve unambiguously. */
export function resourceType(o: { readonly apiVersion: string; readonly kind: string }): string {
  const group = apiGroupOf(o.apiVersion);
  return `${o.kind.toLowerCase()}${group ? `.${group}` : ''}`;
}

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

/** A Namespace we create, labelled as ours (so nothing we did not create is taken for ours). */
export function managedNamespace(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { ...MANAGED_BY_LABEL } },
  };
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

/**
 * Keeps only kubectl's own error lines: on some failures kubectl echoes the object it tried to
 * send ("error when applying patch: {...}"), which for a Secret is its data (F36). kubectl
 * builds that message as "applying patch:\n<patch>\nto:\n<object info>\nfor:" in
 * pkg/cmd/apply/apply.go (line 749 at kubernetes/kubectl@dee3483), through AddSourceToErr in
 * pkg/cmd/util/helpers.go ("error when %s %q: %v"); the patch bytes are the object's content.
 * A server-side apply fails as "error when serverside-apply" (apply.go line 579), one line.
 * When no line is kubectl's own, the first line alone is kept, cut to 400 characters.
 */
export function sanitizeApplyError(stderr: string): string {
  const cut = (l: string): string => (l.length > 400 ? `${l.slice(0, 400)}…` : l);
  const kept = stderr
    .split('\n')
    .map((l) =>
      l.replace(
        /(error when (?:applying patch|creating|retrieving (?:current|modified) configuration))[\s\S]*$/i,
        '$1',
      ),
    )
    .filter((l) => /^(error|Error from server|Warning|unable|the server)/i.test(l.trim()))
    .map(cut)
    .join('\n');
  return kept || cut(stderr.split('\n')[0] ?? '');
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
   * The one `kubectl apply`: server-side, from stdin, retried on transient failures (apply is
   * idempotent: F50), with errors cut to kubectl's own lines. Secrets go this way too:
   * client-side apply would copy their data into the last-applied-configuration annotation.
   */
  async apply(
    objects: readonly KubeObject[],
    options: { fieldManager?: string; forceConflicts?: boolean } = {},
  ): Promise<string> {
    const result = await this.mutate(applyArgs(options), {
      stdin: await toYamlStream(objects),
      sanitize: sanitizeApplyError,
    });
    return result.stdout.trim();
  }
}
