/** The real kubectl against the Kubernetes API emulator, with every command recorded. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FakeIO } from '../../../__fixtures__/io.js';
import { ProcessRunner } from '../../../src/lib/exec/process-runner.js';
import type { Redactor } from '../../../src/lib/exec/redact.js';
import type { CommandResult, CommandSpec, Runner } from '../../../src/lib/exec/runner.js';
import type { K8sEmulator } from '../../../test-support/k8s-emulator/index.js';

export class RecordingRunner implements Runner {
  readonly calls: CommandSpec[] = [];
  /** Called before each command runs: tests inject a fault just before a given command. */
  beforeRun?: (spec: CommandSpec) => void;
  constructor(private readonly inner: Runner) {}
  get redactor(): Redactor {
    return this.inner.redactor;
  }
  run(spec: CommandSpec): Promise<CommandResult> {
    this.calls.push(spec);
    this.beforeRun?.(spec);
    return this.inner.run(spec);
  }
  has(tool: string): Promise<boolean> {
    return this.inner.has(tool);
  }
  argv(): string {
    return this.calls.map((c) => [c.tool, ...c.args].join(' ')).join('\n');
  }
}

/** A runner for one run(): kubectl's own temp files go to `tmp`, so tests can see they are gone. */
export async function emulatorRunner(
  io: FakeIO,
  emu: K8sEmulator,
  tmp?: string,
): Promise<RecordingRunner> {
  const dir = tmp ?? (await mkdtemp(path.join(tmpdir(), 'kubectl-tmp-')));
  return new RecordingRunner(
    new ProcessRunner(io, undefined, { ...process.env, ...emu.env, TMPDIR: dir }),
  );
}
