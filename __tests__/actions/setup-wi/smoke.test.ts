import { describe, expect, it } from '@jest/globals';
import { FakeIO } from '../../../__fixtures__/io.js';
import { FakeClock, ScriptedRunner } from '../../../__fixtures__/runner.js';
import { run } from '../../../src/actions/setup-wi/main.js';

describe('setup-wi smoke', () => {
  it('[F1] fails naming project-id when it is blank, running nothing', async () => {
    const io = new FakeIO({ 'project-id': '  ', 'gsa-name': 'cloudsql-proxy-gsa' });
    const runner = new ScriptedRunner();
    await run({ io, runner, clock: new FakeClock() });
    expect(io.failed).toContain('input "project-id"');
    expect(runner.calls).toHaveLength(0);
  });
});
