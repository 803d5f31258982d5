// The timeline (issue 13, "Timeline" and "Timestamps"): a strip of the whole document with a tick per passage,
// the selection's passages lit, hover shows where a passage starts, a click opens it in the reader, and a range
// brushed with the mouse or set with the keyboard narrows the scope (counts recomputed, URL kept). On the bundled
// transcript (the suite's server) and on a timestamped English fixture built into its own site, whose passages
// link to their moment of the recording. Expectations come from the graph files themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { conceptPassages } from '../../src/lib/core/analysis/hierarchy';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { ROOT, serveTimelineFixture, type BuiltSite } from './support/static-site';
import { expect, test } from './support/guards';

const bundled = JSON.parse(readFileSync(join(ROOT, 'static/data/scaling-era.graph.json'), 'utf8')) as SerializedConceptGraph;
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const passagesPanel = (page: Page) => page.getByRole('region', { name: 'Passages' });

async function open(page: Page, url: string) {
  await page.goto(url);
  // generous: the machines that run this suite are often loaded
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(timeline(page).locator('[data-tick]').first()).toBeAttached();
}
async function statPassages(page: Page): Promise<number> {
  const t = (await page.getByTestId('stats').textContent()) ?? '';
  return Number([...t.matchAll(/(\d+)/g)][2][1]);
}
/** The passage range the URL holds, as [first, last] indices into the graph's passages. */
function rangeOf(page: Page, graph: SerializedConceptGraph): [number, number] | null {
  const r = new URL(page.url()).searchParams.get('range');
  if (!r) return null;
  const ids = graph.attributes.passages.map((p) => p.id);
  const [a, b] = r.split(',').map((id) => ids.indexOf(id));
  return [a, b];
}
/** Drags across the strip from fraction `from` to fraction `to` of its width. */
async function brush(page: Page, from: number, to: number) {
  const box = (await timeline(page).locator('.track').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

test.describe('bundled transcript', () => {
  test('one tick per passage; the selection lights up its passages (with narrower concepts), the others stay dark', async ({ page }) => {
    await open(page, '/');
    await expect(timeline(page).locator('[data-tick]')).toHaveCount(bundled.attributes.passages.length);
    await expect(timeline(page).locator('[data-hit]')).toHaveCount(0);
    // section bands: the four top-level parts of the document
    await expect(timeline(page).locator('.band')).toHaveCount(4);
    await page.locator('[data-concept="scaling"]').click();
    const expected = conceptPassages(bundled, 'scaling', true).map((p) => p.passage);
    await expect(timeline(page).locator('[data-hit]')).toHaveCount(expected.length);
    const hit = await timeline(page).locator('[data-hit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tick')));
    expect(hit).toEqual(expected);
    // an edge: the passages where both are mentioned
    const edge = bundled.edges.find((e) => e.key === 'compute|scaling')!;
    await open(page, `/?e=${encodeURIComponent(edge.key)}`);
    await expect(timeline(page).locator('[data-hit]')).toHaveCount(edge.attributes.passages.length);
  });

  test('hovering a tick shows where its passage starts; clicking opens it in the transcript reader', async ({ page }) => {
    await open(page, '/');
    const p = bundled.attributes.passages.find((x) => x.kind === 'turn' && x.text.length > 200)!;
    const tick = timeline(page).locator(`[data-tick="${p.id}"]`);
    await tick.hover();
    const tip = page.getByTestId('timeline-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(p.text.slice(0, 40));
    await expect(tick).toHaveAttribute('title', /Russ|Dwarkesh|旁白/);
    await tick.click();
    const reader = page.getByRole('dialog', { name: 'Transcript' });
    await expect(reader).toBeVisible();
    await expect(reader.locator(`[data-reader-passage="${p.id}"]`)).toHaveClass(/target/);
    await page.keyboard.press('Escape');
    await expect(reader).toBeHidden();
  });

  test('brushing a range narrows the scope: counts recomputed, faded ticks outside, range in the URL and back on reload', async ({ page }) => {
    await open(page, '/?links=all'); // every link drawn, so the drawn links are the recounted ones
    const all = await statPassages(page);
    await brush(page, 0.3, 0.6);
    await expect.poll(() => rangeOf(page, bundled)).not.toBeNull();
    const [a, b] = rangeOf(page, bundled)!;
    const n = b - a + 1;
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThan(all);
    await expect.poll(() => statPassages(page)).toBe(n);
    await expect(timeline(page).locator('[data-tick]:not(.out)')).toHaveCount(n);
    await expect(page.getByTestId('timeline-brush')).toBeVisible();
    await expect(page.getByTestId('timeline-range')).toContainText(`${n} passages`);
    // concepts and edges are recounted over those passages only (fewer than in the whole document)
    const edges = Number([...((await page.getByTestId('stats').textContent()) ?? '').matchAll(/(\d+)/g)][1][1]);
    expect(edges).toBeLessThan(bundled.edges.length);
    await expect(page.locator('[data-edge]')).toHaveCount(edges);
    // the URL keeps it
    const url = page.url();
    await open(page, url);
    await expect.poll(() => statPassages(page)).toBe(n);
    await expect(page.getByTestId('timeline-brush')).toBeVisible();
    // and "Whole document" gives everything back
    await timeline(page).getByRole('button', { name: 'Whole document' }).click();
    await expect.poll(() => statPassages(page)).toBe(all);
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBeNull();
  });

  test('the keyboard sets the same range with the two sliders', async ({ page }) => {
    await open(page, '/');
    const start = timeline(page).getByRole('slider', { name: 'Range start' });
    const end = timeline(page).getByRole('slider', { name: 'Range end' });
    await start.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await end.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    const last = bundled.attributes.passages.length - 1;
    await expect.poll(() => rangeOf(page, bundled)).toEqual([5, last - 3]);
    await expect.poll(() => statPassages(page)).toBe(last - 3 - 5 + 1);
    await expect(start).toHaveAttribute('aria-valuetext', /passage 6 of/);
  });

  test('390 px wide: the strip fits the screen, ticks are visible, and the sliders work', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await open(page, '/');
    const region = timeline(page);
    await region.scrollIntoViewIfNeeded();
    const box = (await region.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const tick = (await region.locator('[data-tick]').nth(100).boundingBox())!;
    expect(tick.width).toBeGreaterThan(0);
    const start = region.getByRole('slider', { name: 'Range start' });
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => statPassages(page)).toBe(bundled.attributes.passages.length - 1);
    await page.screenshot({ path: 'test-results/screens/timeline-390.png', fullPage: true });
    await context.close();
  });
});

test.describe('timestamped fixture', () => {
  test.describe.configure({ mode: 'serial' });
  let site: BuiltSite;
  let graph: SerializedConceptGraph;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    ({ site, graph } = await serveTimelineFixture('timeline'));
  });
  test.afterAll(async () => site?.close());

  test('times on the axis and the bands; every timed passage links to its moment of the recording', async ({ page }) => {
    expect(graph.attributes.media).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await open(page, `${site.url}/`);
    await expect(timeline(page).locator('[data-tick]')).toHaveCount(graph.attributes.passages.length);
    await expect(timeline(page).locator('.axis')).toContainText('0:00');
    await expect(timeline(page).locator('.band').filter({ hasText: 'Storage and the grid' })).toContainText('4:10');
    await page.locator('[data-concept="battery-storage"]').click();
    const links = passagesPanel(page).locator('a[data-moment]');
    const timed = conceptPassages(graph, 'battery-storage', true).map((c) => graph.attributes.passages.find((p) => p.id === c.passage)!);
    await expect(links).toHaveCount(timed.length);
    for (const [i, p] of timed.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=${Math.floor(p.time!)}`);
      await expect(links.nth(i)).toHaveAttribute('target', '_blank');
      await expect(links.nth(i)).toHaveAttribute('rel', /noopener/);
    }
    await expect(links.first()).toHaveText('▶ 4:15');
  });

  test('hovering a tick gives its time; a brushed range keeps the passages of that stretch of the talk', async ({ page }) => {
    await open(page, `${site.url}/`);
    const p = graph.attributes.passages.find((x) => x.time === 292)!;
    await timeline(page).locator(`[data-tick="${p.id}"]`).hover();
    await expect(page.getByTestId('timeline-tip')).toContainText('4:52 · Tom');
    await brush(page, 0.02, 0.5);
    await expect.poll(() => rangeOf(page, graph)).not.toBeNull();
    const [a, b] = rangeOf(page, graph)!;
    await expect.poll(() => statPassages(page)).toBe(b - a + 1);
    // the range summary names the times of its ends
    const first = graph.attributes.passages[a];
    await expect(page.getByTestId('timeline-range')).toContainText(first.time === null ? `line ${first.lineStart}` : /\d+:\d\d/);
  });
});
