/** Reads the `config` input (a platform file path) when it is set. */
import { loadPlatformConfig, CONFIG_INPUT } from '../config/load.js';
import type { PlatformConfig } from '../config/schema.js';
import { optional, type InputSource } from '../inputs/parse.js';

export async function readPlatformConfig(source: InputSource): Promise<PlatformConfig | undefined> {
  const path = optional(source, CONFIG_INPUT);
  return path === undefined ? undefined : loadPlatformConfig(path);
}
