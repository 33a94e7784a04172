/**
 * A Docker client config folder of our own for the step (issue 15, class 9). `docker login`
 * writes the registry token into `$DOCKER_CONFIG/config.json` (default `~/.docker`), where it
 * would stay for the rest of the job, and on a self-hosted runner after it. So our docker calls
 * run with `DOCKER_CONFIG` pointing at a private folder under RUNNER_TEMP, removed in finally
 * (https://docs.docker.com/reference/cli/docker/#environment-variables: DOCKER_CONFIG "the
 * location of your client configuration files").
 *
 * What the user's config already holds is kept: its registry logins (docker/login-action) are
 * copied, and the buildx builders, CLI plugins and contexts folders are linked, so a builder
 * made by docker/setup-buildx-action is still found. A credential store (`credsStore`, or a
 * `credHelpers` entry for our host) is dropped from the copy, or the token would be stored there
 * instead of in the folder we remove.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { tempRoot } from '../fs.js';

const LINKED = ['buildx', 'cli-plugins', 'contexts'];

/** The user's Docker config folder, as the docker CLI finds it. */
export function userDockerConfig(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || path.join(env.HOME || homedir(), '.docker');
}

async function copiedConfig(source: string, host: string): Promise<string> {
  const text = await readFile(path.join(source, 'config.json'), 'utf8').catch(() => '{}');
  let config: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    config =
      typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    config = {};
  }
  delete config.credsStore;
  const helpers = config.credHelpers;
  if (typeof helpers === 'object' && helpers !== null)
    delete (helpers as Record<string, unknown>)[host];
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** A private Docker config folder for `host`'s login, until remove() deletes it. */
export interface PrivateDockerConfig {
  readonly dir: string;
  remove(): Promise<void>;
}

export async function privateDockerConfig(
  host: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PrivateDockerConfig> {
  const source = userDockerConfig(env);
  // mkdtemp creates the folder 0700: only this user can read the token in it.
  const dir = await mkdtemp(path.join(tempRoot(), 'docker-config-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await writeFile(path.join(dir, 'config.json'), await copiedConfig(source, host), {
      mode: 0o600,
    });
    for (const name of LINKED) {
      const target = path.join(source, name);
      if (existsSync(target)) await symlink(target, path.join(dir, name));
    }
  } catch (err) {
    await remove();
    throw err;
  }
  return { dir, remove };
}
