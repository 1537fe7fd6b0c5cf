// Redocly CLI's lint of the API's OpenAPI document with apps/api/redocly.yaml (issue 15), for
// `npm run openapi:lint` and its test in npm test. Offline: telemetry and the update check off; the
// document has no remote $ref.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '@fordeling/api-app';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Lints the document as the server serves it; `args` go to `redocly lint`. */
export function lintOpenApi(args: string[] = [], print = false): { status: number; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fordeling-openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
    const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
    const result = spawnSync(process.execPath, [cli, 'lint', file, '--config', path.join(repo, 'apps/api/redocly.yaml'), ...args], {
      encoding: 'utf8',
      stdio: print ? 'inherit' : 'pipe',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      timeout: 120_000,
    });
    return { status: result.status ?? 1, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
