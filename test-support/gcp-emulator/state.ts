/**
 * The emulator's in-memory cloud. Tests seed it directly (addProject, addCluster, addBucket...)
 * and read it back to assert what the real gcloud changed. Resource shapes follow the REST
 * references of each API so that gcloud can format them itself.
 */

export interface IamBinding {
  role: string;
  members: string[];
  condition?: { title?: string; expression?: string; description?: string };
}

/** A policy as IAM stores it; `etag` changes on every write (used for optimistic concurrency). */
export interface Policy {
  version: number;
  etag: string;
  bindings: IamBinding[];
}

export interface Project {
  readonly projectId: string;
  readonly projectNumber: string;
  policy: Policy;
}

export interface ServiceAccount {
  name: string;
  projectId: string;
  uniqueId: string;
  email: string;
  displayName?: string;
  description?: string;
  etag: string;
  oauth2ClientId: string;
  policy: Policy;
  /** Policy writes naming it that still answer "does not exist" (IAM's eventual consistency). */
  unseenByPolicyChecks: number;
}

export interface NodePool {
  name: string;
  config: { workloadMetadataConfig?: { mode: string } };
  status: string;
}

export interface Cluster {
  name: string;
  project: string;
  location: string;
  status: string;
  workloadIdentityConfig?: { workloadPool: string };
  autopilot?: { enabled: boolean };
  nodePools: NodePool[];
}

export interface BucketSeed {
  name: string;
  project: string;
  location?: string;
  uniform?: boolean;
  /** Public access prevention: true -> "enforced". */
  pap?: boolean;
}

export interface Bucket {
  name: string;
  project: string;
  location: string;
  storageClass: string;
  uniform: boolean;
  publicAccessPrevention: 'enforced' | 'inherited';
  labels: Record<string, string>;
  /** Any other bucket fields a PATCH or insert set (versioning, lifecycle, ...), kept as sent. */
  extra: Record<string, unknown>;
  metageneration: number;
  timeCreated: string;
  updated: string;
  policy: Policy;
}

export interface Repository {
  name: string; // projects/P/locations/L/repositories/R
  format: string;
  mode: string;
  description?: string;
  labels?: Record<string, string>;
  createTime: string;
  updateTime: string;
}

/** A long-running operation, in the shape of the API that started it. */
export interface Operation {
  readonly id: string;
  readonly api: 'container' | 'artifactregistry';
  /** GETs left before it reports DONE (0 = already done). */
  pollsLeft: number;
  render(done: boolean): Record<string, unknown>;
}

const FIXED_TIME = '2026-01-01T00:00:00.000Z';

export class GcpState {
  readonly projects = new Map<string, Project>();
  /** Keyed by email. */
  readonly serviceAccounts = new Map<string, ServiceAccount>();
  /** Keyed by `project/location/name`. */
  readonly clusters = new Map<string, Cluster>();
  /** Keyed by bucket name (the namespace is global). */
  readonly buckets = new Map<string, Bucket>();
  /** Keyed by full resource name. */
  readonly repositories = new Map<string, Repository>();
  readonly operations = new Map<string, Operation>();
  /**
   * How many policy writes naming a service account created through the API are refused with
   * "Service account ... does not exist" before IAM sees it (real IAM: up to a minute or more).
   */
  iamPropagationChecks = 0;
  /** How many GETs a new long-running operation answers RUNNING before DONE. */
  operationPolls = 0;
  private counter = 0;

  /** A fresh, unique etag in IAM's style (base64 of 8 bytes). */
  nextEtag(): string {
    this.counter += 1;
    const bytes = Buffer.alloc(8);
    bytes.writeUInt32BE(0x07061000, 0);
    bytes.writeUInt32BE(this.counter, 4);
    return bytes.toString('base64');
  }

  nextId(): string {
    this.counter += 1;
    return String(100000000000000000000 + this.counter * 7919).slice(0, 21);
  }

  emptyPolicy(bindings: IamBinding[] = []): Policy {
    return { version: 1, etag: this.nextEtag(), bindings };
  }

  now(): string {
    return FIXED_TIME;
  }

  addProject(
    projectId: string,
    projectNumber: string | number = 100000 + this.projects.size,
  ): Project {
    const project: Project = {
      projectId,
      projectNumber: String(projectNumber),
      policy: this.emptyPolicy([{ role: 'roles/owner', members: ['user:owner@example.com'] }]),
    };
    this.projects.set(projectId, project);
    return project;
  }

  project(projectId: string): Project | undefined {
    return this.projects.get(projectId);
  }

  /** The project's IAM policy (the live object: tests may add bindings to model another writer). */
  projectPolicy(projectId: string): Policy {
    const project = this.projects.get(projectId);
    if (!project) throw new Error(`emulator: unknown project ${projectId}`);
    return project.policy;
  }

  /** Replaces a policy's bindings as another writer would: the etag changes. */
  writePolicy(policy: Policy, bindings: IamBinding[]): void {
    policy.bindings = bindings;
    policy.etag = this.nextEtag();
  }

  addServiceAccount(projectId: string, accountId: string, displayName?: string): ServiceAccount {
    const email = `${accountId}@${projectId}.iam.gserviceaccount.com`;
    const uniqueId = this.nextId();
    const sa: ServiceAccount = {
      name: `projects/${projectId}/serviceAccounts/${email}`,
      projectId,
      uniqueId,
      email,
      ...(displayName ? { displayName } : {}),
      etag: 'MDEwMjE5MjA=',
      oauth2ClientId: uniqueId,
      policy: this.emptyPolicy(),
      unseenByPolicyChecks: 0,
    };
    this.serviceAccounts.set(email, sa);
    return sa;
  }

  addCluster(
    project: string,
    location: string,
    name: string,
    options: { workloadPool?: string; autopilot?: boolean; nodePools?: NodePool[] } = {},
  ): Cluster {
    const cluster: Cluster = {
      name,
      project,
      location,
      status: 'RUNNING',
      ...(options.workloadPool
        ? { workloadIdentityConfig: { workloadPool: options.workloadPool } }
        : {}),
      ...(options.autopilot ? { autopilot: { enabled: true } } : {}),
      nodePools: options.nodePools ?? [
        {
          name: 'default-pool',
          config: options.workloadPool ? { workloadMetadataConfig: { mode: 'GKE_METADATA' } } : {},
          status: 'RUNNING',
        },
      ],
    };
    this.clusters.set(`${project}/${location}/${name}`, cluster);
    return cluster;
  }

  cluster(project: string, location: string, name: string): Cluster | undefined {
    return this.clusters.get(`${project}/${location}/${name}`);
  }

  /** True when some cluster of the project has the project's workload pool enabled. */
  hasWorkloadPool(pool: string): boolean {
    return [...this.clusters.values()].some((c) => c.workloadIdentityConfig?.workloadPool === pool);
  }

  addBucket(seed: BucketSeed): Bucket {
    const bucket: Bucket = {
      name: seed.name,
      project: seed.project,
      location: (seed.location ?? 'US').toUpperCase(),
      storageClass: 'STANDARD',
      uniform: seed.uniform ?? false,
      publicAccessPrevention: seed.pap ? 'enforced' : 'inherited',
      labels: {},
      extra: {},
      metageneration: 1,
      timeCreated: FIXED_TIME,
      updated: FIXED_TIME,
      // A new bucket's policy holds the project's convenience roles, as GCS creates it.
      policy: this.emptyPolicy(defaultBucketBindings(seed.project)),
    };
    this.buckets.set(seed.name, bucket);
    return bucket;
  }

  addRepository(
    project: string,
    location: string,
    id: string,
    options: { format?: string; description?: string } = {},
  ): Repository {
    const repo: Repository = {
      name: `projects/${project}/locations/${location}/repositories/${id}`,
      format: options.format ?? 'DOCKER',
      mode: 'STANDARD_REPOSITORY',
      ...(options.description ? { description: options.description } : {}),
      createTime: FIXED_TIME,
      updateTime: FIXED_TIME,
    };
    this.repositories.set(repo.name, repo);
    return repo;
  }

  addOperation(op: Omit<Operation, 'pollsLeft'>): Operation {
    const stored: Operation = { ...op, pollsLeft: this.operationPolls };
    this.operations.set(op.id, stored);
    return stored;
  }
}

function defaultBucketBindings(projectId: string): IamBinding[] {
  return [
    {
      role: 'roles/storage.legacyBucketOwner',
      members: [`projectEditor:${projectId}`, `projectOwner:${projectId}`],
    },
    { role: 'roles/storage.legacyBucketReader', members: [`projectViewer:${projectId}`] },
  ];
}
