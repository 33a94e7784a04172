/**
 * A small stateful Cloud Storage behind the ScriptedRunner: answers the gcloud commands
 * gcs-log-bucket runs, with the output and error texts the real gcloud prints
 * (`--raw` describe = the JSON API's field names).
 */
import { readFileSync } from 'node:fs';
import type { CommandSpec } from '../../../src/lib/exec/runner.js';
import { fail, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';
import type { IamPolicy } from '../../../src/lib/tools/gcloud.js';

export interface FakeBucket {
  projectNumber: string;
  location: string;
  uniform: boolean;
  pap: string;
  labels: Record<string, string>;
  lifecycle: unknown[];
  policy: IamPolicy;
  /** false: the caller may not read it (another project's bucket). */
  readable: boolean;
}

export const PROJECT = 'alpine-figure-461007-i9';
export const PROJECT_NUMBER = '123456789012';

export class FakeGcs {
  readonly buckets = new Map<string, FakeBucket>();
  private etag = 1;

  addBucket(name: string, bucket: Partial<FakeBucket> = {}): FakeBucket {
    const full: FakeBucket = {
      projectNumber: PROJECT_NUMBER,
      location: 'ASIA-SOUTHEAST1',
      uniform: true,
      pap: 'enforced',
      labels: {},
      lifecycle: [],
      policy: this.defaultPolicy(),
      readable: true,
      ...bucket,
    };
    this.buckets.set(name, full);
    return full;
  }

  private defaultPolicy(): IamPolicy {
    return {
      version: 1,
      etag: `CA${this.etag++}=`,
      bindings: [{ role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${PROJECT}`] }],
    };
  }

  private describeJson(name: string, b: FakeBucket): unknown {
    return {
      name,
      location: b.location,
      projectNumber: b.projectNumber,
      iamConfiguration: {
        uniformBucketLevelAccess: { enabled: b.uniform },
        publicAccessPrevention: b.pap,
      },
      ...(Object.keys(b.labels).length ? { labels: b.labels } : {}),
      ...(b.lifecycle.length ? { lifecycle: { rule: b.lifecycle } } : {}),
    };
  }

  handle = (spec: CommandSpec) => {
    const a = spec.args;
    if (spec.tool !== 'gcloud') return undefined;
    if (a[0] === 'projects' && a[1] === 'describe') {
      return ok({ projectId: a[2], projectNumber: PROJECT_NUMBER });
    }
    if (a[0] !== 'storage' || a[1] !== 'buckets') return undefined;
    const verb = a[2] ?? '';
    const name = (a[3] ?? '').replace(/^gs:\/\//, '');
    const bucket = this.buckets.get(name);
    const flag = (f: string) => a.find((x) => x.startsWith(`${f}=`))?.slice(f.length + 1);
    if (verb === 'create') {
      if (bucket) {
        return bucket.readable
          ? fail(
              `ERROR: (gcloud.storage.buckets.create) HTTPError 409: Your previous request to create the named bucket succeeded and you already own it.`,
            )
          : fail(
              `ERROR: (gcloud.storage.buckets.create) HTTPError 409: The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.`,
            );
      }
      const file = flag('--lifecycle-file');
      const lifecycle = file
        ? (JSON.parse(readFileSync(file, 'utf8')) as { rule: unknown[] }).rule
        : [];
      this.addBucket(name, {
        location: (flag('--location') ?? 'US').toUpperCase(),
        uniform: a.includes('--uniform-bucket-level-access'),
        pap: a.includes('--public-access-prevention') ? 'enforced' : 'inherited',
        lifecycle,
      });
      return ok(`Creating gs://${name}/...\n`);
    }
    if (!bucket) {
      return fail(
        `ERROR: (gcloud.storage.buckets.${verb.replace(/-/g, '_')}) gs://${name} not found: 404.`,
      );
    }
    if (!bucket.readable) {
      return fail(
        `ERROR: (gcloud.storage.buckets.${verb.replace(/-/g, '_')}) [None] does not have permission to access b instance [${name}] (or it may not exist): deployer@${PROJECT}.iam.gserviceaccount.com does not have storage.buckets.get access to the Google Cloud Storage bucket. Permission 'storage.buckets.get' denied on resource (or it may not exist).`,
      );
    }
    switch (verb) {
      case 'describe':
        return ok(this.describeJson(name, bucket));
      case 'update': {
        if (a.includes('--uniform-bucket-level-access')) bucket.uniform = true;
        if (a.includes('--public-access-prevention')) bucket.pap = 'enforced';
        const labels = flag('--update-labels');
        for (const pair of labels ? labels.split(',') : []) {
          const [k, v] = pair.split('=');
          bucket.labels[k ?? ''] = v ?? '';
        }
        const file = flag('--lifecycle-file');
        if (file)
          bucket.lifecycle = (JSON.parse(readFileSync(file, 'utf8')) as { rule: unknown[] }).rule;
        return ok(`Updating gs://${name}/...\n`);
      }
      case 'get-iam-policy':
        return ok(bucket.policy);
      case 'set-iam-policy': {
        const policy = JSON.parse(readFileSync(a[4] ?? '', 'utf8')) as IamPolicy;
        if (policy.etag !== bucket.policy.etag) {
          return fail(
            'ERROR: (gcloud.storage.buckets.set-iam-policy) HTTPError 412: At least one of the pre-conditions you specified did not hold.',
          );
        }
        bucket.policy = { ...policy, etag: `CA${this.etag++}=` };
        return ok(bucket.policy);
      }
    }
    return undefined;
  };

  /** A ScriptedRunner whose default handler is this fake. */
  runner(): ScriptedRunner {
    return new ScriptedRunner().on(this.handle);
  }

  /** Changes the policy behind the caller's back (a concurrent writer). */
  touchPolicy(name: string): void {
    const b = this.buckets.get(name);
    if (b) b.policy = { ...b.policy, etag: `CA${this.etag++}=` };
  }
}
