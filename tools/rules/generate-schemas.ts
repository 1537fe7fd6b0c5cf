// Writes rules/schemas/<kind>.schema.json (header + the kind's content schema) for every standard
// kind, so editors validate and complete rule files as legal staff type. Run after changing a kind:
//   npx tsx tools/rules/generate-schemas.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerSchema, standardKinds } from '@fordeling/engine';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repo, 'rules/schemas');
mkdirSync(outDir, { recursive: true });

for (const kind of standardKinds) {
  const schema = {
    ...headerSchema,
    $id: `${kind.kind}.schema.json`,
    title: `Regelsæt af typen »${kind.kind}« (BEK nr. 975 af 2025)`,
    properties: { ...headerSchema.properties, kind: { const: kind.kind, title: 'Type' }, content: kind.contentSchema },
  };
  const file = path.join(outDir, `${kind.kind}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Skrev ${path.relative(repo, file)}`);
}
