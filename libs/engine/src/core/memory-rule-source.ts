import type { WritableRuleSource } from './rule-source.js';

/**
 * Rule files held in memory: a request body to validate, a draft to try, a test's library. Problems
 * name each file as `<label>/<relative path>`.
 */
export class MemoryRuleSource implements WritableRuleSource {
  private readonly files = new Map<string, Uint8Array>();

  constructor(
    files: Record<string, string | Uint8Array> = {},
    readonly label = 'hukommelse',
  ) {
    for (const [relative, content] of Object.entries(files)) this.files.set(relative, bytesOf(content));
  }

  async list(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    return this.files.get(relative);
  }

  async write(relative: string, text: string): Promise<void> {
    this.files.set(relative, bytesOf(text));
  }

  display(relative: string): string {
    return `${this.label}/${relative}`;
  }
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}
