/**
 * A local stand-in for the Google Cloud APIs our actions reach through the REAL gcloud: IAM,
 * Resource Manager, GKE, Cloud Storage and Artifact Registry on one loopback HTTP server.
 * gcloud is pointed at it with CLOUDSDK_API_ENDPOINT_OVERRIDES_<API> (see `env`), so our argv,
 * gcloud's own request building, its output formatting and its error texts are all real.
 * Start one per test file: `const emu = await startGcpEmulator()`, then
 * `new ProcessRunner(io, undefined, { ...process.env, ...emu.env })`.
 *
 * What gcloud 528 was seen to do against it (run with --log-http to check again):
 * - it re-sends a request answered 5xx itself (5 requests, 2-16 s apart; the waits are scaled
 *   by `gcloudSleepScale`), but not one answered 429: a fault with `times: n` on a 5xx route
 *   is used up 5 per gcloud call;
 * - IAM and Resource Manager reads are `POST ...:getIamPolicy` (not counted as mutations);
 *   GCS bucket IAM is `GET`/`PUT /storage/v1/b/NAME/iam`, a stale etag there is 412;
 * - `container clusters describe` of a missing cluster also lists `locations/-/clusters`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { artifactRegistryRoutes } from './artifactregistry.js';
import { gkeRoutes } from './gke.js';
import { DEFAULT_TOKEN, denied, type GcpIdentity } from './identities.js';
import { crmRoutes, iamRoutes } from './iam.js';
import {
  EmulatorServer,
  googleError,
  isMutating,
  type Fault,
  type RecordedRequest,
} from './server.js';
import { GcpState } from './state.js';
import { storageRoutes } from './storage.js';

export type { Fault, RecordedRequest } from './server.js';
export { googleError, isMutating } from './server.js';
export { READ_ONLY_PERMISSIONS, permissionFor, type GcpIdentity } from './identities.js';
export { storageError } from './storage.js';
export { CONCURRENT_CHANGE } from './policy.js';
export { GcpState } from './state.js';
export type {
  Bucket,
  BucketSeed,
  Cluster,
  IamBinding,
  NodePool,
  Policy,
  Project,
  Repository,
  ServiceAccount,
} from './state.js';

export interface GcpEmulator {
  readonly url: string;
  /** Everything the real gcloud needs to talk to this emulator and nothing else. */
  readonly env: Record<string, string>;
  readonly state: GcpState;
  requests(): RecordedRequest[];
  /**
   * Added: an identity holding exactly `permissions` (IAM permission names, see identities.ts)
   * and the gcloud env that signs in as it (its own access-token file). The default `env`
   * signs in as the deployer, who may do everything.
   */
  addIdentity(name: string, permissions: readonly string[]): Promise<Record<string, string>>;
  /** Every request that may change state: non-GET, except the POST reads `:getIamPolicy`. */
  mutatingRequests(): RecordedRequest[];
  /** The next `times` matching requests answer `status` with `body` or a Google error body. */
  inject(fault: Fault): void;
  clearRequests(): void;
  stop(): Promise<void>;
}

/** The API names gcloud accepts in CLOUDSDK_API_ENDPOINT_OVERRIDES_<API>. */
const APIS = ['IAM', 'CLOUDRESOURCEMANAGER', 'CONTAINER', 'STORAGE', 'ARTIFACTREGISTRY'];

export interface EmulatorOptions {
  /**
   * Factor applied to every sleep inside gcloud (default 0.01). gcloud itself retries 429/5xx
   * five times with 2-16 s backoff and sleeps between operation polls; scaling those waits
   * keeps fault tests fast without changing which requests gcloud sends. 1 = real time.
   */
  readonly gcloudSleepScale?: number;
}

/**
 * Loaded by gcloud's Python through PYTHONPATH (site-packages enabled, so `sitecustomize` is
 * imported at start-up): scales time.sleep, nothing else.
 */
const SITECUSTOMIZE = `import os, time
_scale = float(os.environ.get('GCP_EMULATOR_SLEEP_SCALE', '1'))
if _scale != 1:
    _real_sleep = time.sleep
    def _scaled_sleep(seconds):
        _real_sleep(max(0.0, seconds) * _scale)
    time.sleep = _scaled_sleep
`;

export async function startGcpEmulator(options: EmulatorOptions = {}): Promise<GcpEmulator> {
  const state = new GcpState();
  const server = new EmulatorServer(state, [
    ...iamRoutes,
    ...crmRoutes,
    ...gkeRoutes,
    ...storageRoutes,
    ...artifactRegistryRoutes,
  ]);
  const identities = new Map<string, GcpIdentity>([
    [DEFAULT_TOKEN, { name: 'deployer', permissions: ['*'] }],
  ]);
  server.authorize = (request, token) => {
    const identity = identities.get(token);
    if (!identity)
      return googleError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'UNAUTHENTICATED',
      );
    request.identity = identity.name;
    return denied(identity, request);
  };
  const url = await server.listen();
  const dir = await mkdtemp(path.join(tmpdir(), 'gcp-emulator-'));
  const tokenFile = path.join(dir, 'access-token');
  await writeFile(tokenFile, `${DEFAULT_TOKEN}\n`, { mode: 0o600 });
  const pythonDir = path.join(dir, 'python');
  await mkdir(pythonDir);
  await writeFile(path.join(pythonDir, 'sitecustomize.py'), SITECUSTOMIZE);
  const pythonPath = [pythonDir, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter);
  const env: Record<string, string> = {
    CLOUDSDK_CONFIG: path.join(dir, 'gcloud-config'),
    CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile,
    CLOUDSDK_CORE_DISABLE_PROMPTS: '1',
    CLOUDSDK_CORE_DISABLE_USAGE_REPORTING: '1',
    CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK: '1',
    CLOUDSDK_CORE_SHOW_STRUCTURED_LOGS: 'never',
    // A real job's credentials must never be used against the emulator, nor the reverse.
    GOOGLE_APPLICATION_CREDENTIALS: '',
    CLOUDSDK_PYTHON_SITEPACKAGES: '1',
    PYTHONPATH: pythonPath,
    GCP_EMULATOR_SLEEP_SCALE: String(options.gcloudSleepScale ?? 0.01),
    // Children get an allow-listed environment (src/lib/exec/child-env.ts): pass the scale on.
    GKE_DP_CHILD_ENV: 'GCP_EMULATOR_SLEEP_SCALE FAKE_CLI_LOG',
    CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: '',
    ...Object.fromEntries(APIS.map((api) => [`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api}`, `${url}/`])),
  };
  return {
    url,
    env,
    state,
    requests: () => server.requests(),
    async addIdentity(name, permissions) {
      const token = `token-${name}-${identities.size}-${Date.now()}`;
      identities.set(token, { name, permissions });
      const file = path.join(dir, `access-token-${name}`);
      await writeFile(file, `${token}\n`, { mode: 0o600 });
      return { ...env, CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: file };
    },
    mutatingRequests: () => server.requests().filter(isMutating),
    inject: (fault) => server.inject(fault),
    clearRequests: () => server.clear(),
    async stop() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
