/**
 * A child's output, live and bounded: LineStream prints whole lines as they arrive, each
 * redacted before it is printed (a secret split across two chunks is only ever seen whole);
 * BoundedCapture keeps the head and the tail of a long output for parsing and error messages,
 * so an hour of build log does not sit in memory.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Redactor } from './redact.js';

/** A line longer than this is printed in pieces (at cuts no secret straddles). */
export const MAX_LINE_CHARS = 16 * 1024;

export class LineStream {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';

  constructor(
    private readonly redactor: Redactor,
    private readonly emit: (line: string) => void,
    private readonly maxLine = MAX_LINE_CHARS,
  ) {}

  write(chunk: Buffer): void {
    this.pending += this.decoder.write(chunk);
    // \r too: progress output (gcloud, docker) rewrites a line in place instead of ending it.
    // A \r at the very end stays pending: it may be the first half of a \r\n.
    const parts = this.pending.split(/\r\n|\n|\r(?!$)/);
    this.pending = parts.pop() ?? '';
    for (const line of parts) this.emit(this.redactor.redact(line));
    if (this.pending.length > this.maxLine) {
      const cut = this.redactor.safeCut(this.pending);
      if (cut > 0) {
        this.emit(this.redactor.redact(this.pending.slice(0, cut)));
        this.pending = this.pending.slice(cut);
      }
    }
  }

  /** Prints what is left once the stream has ended. */
  end(): void {
    this.pending = (this.pending + this.decoder.end()).replace(/\r$/, '');
    if (this.pending.length > 0) this.emit(this.redactor.redact(this.pending));
    this.pending = '';
  }
}

export const CAPTURE_HEAD_BYTES = 64 * 1024;
export const CAPTURE_TAIL_BYTES = 256 * 1024;

/** Keeps the first `headBytes` and the last `tailBytes` of a stream, and counts the rest. */
export class BoundedCapture {
  private readonly head: Buffer[] = [];
  private headSize = 0;
  private tail: Buffer[] = [];
  private tailSize = 0;
  private dropped = 0;

  constructor(
    private readonly headBytes = CAPTURE_HEAD_BYTES,
    private readonly tailBytes = CAPTURE_TAIL_BYTES,
  ) {}

  push(chunk: Buffer): void {
    let rest = chunk;
    if (this.headSize < this.headBytes) {
      const take = rest.subarray(0, this.headBytes - this.headSize);
      this.head.push(take);
      this.headSize += take.length;
      rest = rest.subarray(take.length);
    }
    if (rest.length === 0) return;
    this.tail.push(rest);
    this.tailSize += rest.length;
    while (this.tailSize > this.tailBytes) {
      const first = this.tail[0] as Buffer;
      const over = this.tailSize - this.tailBytes;
      if (first.length <= over) {
        this.tail.shift();
        this.tailSize -= first.length;
        this.dropped += first.length;
      } else {
        this.tail[0] = first.subarray(over);
        this.tailSize -= over;
        this.dropped += over;
      }
    }
  }

  text(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = Buffer.concat(this.tail).toString('utf8');
    return this.dropped === 0
      ? head + tail
      : `${head}\n[... ${this.dropped} bytes not kept ...]\n${tail}`;
  }
}
