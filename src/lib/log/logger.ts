/** What library code logs through. The action adapter backs it with @actions/core. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

/**
 * Counts open groups so that only the outermost one is a real group: GitHub cannot nest them
 * (see io.ts), so an inner one is announced with a plain header line. Shared by every Logger.
 */
export class GroupDepth {
  private open = 0;
  constructor(
    private readonly start: (title: string) => void,
    private readonly end: () => void,
    private readonly header: (title: string) => void,
  ) {}

  async run<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.open > 0) {
      this.header(`-> ${title}`);
      return body();
    }
    this.open += 1;
    this.start(title);
    try {
      return await body();
    } finally {
      this.open -= 1;
      this.end();
    }
  }

  get isOpen(): boolean {
    return this.open > 0;
  }
}

export type LogLevel = 'debug' | 'info' | 'warning' | 'error' | 'group' | 'endgroup';

/** A logger that keeps every line, for tests and for the CLI's quiet mode. */
export class MemoryLogger implements Logger {
  readonly lines: { level: LogLevel; message: string }[] = [];
  private readonly depth = new GroupDepth(
    (title) => this.lines.push({ level: 'group', message: title }),
    () => this.lines.push({ level: 'endgroup', message: '' }),
    (title) => this.info(title),
  );
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
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return this.depth.run(title, body);
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }
}
