// Screenshots of a running site at several viewport sizes, for looking at the page as a user would:
//   node scripts/shot.mjs http://127.0.0.1:4173/ /tmp/shots/home 1440x900 768x1024 390x844
// (start the site first: `npm start`, or `npx vite preview --port N` after `npm run build`). Uses the Chromium that
// the tests use (scripts/browser-path.mjs). Not part of the product or the tests.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser-path.mjs';

const [url, prefix, ...sizes] = process.argv.slice(2);
if (!url || !prefix) {
  console.error('usage: node scripts/shot.mjs URL OUT_PREFIX [WxH ...]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const s of sizes.length ? sizes : ['1440x900']) {
  const [width, height] = s.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${prefix}-${s}.png` });
  console.log(`${prefix}-${s}.png`);
  await page.close();
}
await browser.close();
