import { describe, expect, it } from '@jest/globals';
import { BoundedCapture, LineStream } from '../../../src/lib/exec/output.js';
import { Redactor } from '../../../src/lib/exec/redact.js';

const SECRET = 'hunter2-secret';

function feed(text: string, chunkSizes: number, maxLine?: number): string[] {
  const redactor = new Redactor();
  redactor.add(SECRET);
  const out: string[] = [];
  const stream = new LineStream(redactor, (line) => out.push(line), maxLine);
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunkSizes)
    stream.write(bytes.subarray(i, i + chunkSizes));
  stream.end();
  return out;
}

describe('LineStream', () => {
  const text = `first ${SECRET}\r\nsecond ✓ line\nprogress 10%\rprogress 100%\nlast ${SECRET}`;
  const expected = ['first ***', 'second ✓ line', 'progress 10%', 'progress 100%', 'last ***'];

  it('prints whole redacted lines however the output is chunked (secrets and UTF-8 split anywhere)', () => {
    for (let size = 1; size <= text.length; size += 1) expect(feed(text, size)).toEqual(expected);
  });

  it('prints a line too long to wait for in pieces cut where no secret straddles', () => {
    const line = `aaaa ${SECRET} bbbbbbbbbbbbb ${SECRET}${SECRET} c ${SECRET}`;
    const redactor = new Redactor();
    redactor.add(SECRET);
    for (let size = 1; size <= 7; size += 1) {
      const pieces = feed(line, size, 8);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(redactor.redact(line));
    }
  });
});

describe('BoundedCapture', () => {
  it('keeps everything while under its bounds', () => {
    const c = new BoundedCapture(4, 8);
    c.push(Buffer.from('abc'));
    c.push(Buffer.from('defgh'));
    expect(c.text()).toBe('abcdefgh');
  });

  it('keeps the head and the tail, and says how much it dropped between them', () => {
    const c = new BoundedCapture(4, 6);
    for (const part of ['0123', '4567', '89ab', 'cdef']) c.push(Buffer.from(part));
    expect(c.text()).toBe('0123\n[... 6 bytes not kept ...]\nabcdef');
  });
});
