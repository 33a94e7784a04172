/**
 * A ScriptedRunner that behaves like gcloud + docker in front of one registry: tags map to
 * digests, builds "push" by writing their metadata file or answering `docker push` with the
 * line docker prints. Tests override single commands with runner.once(...).
 */
import { writeFileSync } from 'node:fs';
import { fail, ok, ScriptedRunner } from '../../../__fixtures__/runner.js';
import type { CommandSpec } from '../../../src/lib/exec/runner.js';

export const TOKEN = 'ya29.a0-test-access-token-0123456789';
export const DIGEST_A = `sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `sha256:${'b'.repeat(64)}`;

export interface FakeRegistry {
  readonly runner: ScriptedRunner;
  /** `image:tag` -> digest. */
  readonly tags: Map<string, string>;
  repositoryExists: boolean;
  /** What the next build produces. */
  nextDigest: string;
}

const flagValues = (args: readonly string[], flag: string): string[] =>
  args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1] as string] : []));

export function fakeRegistry(options: { buildx: boolean }): FakeRegistry {
  const runner = new ScriptedRunner();
  const state: FakeRegistry = {
    runner,
    tags: new Map(),
    repositoryExists: true,
    nextDigest: DIGEST_A,
  };
  const built = new Set<string>();
  runner.on((spec: CommandSpec) => {
    const a = spec.args;
    const cmd = a.join(' ');
    if (spec.tool === 'gcloud') {
      if (cmd === 'auth print-access-token') return ok(`${TOKEN}\n`);
      if (cmd.startsWith('artifacts repositories describe')) {
        return state.repositoryExists
          ? ok({ name: a[3], format: 'DOCKER' })
          : fail(
              'ERROR: (gcloud.artifacts.repositories.describe) NOT_FOUND: Requested entity was not found.',
            );
      }
      if (cmd.startsWith('artifacts repositories create')) {
        state.repositoryExists = true;
        return ok('Created repository.');
      }
      return undefined;
    }
    if (spec.tool !== 'docker') return undefined;
    if (cmd === 'buildx version') {
      return options.buildx
        ? ok('github.com/docker/buildx v0.26.1 1a8287f')
        : fail(
            "docker: unknown command: docker buildx\n\nRun 'docker --help' for more information",
          );
    }
    if (a[0] === 'login') return ok('Login Succeeded\n');
    const ref = a[a.length - 1] ?? '';
    if (cmd.startsWith('buildx imagetools inspect')) {
      const digest = state.tags.get(ref);
      return digest
        ? ok({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', digest })
        : fail(`ERROR: ${ref}: not found`);
    }
    if (cmd.startsWith('manifest inspect')) {
      const digest = state.tags.get(ref);
      return digest
        ? ok({
            Ref: ref,
            Descriptor: {
              mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
              digest,
              size: 528,
            },
          })
        : fail(`no such manifest: ${ref}`);
    }
    if (cmd.startsWith('buildx build')) {
      const metadata = flagValues(a, '--metadata-file')[0];
      if (a.includes('--push')) {
        for (const t of flagValues(a, '--tag')) state.tags.set(t, state.nextDigest);
        if (metadata)
          writeFileSync(metadata, JSON.stringify({ 'containerimage.digest': state.nextDigest }));
      }
      return ok('');
    }
    if (a[0] === 'build') {
      for (const t of flagValues(a, '--tag')) built.add(t);
      return ok('Successfully built 0123456789ab\n');
    }
    if (a[0] === 'push') {
      if (!built.has(ref)) return fail(`An image does not exist locally with the tag: ${ref}`);
      state.tags.set(ref, state.nextDigest);
      const tag = ref.slice(ref.lastIndexOf(':') + 1);
      return ok(
        `The push refers to repository [x]\n5f70bf18a086: Pushed\n${tag}: digest: ${state.nextDigest} size: 528\n`,
      );
    }
    if (a[0] === 'pull' || a[0] === 'tag') {
      if (a[0] === 'tag') built.add(a[2] ?? '');
      return ok('');
    }
    if (cmd.startsWith('buildx imagetools create')) {
      const digest = state.tags.get(ref) ?? ref.slice(ref.indexOf('@') + 1);
      for (const t of flagValues(a, '--tag')) state.tags.set(t, digest);
      return ok('');
    }
    return undefined;
  });
  return state;
}
