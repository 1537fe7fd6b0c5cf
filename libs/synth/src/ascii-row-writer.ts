import { open, type FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 4 << 20;
/** Room kept free at the end of the chunk: more than the longest row. */
const ROW_RESERVE = 512;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * Writes millions of ASCII CSV rows straight into a reused byte buffer, flushed in 4 MB chunks: no
 * string per row, so generating 6 million citizens is bound by the random draws, not by strings and
 * garbage collection. Text tokens (codes, provider numbers) are encoded once with `token()`.
 */
export class AsciiRowWriter {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private position = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<AsciiRowWriter> {
    return new AsciiRowWriter(await open(path, 'w'));
  }

  /** Bytes of an ASCII text, for repeated `text()` calls. */
  static token(text: string): Uint8Array {
    return Buffer.from(text, 'latin1');
  }

  text(token: Uint8Array): void {
    for (let i = 0; i < token.length; i++) this.buffer[this.position++] = token[i];
  }

  /** A non-negative whole number in decimal. */
  int(value: number): void {
    if (value < 10) {
      this.buffer[this.position++] = 0x30 + value;
      return;
    }
    let digits = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
    let v = value;
    for (let i = this.position + digits - 1; i >= this.position; i--) {
      this.buffer[i] = 0x30 + (v % 10);
      v = Math.floor(v / 10);
    }
    this.position += digits;
  }

  comma(): void {
    this.buffer[this.position++] = COMMA;
  }

  /** Ends a row; true when the chunk is nearly full and must be flushed before the next row. */
  endRow(): boolean {
    this.buffer[this.position++] = NEWLINE;
    return this.position > CHUNK_BYTES - ROW_RESERVE;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  async flush(): Promise<void> {
    if (this.position === 0) return;
    await this.handle.write(this.buffer, 0, this.position);
    this.position = 0;
  }
}
