import { afterEach, describe, expect, it } from '@jest/globals';
import { loadToolCache } from '../../../src/lib/tools/helm-install.js';

describe('loadToolCache', () => {
  const saved = process.env.RUNNER_TOOL_CACHE;
  afterEach(() => {
    if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = saved;
  });

  // @actions/tool-cache throws "Expected RUNNER_TOOL_CACHE to be defined" on first use
  // (actions/toolkit packages/tool-cache/src/tool-cache.ts, _getCacheDirectory): say it plainly
  // before loading it.
  it('[F8] fails at once, naming RUNNER_TOOL_CACHE, outside a runner', async () => {
    delete process.env.RUNNER_TOOL_CACHE;
    await expect(loadToolCache()).rejects.toThrow('RUNNER_TOOL_CACHE is not set');
  });
});
