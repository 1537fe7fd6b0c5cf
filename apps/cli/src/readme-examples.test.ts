// The README's API examples work as written (issue 15: its first API call used to answer 403 — a
// Nordjylland token posting a Midtjylland request). The section "The HTTP API and the hearing store"
// has two sh blocks: the first starts the server, the second is a session in another terminal while
// it runs. This test starts the first block's command on a free port in a fresh folder (so a fresh
// `.data/pglite`), runs the second block verbatim with bash — `npx fordeling` is the repository's
// bin, as npx resolves it in the repository; the only edit is the port, 8080 → the free one — and
// checks the status of every curl call against the number its comment names (`# 201 …`).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fordelingBin, repoRoot, startServe, type ServeProcess } from './testing/serve-process.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The sh blocks of one README section. */
function shBlocks(section: string): string[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`README has no section »${section}«`);
  const end = readme.indexOf('\n## ', start + 1);
  const text = readme.slice(start, end < 0 ? undefined : end);
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Commands of a block: continuation lines joined, each with the comment at its end. */
function commands(block: string): Array<{ command: string; comment: string }> {
  return block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .map((line) => {
      const at = line.search(/\s#\s/);
      return at < 0 ? { command: line.trim(), comment: '' } : { command: line.slice(0, at).trim(), comment: line.slice(at).replace(/^\s*#\s*/, '') };
    });
}

const hasCurl = spawnSync('curl', ['--version']).status === 0;
if (!hasCurl) console.log('README examples: skipped — curl is not installed (.ci/run has it from Debian).');

describe.skipIf(!hasCurl)('the README’s API examples, as written', () => {
  const [serverBlock, sessionBlock] = shBlocks('The HTTP API and the hearing store');
  const work = mkdtempSync(path.join(tmpdir(), 'fordeling-readme-'));
  let server: ServeProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps the two commands at the top of the README', () => {
    expect(readme.split('\n').slice(2, 6).join('\n')).toMatch(
      /^```sh\nnpm ci && npx fordeling demo\s+# the main job[^\n]*\nnpm ci && npm test\s+# all tests[^\n]*\n```$/,
    );
  });

  it('a newcomer’s session against a fresh server answers what each comment says', async () => {
    expect(serverBlock, 'the section starts the server in its first sh block').toBeDefined();
    expect(sessionBlock, 'and has a session in its second').toBeDefined();
    const start = commands(serverBlock)[0];
    expect(start.command).toBe('npx fordeling serve');

    // A folder of its own: the default .data/pglite inside it is fresh; the examples' files are the repository's.
    symlinkSync(path.join(repoRoot, 'docs'), path.join(work, 'docs'));
    const bin = path.join(work, 'bin');
    const dumps = path.join(work, 'dumps');
    mkdirSync(bin);
    mkdirSync(dumps);
    // npx fordeling → the repository's bin (what npx runs inside the repository);
    // curl → the real curl, which also writes each answer's status line and headers to dumps/NNN.
    writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\n[ "$1" = fordeling ] || { echo "unexpected npx $1" >&2; exit 97; }\nshift\nexec "${process.execPath}" "${fordelingBin}" "$@"\n`);
    const curl = execFileSync('sh', ['-c', 'command -v curl'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'curl'), `#!/bin/sh\nn=$(ls "${dumps}" | wc -l)\nexec "${curl}" -D "${dumps}/$(printf %03d "$n")" "$@"\n`);
    chmodSync(path.join(bin, 'npx'), 0o755);
    chmodSync(path.join(bin, 'curl'), 0o755);

    server = await startServe([], { DATABASE_URL: '' }, work);
    const script = sessionBlock.replaceAll('127.0.0.1:8080', `127.0.0.1:${server.port}`);
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: work,
      env: { ...process.env, DATABASE_URL: '', PATH: `${bin}:${process.env.PATH}` },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

    const expected = commands(sessionBlock)
      .filter((c) => /\bcurl\b/.test(c.command))
      .map((c) => {
        const status = /^(\d{3})\b/.exec(c.comment)?.[1];
        if (!status) throw new Error(`README: the comment of »${c.command}« does not start with the status it answers`);
        return Number(status);
      });
    const got = readdirSync(dumps)
      .sort()
      .map((file) => Number(/^HTTP\/[\d.]+ (\d{3})/.exec(readFileSync(path.join(dumps, file), 'utf8'))?.[1]));
    expect(got).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(4);
  }, 180_000);
});
