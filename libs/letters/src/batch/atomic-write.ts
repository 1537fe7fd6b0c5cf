import { rename, writeFile } from 'node:fs/promises';

/** Writes via a temporary file and a rename, so an interrupted batch never leaves half a letter. */
let counter = 0;

export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}-${counter++}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}
