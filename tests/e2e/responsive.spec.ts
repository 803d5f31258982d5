// The explorer on a phone, a tablet and a laptop (issue 15, "Display"): the graph comes first and takes the width
// the screen has, the page never scrolls sideways, a tap on a concept selects it and shows its passages, two
// fingers zoom, and the controls (display choices and filters) can be reached. Also the page's language and its
// Latin-first fonts. Screenshots of each size go to test-results/ (looked at by hand, not compared).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { conceptPassages } from '../../src/lib/core/analysis/hierarchy';

const graph = JSON.parse(readFileSync(new URL('../../static/data/scaling-era.graph.json', import.meta.url), 'utf8')) as SerializedConceptGraph;
const passages = (page: Page) => page.getByRole('region', { name: 'Passages' });

const SIZES = [
  { name: 'phone', width: 390, height: 844, touch: true, minGraph: 370 },
  { name: 'tablet', width: 768, height: 1024, touch: true, minGraph: 740 },
  { name: 'laptop', width: 1440, height: 900, touch: false, minGraph: 700 }
];

async function openAt(browser: Browser, s: (typeof SIZES)[number]) {
  const context = await browser.newContext({ viewport: { width: s.width, height: s.height }, hasTouch: s.touch, isMobile: s.touch, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  return { context, page };
}

/** Scroll width of the document beyond the viewport (0 = no sideways scrolling). */
const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const s of SIZES) {
  test(`${s.name} ${s.width}x${s.height}: graph at full width, no sideways scroll, a tap opens the passages`, async ({ browser }) => {
    const { context, page } = await openAt(browser, s);
    const box = (await page.locator('.graph svg').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(s.minGraph);
    expect(box.height).toBeGreaterThanOrEqual(300);
    expect(box.y).toBeLessThan(s.height / 2); // the graph starts in the upper half of the first screen
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/${s.width}-overview.png` });

    const node = page.locator('[data-concept="scaling"]');
    if (s.touch) await node.tap();
    else await node.click();
    const region = passages(page);
    await expect(region).toBeVisible();
    await expect(region.locator('article[data-passage]').first()).toBeInViewport();
    // scaling's own passages and those of its narrower concepts
    const count = conceptPassages(graph, 'scaling', true).length;
    await expect(region.locator('article[data-passage]')).toHaveCount(count);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    // the selected concept stays in sight, not under the passages
    const covered = () =>
      page.evaluate(() => {
        const n = document.querySelector('[data-concept="scaling"]')!.getBoundingClientRect();
        const sheet = document.querySelector('section[aria-label="Passages"]')!.getBoundingClientRect();
        const over = n.right > sheet.left && n.left < sheet.right && n.bottom > sheet.top && n.top < sheet.bottom;
        return over || n.top < 0 || n.bottom > innerHeight;
      });
    await expect.poll(covered).toBe(false);
    await page.screenshot({ path: `test-results/screens/${s.width}-passages.png` });
    await context.close();
  });
}

for (const s of SIZES.filter((x) => x.touch)) {
  test(`${s.name}: the filters and display controls open as a drawer; a pinch zooms the graph`, async ({ browser }) => {
    const { context, page } = await openAt(browser, s);
    const measure = page.getByRole('radiogroup', { name: 'Edge measure' });
    await expect(measure).toBeHidden();
    await page.locator('[data-concept="agi"]').tap();
    await expect(passages(page)).toBeVisible();
    const toggle = page.getByRole('button', { name: 'Filters and display', exact: true });
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(measure).toBeInViewport();
    await page.getByRole('radio', { name: 'Jaccard' }).check();
    await expect(page).toHaveURL(/m=jaccard/);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/${s.width}-drawer.png` });
    // Escape in the drawer closes the drawer only: the passages stay open
    await page.keyboard.press('Escape');
    await expect(measure).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(passages(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(passages(page)).toBeHidden();

    // two fingers move apart over the graph, one of them on a node: d3-zoom scales the view (the nodes spread)
    const spread = () =>
      page.evaluate(() => {
        const r = (id: string) => document.querySelector(`[data-concept="${id}"]`)!.getBoundingClientRect();
        const a = r('scaling');
        const b = r('agi');
        return Math.hypot(a.x - b.x, a.y - b.y);
      });
    const before = await spread();
    const node = (await page.locator('[data-concept="scaling"] circle.dot').boundingBox())!;
    const cx = node.x + node.width / 2;
    const cy = node.y + node.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx, y: cy, id: 1 },
          { x: cx + d, y: cy, id: 2 }
        ]
      });
    await touch('touchStart', 30);
    for (let d = 40; d <= 150; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect.poll(spread).toBeGreaterThan(before * 1.5);
    await context.close();
  });
}

test('laptop 1440x900: the display controls and the filters are both in sight without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Edge measure' })).toBeInViewport();
  await expect(page.getByRole('radiogroup', { name: 'Label language' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'All', exact: true })).toBeInViewport();
  await expect(page.getByRole('complementary', { name: 'Filters and display' }).getByRole('slider')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Reset filters' })).toBeInViewport();
});

test('edge width defaults to the count, with NPMI and Jaccard one click away, each explained', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Count' })).toBeChecked();
  await expect(page.getByTestId('measure-explanation')).toContainText('in how many passages');
  await page.getByRole('radio', { name: 'NPMI' }).check();
  await expect(page.getByTestId('measure-explanation')).toContainText('rare pairs');
  await expect(page).toHaveURL(/m=npmi/);
});

test('the page speaks the transcript\'s language and draws Latin text in a Latin font', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  // the bundled transcript is Chinese
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
  await expect(page.locator('.app')).toHaveAttribute('lang', 'zh');
  // a curly apostrophe in Latin text is narrow (a CJK face draws it a full em wide: "xAI’ s")
  const widths = await page.evaluate(() => {
    const span = document.createElement('span');
    span.style.fontSize = '20px';
    span.style.whiteSpace = 'pre';
    document.querySelector('h1')!.append(span);
    const w = (t: string) => {
      span.textContent = t;
      return span.getBoundingClientRect().width;
    };
    const r = { apostrophe: w('’'), han: w('规') };
    span.remove();
    return r;
  });
  expect(widths.han).toBeGreaterThan(18);
  expect(widths.apostrophe).toBeLessThan(10);
});
