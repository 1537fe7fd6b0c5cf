import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/database.js';
import { jsonLiteral } from './sql-literal.js';
import { backends, type TestTarget } from './testing/backends.js';

// Strings PostgreSQL's jsonb cannot hold (U+0000) are refused by jsonb itself, with or without a literal.
const text = fc.string({ unit: fc.oneof(fc.constantFrom('$', "'", '\\', '"', '$j$', '$$', 'j', '\n', '€', 'ø'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }).filter((s) => !s.includes('\u0000'));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(text, tie('value'), { maxKeys: 4 })),
})).value;

describe.each(backends)('jsonLiteral ($name)', (backend) => {
  let target: TestTarget;
  let db: Database;
  beforeAll(async () => {
    target = await backend.create();
    db = await target.openDatabase();
  });
  afterAll(async () => {
    await db?.close();
    await target?.dispose();
  });

  it('reads back as the same JSON, whatever the text holds: quotes, backslashes, dollar signs, the tag itself', async () => {
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        const [row] = await db.exec<{ v: unknown }>(`SELECT ${jsonLiteral(value)}::jsonb AS v`);
        expect(row.v).toEqual(value);
      }),
      { numRuns: 150 },
    );
  });

  it('never lets the text end the literal: a value that spells SQL stays a value', async () => {
    const attack = { council: "$j$::jsonb; DROP TABLE capacity_decisions; --'", note: "'); DELETE FROM audit_log; --" };
    expect(jsonLiteral(attack)).not.toMatch(/^\$j\$.*\$j\$.+\$j\$$/s);
    const [row] = await db.exec<{ v: unknown }>(`SELECT ${jsonLiteral(attack)}::jsonb AS v`);
    expect(row.v).toEqual(attack);
  });
});
