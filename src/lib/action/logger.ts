/** What library code logs through. The action adapter backs it with @actions/core. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

/** A logger that keeps every line, for tests and for the CLI's quiet mode. */
export class MemoryLogger implements Logger {
  readonly lines: { level: Exclude<keyof Logger, 'group'>; message: string }[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  /** Groups are a display concern; the title is kept as a line so tests can see the phases. */
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', message: `[group] ${title}` });
    return body();
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }
}
