/**
 * Local checks that need the file system but no command: the build context and Dockerfile
 * exist, and no Google credential file written by google-github-actions/auth would be sent
 * to the builder inside the context (security-reliability.md case 14).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../lib/errors.js';
import { Inputs, type BuildPushInputs } from './inputs.js';

/** google-github-actions/auth writes these into the workspace by default. */
const CREDENTIAL_FILE = /^gha-creds-[\w-]*\.json$/;

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** Whether a .dockerignore line excludes files named like `gha-creds-*.json` at the top. */
export function ignoresCredentials(dockerignore: string): boolean {
  return dockerignore
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^\/+/, ''))
    .some((l) =>
      [
        'gha-creds-*',
        'gha-creds-*.json',
        '*.json',
        '*',
        '**',
        '**/gha-creds-*.json',
        '**/gha-creds-*',
      ].includes(l),
    );
}

export async function checkContext(inputs: BuildPushInputs): Promise<void> {
  const context = inputs.context;
  if (!(await isDirectory(context))) {
    throw new ConfigurationError(Inputs.Context, `"${context}" is not a directory`);
  }
  const dockerfile = inputs.dockerfile ?? path.join(context, 'Dockerfile');
  if (!(await isFile(dockerfile))) {
    throw new ConfigurationError(
      Inputs.Dockerfile,
      inputs.dockerfile
        ? `"${dockerfile}" does not exist`
        : `no Dockerfile in "${context}"; set \`dockerfile\``,
    );
  }
  const credentials = (await readdir(context)).filter((f) => CREDENTIAL_FILE.test(f));
  if (credentials.length === 0) return;
  let ignore = '';
  try {
    ignore = await readFile(path.join(context, '.dockerignore'), 'utf8');
  } catch {
    // No .dockerignore: everything in the context is sent to the builder.
  }
  if (!ignoresCredentials(ignore)) {
    throw new ConfigurationError(
      Inputs.Context,
      `holds Google credentials (${credentials.join(', ')}) that would be sent to the builder and could end up in the image; ` +
        'add `gha-creds-*.json` to .dockerignore, or set `create_credentials_file: false` / run checkout before auth',
    );
  }
}
