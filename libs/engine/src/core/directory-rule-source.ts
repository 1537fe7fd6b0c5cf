import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from './repo-paths.js';
import type { WritableRuleSource } from './rule-source.js';

/** Rule files in a folder on disk (the shipped `rules/`, or a copy of it). */
export class DirectoryRuleSource implements WritableRuleSource {
  readonly dir: string;
  readonly label: string;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
    this.label = displayPath(this.dir);
  }

  async list(): Promise<string[]> {
    const entries = await readdir(this.dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(this.dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.absolute(relative));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(relative: string, text: string): Promise<void> {
    const target = this.absolute(relative);
    await mkdir(path.dirname(target), { recursive: true });
    // Write beside, then rename: a crash leaves the old file or the new one, never half of either.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target);
  }

  display(relative: string): string {
    return displayPath(this.absolute(relative));
  }

  absolute(relative: string): string {
    return path.join(this.dir, ...relative.split('/'));
  }
}
