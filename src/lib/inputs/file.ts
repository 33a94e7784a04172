/**
 * The one way a file named by an input is read (issue 15, class 3): only a regular file, only
 * up to a size limit, and every failure names the input. Reading whatever the path names made
 * `/dev/zero` read for many seconds and end in "Invalid string length" with a stack trace; a
 * FIFO would block the step for ever.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';

/**
 * Generous for what these files are: Kubernetes rejects an object over about 1.5 MiB (etcd's
 * request limit), and Helm keeps a release, values included, in one Secret capped at 1 MiB.
 */
export const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  EACCES: 'cannot be read (permission denied)',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'does not exist (a part of the path is not a folder)',
  ELOOP: 'cannot be read (too many symbolic links)',
};

/** Reads `file` (named by input `input`) as UTF-8 text, refusing anything but a regular file. */
export async function readInputFile(
  input: string,
  file: string,
  maxBytes: number = MAX_INPUT_FILE_BYTES,
): Promise<string> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores the flag.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new ConfigurationError(input, `${file} ${REASONS[code] ?? `cannot be read (${code})`}`);
  }
  try {
    // fstat on the open handle: what was checked is what is read, even if the path changes.
    const info = await handle.stat();
    if (!info.isFile()) {
      const kind = info.isDirectory()
        ? 'a folder'
        : info.isFIFO()
          ? 'a pipe'
          : info.isCharacterDevice() || info.isBlockDevice()
            ? 'a device'
            : 'not a regular file';
      throw new ConfigurationError(input, `${file} is ${kind}; give a regular file`);
    }
    const tooBig = (): ConfigurationError =>
      new ConfigurationError(
        input,
        `${file} is larger than the ${maxBytes / 1024 / 1024} MiB limit for this file`,
      );
    if (info.size > maxBytes) throw tooBig();
    // Read at most one byte past the limit, in case the file grew since fstat.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooBig();
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}
