#!/usr/bin/env node
// Finds a Chromium for the Playwright tests, in this order: $CHROMIUM_PATH, Debian's /usr/bin/chromium,
// Playwright's own download. Where none exists and we run as root on Debian, installs chromium and
// fonts-wqy-microhei with apt-get (saying so); otherwise stops with the exact command to run.
// Prints the path it chose; the Playwright config repeats the same search (scripts/browser-path.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

const INSTALL = 'apt-get update && apt-get install -y chromium fonts-wqy-microhei';

function hasCjkFont() {
  try {
    return /wqy|noto.*cjk|source han/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

function isDebian() {
  try {
    return /ID=debian|ID_LIKE=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let found = findChromium();

if (!found || !hasCjkFont()) {
  const missing = [!found && 'a Chromium browser', !hasCjkFont() && 'a CJK font (fonts-wqy-microhei)'].filter(Boolean).join(' and ');
  if (isRoot && isDebian() && existsSync('/usr/bin/apt-get')) {
    console.error(`[ensure-browser] ${missing} not found: running \`${INSTALL}\` (about 35 s)...`);
    execFileSync('sh', ['-c', `${INSTALL.replace('apt-get update', 'apt-get update -qq')} >&2`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    });
    found = findChromium();
  } else if (!found) {
    console.error(`[ensure-browser] No Chromium found (checked $CHROMIUM_PATH, /usr/bin/chromium, Playwright's cache).\n` +
      `Install one, e.g. on Debian/Ubuntu:  sudo sh -c '${INSTALL}'\n` +
      `or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.`);
    process.exit(1);
  } else {
    console.error(`[ensure-browser] warning: no CJK font found; Chinese labels will show as boxes in screenshots.\n` +
      `Install one with:  sudo sh -c '${INSTALL}'`);
  }
}
if (!found) {
  console.error(`[ensure-browser] Chromium still not found after installing. Set CHROMIUM_PATH to a Chromium binary.`);
  process.exit(1);
}
console.error(`[ensure-browser] using ${found}`);
