// Where the Chromium for tests, benchmarks and screenshots lives: $CHROMIUM_PATH, Debian's /usr/bin/chromium,
// or Playwright's own download (if someone ran `npx playwright install chromium` where that works).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* no Playwright browser downloaded */
  }
  return undefined;
}

/** Launch arguments that keep Chromium quiet on a closed network and working as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
