/**
 * Length limits checked before any rule looks at a value (issue 15, class 4): a pattern that
 * is linear on a 60-character name can still be slow on a megabyte, and no input of this
 * suite is legitimately anywhere near that long.
 */
import { ConfigurationError } from '../errors.js';
import type { InputSource } from './parse.js';

/**
 * The most any input may hold. The runner hands inputs to the action as environment
 * variables, and Linux refuses one longer than 128 KiB (MAX_ARG_STRLEN, 32 pages: execve(2),
 * "Limits on size of arguments and environment"); 64 KiB leaves room for the largest honest
 * input, an inline `values` document, while anything bigger belongs in a file.
 */
export const MAX_INPUT_LENGTH = 64 * 1024;

/** The input source, refusing (by length only, never quoting) any value over the limit. */
export function boundedSource(read: (name: string) => string): InputSource {
  return (name) => {
    const value = read(name);
    if (value.length > MAX_INPUT_LENGTH) {
      throw new ConfigurationError(
        name,
        `is ${value.length} characters long; the limit is ${MAX_INPUT_LENGTH} (put large content in a file)`,
      );
    }
    return value;
  };
}
