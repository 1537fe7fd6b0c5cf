import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_JOURNAL, readIndex, writeIndex, type IndexEntry } from './letter-index.js';

const entry = (providerNumber: string, id: string): IndexEntry => ({
  kind: 'vejledende', id, providerNumber, clinic: 'Klinik', region: 'Nordjylland', dataHash: 'sha256:d', templateHash: 'sha256:t',
  files: [{ format: 'html', file: `${providerNumber}-vejledende.html`, sha256: 'a'.repeat(64) }],
});

describe('the letters index with its journal', () => {
  it('reads index.json, then the journal over it (a newer line wins), leaving out a line cut short by a kill', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-index-'));
    await writeIndex(out, { generator: 'fordeling letters', entries: [entry('100001', 'A-1'), entry('100002', 'B-1')], failures: [] });
    const torn = JSON.stringify(entry('100004', 'D-1')).slice(0, 40);
    await writeFile(path.join(out, INDEX_JOURNAL), `${JSON.stringify(entry('100002', 'B-2'))}\n${JSON.stringify(entry('100003', 'C-1'))}\n${torn}`);
    const index = await readIndex(out);
    expect(index.entries.map((e) => `${e.providerNumber}:${e.id}`)).toEqual(['100001:A-1', '100002:B-2', '100003:C-1']);

    await writeIndex(out, index); // folded in: the journal is gone, index.json holds all three
    await expect(readFile(path.join(out, INDEX_JOURNAL))).rejects.toThrow(/ENOENT/);
    expect((await readIndex(out)).entries).toHaveLength(3);
  });
});
