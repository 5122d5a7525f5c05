/**
 * A local Chromium for browser tests, never downloaded at test time: CHROMIUM_PATH if set, else
 * Debian's /usr/bin/chromium if installed, else the binary shipped inside the @sparticuz/chromium
 * npm package (which `npm ci` installs like any other dependency).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

async function executablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

/** Flags that keep Chromium from contacting any host of its own (updates, sync, safe browsing). */
const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: QUIET, headless: true });
}
