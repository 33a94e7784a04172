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

export interface LogLine {
  readonly level: LogLevel;
  readonly message: string;
}

/** How much of its log a MemoryLogger keeps: the first and the last characters of messages. */
export interface MemoryLimits {
  readonly headChars: number;
  readonly tailChars: number;
}

/**
 * The CLI's quiet mode: every streamed line of an hour-long build would otherwise sit in memory.
 * The same split as a command's captured output (exec/output.ts): a short head, a longer tail.
 */
export const QUIET_LOG_LIMITS: MemoryLimits = { headChars: 64 * 1024, tailChars: 256 * 1024 };

const UNBOUNDED: MemoryLimits = { headChars: Infinity, tailChars: Infinity };

/**
 * A logger that keeps its lines in memory, for tests (everything, by default) and for the CLI's
 * quiet mode (bounded: the head and the tail, with a count of the lines left out between).
 */
export class MemoryLogger implements Logger {
  private readonly head: LogLine[] = [];
  private headSize = 0;
  private readonly tail: LogLine[] = [];
  private tailSize = 0;
  private dropped = 0;
  private readonly depth = new GroupDepth(
    (title) => this.push('group', title),
    () => this.push('endgroup', ''),
    (title) => this.info(title),
  );

  constructor(private readonly limits: MemoryLimits = UNBOUNDED) {}

  /** The kept lines in order; a marker line stands where lines were left out. */
  get lines(): readonly LogLine[] {
    if (this.dropped === 0) return [...this.head, ...this.tail];
    const gap: LogLine = { level: 'info', message: `[... ${this.dropped} lines not kept ...]` };
    return [...this.head, gap, ...this.tail];
  }

  private push(level: LogLevel, message: string): void {
    const line = { level, message };
    if (this.tail.length === 0 && this.headSize + message.length <= this.limits.headChars) {
      this.head.push(line);
      this.headSize += message.length;
      return;
    }
    this.tail.push(line);
    this.tailSize += message.length;
    // Always keep the newest line, even one longer than the whole tail.
    while (this.tailSize > this.limits.tailChars && this.tail.length > 1) {
      this.tailSize -= (this.tail.shift() as LogLine).message.length;
      this.dropped += 1;
    }
  }

  debug(message: string): void {
    this.push('debug', message);
  }
  info(message: string): void {
    this.push('info', message);
  }
  warning(message: string): void {
    this.push('warning', message);
  }
  error(message: string): void {
    this.push('error', message);
  }
  group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return this.depth.run(title, body);
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }
}
