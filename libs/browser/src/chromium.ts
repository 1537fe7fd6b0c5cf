import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; never a downloaded browser. FORDELING_CHROMIUM overrides the path. */
export const chromiumPath = (): string => process.env.FORDELING_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = (): boolean => existsSync(chromiumPath());

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Headless Debian chromium with the flags above; also what the browser tests drive. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium findes ikke på ${chromiumPath()}; installér det med »apt-get install -y chromium« (der hentes aldrig en browser).`);
  }
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
