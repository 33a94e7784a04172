/** A typed fake of the runner adapter (ActionIO): inputs in, outputs/logs/summary recorded. */
import type { ActionIO } from '../src/lib/action/io.js';
import { GroupDepth } from '../src/lib/log/logger.js';

export class FakeIO implements ActionIO {
  readonly outputs: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly logs: { level: string; message: string }[] = [];
  summary = '';
  failed: string | undefined;

  constructor(private readonly inputs: Record<string, string> = {}) {}

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  setFailed(message: string): void {
    this.failed = message;
    this.logs.push({ level: 'error', message });
  }
  debug(message: string): void {
    this.logs.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.logs.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.logs.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.logs.push({ level: 'error', message });
  }
  readonly groups: string[] = [];
  private readonly depth = new GroupDepth(
    (title) => this.logs.push({ level: 'group', message: title }),
    () => this.logs.push({ level: 'endgroup', message: '' }),
    (title) => this.info(title),
  );
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return this.depth.run(title, body);
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  /** Every log line, the outputs and the summary: what must never hold a secret. */
  everything(): string {
    return [
      ...this.logs.map((l) => l.message),
      ...Object.values(this.outputs),
      this.summary,
      this.failed ?? '',
    ].join('\n');
  }
  warnings(): string[] {
    return this.logs.filter((l) => l.level === 'warning').map((l) => l.message);
  }
}
