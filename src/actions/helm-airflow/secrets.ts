/**
 * The Airflow key Secrets helm-airflow owns (issue 12, item 4). Left to the chart, the JWT
 * secret and the API secret key are rendered with `randAlphaNum` on every `helm upgrade`
 * (chart/templates/secrets/jwt-secret.yaml, api-secret-key-secret.yaml; values.yaml: "not
 * advised to use in production as during helm upgrade it will be changed"), so every upgrade
 * would log users out and break running task tokens. We create each one once, with random
 * bytes from node:crypto, and point the chart at it with `<x>SecretName`; a re-run only
 * observes that it exists and never rewrites it.
 *
 * Keys each Secret must hold (chart templates/secrets/*.yaml and _helpers.yaml
 * `standard_airflow_environment`): `fernet-key`, `jwt-secret`, `api-secret-key` (Airflow 3),
 * `webserver-secret-key` (Airflow 2).
 */
import { randomBytes } from 'node:crypto';
import { formatCommand } from '../../lib/exec/runner.js';
import type { Change } from '../../lib/reconcile/engine.js';
import {
  applyArgs,
  managedNamespace,
  MANAGED_BY_LABEL,
  type Kubectl,
  type KubeObject,
} from '../../lib/tools/kubectl.js';
import type { HelmAirflowInputs } from './inputs.js';
import { getNamed } from './jobs.js';
import { airflowMajor } from './values.js';

export interface AirflowKeySecret {
  /** The chart value that names the Secret. */
  readonly valuesKey: string;
  /** Our Secret's name: never the chart's own name, or helm would delete ours with its own. */
  readonly name: string;
  /** The data key the chart reads. */
  readonly dataKey: string;
  /** The chart's inline value for the same key (a user who sets it keeps it). */
  readonly inlineKey: string;
  /** The name the chart gives the Secret it generates itself (adopted on the first run). */
  readonly chartName: string;
  /** A new random value. */
  readonly generate: () => string;
}

/**
 * A Fernet key is "32 url-safe base64-encoded bytes": pyca/cryptography fernet.py decodes it
 * with base64.urlsafe_b64decode and raises unless it is 32 bytes (padding included, as
 * Fernet.generate_key() writes it).
 */
export const fernetKey = (): string =>
  randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
/** Flask/JWT signing keys: 64 random bytes as hex (the chart itself uses 32-128 chars). */
const signingKey = (): string => randomBytes(64).toString('hex');

/**
 * Which Secrets the release needs, by Airflow major. Chart names from _helpers.yaml:
 * `fernet_key_secret` = RELEASE-fernet-key, `webserver_secret_key_secret` =
 * RELEASE-webserver-secret-key; api-secret-key-secret.yaml uses FULLNAME-api-secret-key and
 * jwt-secret.yaml the `jwt_secret` helper (FULLNAME-jwt-secret).
 */
export function airflowKeySecrets(
  inputs: Pick<HelmAirflowInputs, 'release'>,
  major: number,
  fullname: string,
): AirflowKeySecret[] {
  const r = inputs.release;
  const secrets: AirflowKeySecret[] = [
    {
      valuesKey: 'fernetKeySecretName',
      inlineKey: 'fernetKey',
      name: `${r}-static-fernet-key`,
      dataKey: 'fernet-key',
      chartName: `${r}-fernet-key`,
      generate: fernetKey,
    },
  ];
  if (major >= 3) {
    secrets.push(
      {
        valuesKey: 'jwtSecretName',
        inlineKey: 'jwtSecret',
        name: `${r}-static-jwt-secret`,
        dataKey: 'jwt-secret',
        chartName: `${fullname}-jwt-secret`,
        generate: signingKey,
      },
      {
        valuesKey: 'apiSecretKeySecretName',
        inlineKey: 'apiSecretKey',
        name: `${r}-static-api-secret-key`,
        dataKey: 'api-secret-key',
        chartName: `${fullname}-api-secret-key`,
        generate: signingKey,
      },
    );
  } else {
    secrets.push({
      valuesKey: 'webserverSecretKeySecretName',
      inlineKey: 'webserverSecretKey',
      name: `${r}-static-webserver-secret-key`,
      dataKey: 'webserver-secret-key',
      chartName: `${r}-webserver-secret-key`,
      generate: signingKey,
    });
  }
  return secrets;
}

/** The chart's `airflow.fullname` helper (_helpers.yaml): override, else RELEASE[-airflow]. */
export function chartFullname(release: string, values: Record<string, unknown>): string {
  const override = values.fullnameOverride;
  if (typeof override === 'string' && override) return override.slice(0, 63).replace(/-$/, '');
  const name =
    typeof values.nameOverride === 'string' && values.nameOverride
      ? values.nameOverride
      : 'airflow';
  return (release.includes(name) ? release : `${release}-${name}`).slice(0, 63).replace(/-$/, '');
}

/** `data`, not `stringData`: stringData does not work well with server-side apply. */
export function keySecretObject(
  namespace: string,
  secret: AirflowKeySecret,
  value: string,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: secret.name, namespace, labels: { ...MANAGED_BY_LABEL } },
    type: 'Opaque',
    data: { [secret.dataKey]: Buffer.from(value, 'utf8').toString('base64') },
  };
}

/** Present or absent: a Secret that exists is never read back for its value, nor rewritten. */
export type KeySecretState = 'absent' | 'present';

export async function observeKeySecrets(
  kubectl: Kubectl,
  namespace: string,
  secrets: readonly AirflowKeySecret[],
): Promise<Record<string, KeySecretState>> {
  const found = await getNamed(
    kubectl,
    'secret',
    secrets.map((s) => s.name),
    namespace,
  );
  return Object.fromEntries(secrets.map((s) => [s.name, found.has(s.name) ? 'present' : 'absent']));
}

/** The ones the merged values point at (a name or inline key the user set is theirs). */
export function secretsToOwn(
  inputs: Pick<HelmAirflowInputs, 'release'>,
  major: number,
  fullname: string,
  values: Record<string, unknown>,
): AirflowKeySecret[] {
  return airflowKeySecrets(inputs, major, fullname).filter((s) => values[s.valuesKey] === s.name);
}

/** secretsToOwn() for these inputs and values (the offline plan has no reconciler). */
export const ownedKeySecrets = (
  inputs: Pick<HelmAirflowInputs, 'release' | 'airflowVersion' | 'image'>,
  values: Record<string, unknown>,
): AirflowKeySecret[] =>
  secretsToOwn(inputs, airflowMajor(inputs), chartFullname(inputs.release, values), values);

export type KeySecretsOp = {
  readonly type: 'key-secrets';
  readonly names: readonly string[];
  readonly withNamespace: boolean;
};

export function planKeySecrets(
  namespace: string,
  secrets: readonly AirflowKeySecret[],
  observed: Record<string, KeySecretState> | undefined,
  namespaceExists: boolean | undefined,
): Change<KeySecretsOp>[] {
  return secrets.map((s): Change<KeySecretsOp> => {
    const resource = `secret/${namespace}/${s.name}`;
    const state = observed?.[s.name];
    if (state === 'present')
      return {
        resource,
        action: 'noop',
        reason: `holds ${s.dataKey} (${s.valuesKey}); kept as it is, never rotated`,
        commands: [],
      };
    return {
      resource,
      action: 'create',
      reason:
        state === 'absent'
          ? `does not exist: a random ${s.dataKey} is created once for ${s.valuesKey}`
          : `not observed; created once with a random ${s.dataKey} for ${s.valuesKey} if absent (an existing one is kept)`,
      commands: [formatCommand({ tool: 'kubectl', args: applyArgs() })],
      op: { type: 'key-secrets', names: [s.name], withNamespace: namespaceExists !== true },
    };
  });
}

/**
 * Creates the Secrets named in `op`. On the first run after the chart generated its own
 * (an existing release), its value is adopted: a new Fernet key would make every connection
 * and variable already encrypted unreadable. Every value is masked before kubectl sees it.
 */
export async function applyKeySecrets(
  kubectl: Kubectl,
  namespace: string,
  secrets: readonly AirflowKeySecret[],
  op: KeySecretsOp,
  mask: (value: string) => void,
): Promise<string> {
  const objects: KubeObject[] = [];
  if (op.withNamespace) objects.push(managedNamespace(namespace));
  let adopted = 0;
  const wanted = secrets.filter((x) => op.names.includes(x.name));
  const charts = op.withNamespace
    ? new Map<string, { metadata: { name: string }; data?: Record<string, string> }>()
    : await getNamed<{ metadata: { name: string }; data?: Record<string, string> }>(
        kubectl,
        'secret',
        wanted.map((s) => s.chartName),
        namespace,
      );
  for (const s of wanted) {
    const existing = charts.get(s.chartName)?.data?.[s.dataKey];
    const value = existing ? Buffer.from(existing, 'base64').toString('utf8') : s.generate();
    if (existing) adopted += 1;
    mask(value);
    objects.push(keySecretObject(namespace, s, value));
  }
  await kubectl.apply(objects);
  return `created (server-side apply from stdin${adopted ? `, value adopted from the chart's own Secret` : ', random value'})`;
}
