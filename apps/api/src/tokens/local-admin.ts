// Token management while `fordeling serve` holds the PGlite folder (issue 15). PGlite serves one
// process at a time (libs/store/src/db/data-dir-lock.ts), so `fordeling tokens …` cannot open the
// store while the server runs. Instead the server writes `<folder>.server.json` beside the folder's
// lock — its URL and a secret made at start, readable by the folder's owner only (0600) — and the
// command, finding the folder locked by that server, manages tokens through the server's
// /v1/tokens with that secret.
//
// Why this and not "use a ministry token": the first token of a fresh folder can be minted too, and
// the operator needs nothing but the right to the folder — which already lets them read and change
// every row. The secret is accepted on /v1/tokens only, never logged, lives as long as the server
// (a new one each start; the file is removed on stop) and every use is audited as the local
// administrator.
import { timingSafeEqual } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TokenRecord } from '@fordeling/store';
import type { TokenVerifier } from '../http/token-verifier.js';

export interface LocalAdmin {
  pid: number;
  url: string;
  secret: string;
}

/** The file beside a PGlite folder that names its running server. */
export const localAdminFile = (dataDir: string): string => `${resolve(dataDir)}.server.json`;

/** Written by `fordeling serve` once it listens; readable by the folder's owner only. */
export async function writeLocalAdmin(dataDir: string, admin: LocalAdmin): Promise<void> {
  const file = localAdminFile(dataDir);
  await rm(file, { force: true }); // a file left by a server that was killed
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(admin)}\n`);
  } finally {
    await handle.close();
  }
}

export async function readLocalAdmin(dataDir: string): Promise<LocalAdmin | undefined> {
  try {
    const admin = JSON.parse(await readFile(localAdminFile(dataDir), 'utf8')) as LocalAdmin;
    return Number.isInteger(admin.pid) && typeof admin.url === 'string' && typeof admin.secret === 'string' ? admin : undefined;
  } catch {
    return undefined;
  }
}

export async function removeLocalAdmin(dataDir: string): Promise<void> {
  await rm(localAdminFile(dataDir), { force: true });
}

/** The principal the secret stands for; the audit log names it. */
export const LOCAL_ADMIN: TokenRecord = {
  id: 'local-admin',
  role: 'ministry',
  region: null,
  label: 'Lokal administrator (fordeling tokens på serverens maskine)',
  createdAt: new Date(0).toISOString(),
  lastUsedAt: null,
  revokedAt: null,
};

/** `tokens`, and the server's local secret as the local administrator. */
export function withLocalAdmin(tokens: TokenVerifier, secret: string | undefined): TokenVerifier {
  if (!secret) return tokens;
  const expected = Buffer.from(secret);
  return {
    async find(plain) {
      const given = Buffer.from(plain);
      if (given.length === expected.length && timingSafeEqual(given, expected)) return LOCAL_ADMIN;
      return tokens.find(plain);
    },
  };
}
