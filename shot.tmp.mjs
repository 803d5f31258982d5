// usage: node shot.mjs URL OUTPREFIX WxH [WxH...]   (run from a dir whose node_modules has @playwright/test)
import { chromium } from '@playwright/test';
const [url, prefix, ...sizes] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
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
