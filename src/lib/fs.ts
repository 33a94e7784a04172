/** Files the suite writes for a CLI to read: private, in RUNNER_TEMP, removed in finally. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempRoot(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

/** Writes `content` to a 0600 file in a fresh private folder, runs `fn`, then removes both. */
export async function withTempFile<T>(
  name: string,
  content: string,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(path.join(tempRoot(), 'gke-dp-'));
  const file = path.join(dir, name);
  try {
    await writeFile(file, content, { mode: 0o600, flag: 'wx' });
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
