// Reads one CSV file, or one byte range of it, record by record over a reused 1 MB buffer: hashes
// the exact bytes on the way (sha256), finds line ends natively (Buffer.indexOf) and reports progress
// in bytes. readline and per-chunk string splitting are several times slower on a 400 MB
// citizens.csv. A consumer may take whole runs of quote-free records straight from the bytes (a
// `RecordScanner`, the citizens fast path); every other record is decoded, and a quoted field
// holding a line break joins the lines it spans (RFC 4180). Line numbers are 1-based physical lines,
// header = line 1; empty lines are skipped.
import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { hasOpenQuote } from './csv-fields.js';

export interface CsvProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

/**
 * Reads runs of records straight from the bytes. `scan` starts at a record start and stops at
 * `end` (just after a line break) or at the start of the first record it does not accept, which
 * then takes the decoding path; it skips empty lines. `line` is the line of the next record: the
 * reader sets it before `scan`, and `scan` advances it past every line it read. The buffer holds
 * SCAN_SLACK more bytes after `end`, so a scan may compare whole words at a field's end; what lies
 * there is not data.
 */
export interface RecordScanner {
  line: number;
  scan(buf: Buffer, start: number, end: number): number;
}

export interface CsvReadOptions {
  /** Name used in progress reports. */
  file: string;
  /**
   * Bytes [start, end) to read; a range starts at a line start. Without it the whole file, whose
   * first record is the header; a range has no header and its first line is line `firstLine`.
   */
  range?: { start: number; end: number; firstLine: number };
  /** False skips the sha256 (a range's is the whole file's business). */
  hash?: boolean;
  /**
   * Read each chunk without giving the thread up: faster where nothing else waits — a command's
   * large input, a worker thread — than a round trip through libuv's thread pool per chunk. A
   * server keeps the default and serves others between chunks.
   */
  blocking?: boolean;
  /** Called with the header record (line 1, without a byte-order mark). */
  onHeader?(header: string): void;
  /** A data record as text; `line` is the line it starts on. */
  onText(record: string, line: number): void;
  /** Takes quote-free records as bytes; asked for once, after the header. */
  scanner?(): RecordScanner | undefined;
  onProgress?(progress: CsvProgress): void;
}

export interface CsvReadSummary {
  /** Empty when the options asked for no hash. */
  sha256: string;
  bytes: number;
  /** False when the file has no header line at all (empty file). */
  hadHeader: boolean;
  /** Lines read (the last one counts even without a line break). */
  lines: number;
  /** True when the last record's quotes never closed: it ran to the end of what was read. */
  endedInQuote: boolean;
}

const CHUNK = 1 << 20;
/** See RecordScanner. */
export const SCAN_SLACK = 16;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const QUOTE = 0x22;

export async function readCsvFile(path: string, options: CsvReadOptions): Promise<CsvReadSummary> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const { start, end, firstLine } = options.range ?? { start: 0, end: size, firstLine: 1 };
    const hash = options.hash === false ? undefined : createHash('sha256');
    let hadHeader = options.range !== undefined;
    let scanner = hadHeader ? options.scanner?.() : undefined;
    let line = firstLine - 1;
    let pending = '';
    let pendingLine = 0;

    const emitText = (text: string, at: number) => {
      if (!hadHeader) {
        hadHeader = true;
        options.onHeader?.(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        scanner = options.scanner?.();
      } else if (text !== '') options.onText(text, at);
    };
    /** One physical line [from, to) without its line break, through the decoding path. */
    const decodeLine = (buf: Buffer, from: number, to: number, hasQuote: boolean) => {
      line++;
      if (!pending && to === from) return;
      let text = buf.toString('utf8', from, to);
      let at = line;
      if (pending) {
        text = `${pending}\n${text}`;
        at = pendingLine;
        pending = '';
      }
      // A quoted field may hold a line break: keep collecting until the quotes close.
      if ((hasQuote || at !== line) && hasOpenQuote(text)) {
        pending = text;
        pendingLine = at;
        return;
      }
      emitText(text, at);
    };
    /** The records in buf[0, limit); `complete` when buf[limit - 1] ends a line. Returns where it stopped. */
    const records = (buf: Buffer, limit: number, complete: boolean): number => {
      // The scanner sees whole lines only.
      const scanEnd = complete ? limit : buf.lastIndexOf(NEWLINE, limit - 1) + 1;
      // The next quote at or after `pos`, looked up again only once passed: quote-free data costs nothing.
      let quote = buf.indexOf(QUOTE);
      let pos = 0;
      while (pos < limit) {
        if (scanner && !pending) {
          scanner.line = line + 1;
          pos = scanner.scan(buf, pos, scanEnd);
          line = scanner.line - 1;
          if (pos >= limit) break;
        }
        let nl = buf.indexOf(NEWLINE, pos);
        if (nl === -1 || nl >= limit) {
          if (complete) break;
          nl = limit;
        }
        if (quote !== -1 && quote < pos) quote = buf.indexOf(QUOTE, pos);
        const to = nl > pos && buf[nl - 1] === RETURN ? nl - 1 : nl;
        decodeLine(buf, pos, to, quote !== -1 && quote < to);
        pos = Math.min(nl + 1, limit);
      }
      return pos;
    };

    let buf = Buffer.allocUnsafe(CHUNK + SCAN_SLACK);
    let kept = 0;
    let position = start;
    while (position < end) {
      // A line longer than the buffer (never in a register extract, but possible) grows it.
      if (kept === buf.length - SCAN_SLACK) buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
      const length = Math.min(buf.length - SCAN_SLACK - kept, end - position);
      const bytesRead = options.blocking ? readSync(handle.fd, buf, kept, length, position) : (await handle.read(buf, kept, length, position)).bytesRead;
      if (bytesRead === 0) break;
      hash?.update(buf.subarray(kept, kept + bytesRead));
      position += bytesRead;
      const filled = kept + bytesRead;
      const last = position >= end ? filled : buf.lastIndexOf(NEWLINE, filled - 1) + 1;
      const stop = records(buf, last, position < end || buf[filled - 1] === NEWLINE);
      buf.copy(buf, 0, stop, filled);
      kept = filled - stop;
      options.onProgress?.({ file: options.file, bytesRead: position - start, totalBytes: end - start });
    }
    // An unclosed quote runs to the end of the file: hand it on as one record so it is reported.
    const endedInQuote = pending !== '';
    if (endedInQuote) emitText(pending, pendingLine);
    return { sha256: hash ? `sha256:${hash.digest('hex')}` : '', bytes: position - start, hadHeader, lines: line - firstLine + 1, endedInQuote };
  } finally {
    await handle.close();
  }
}
