// The image export against the screen (issue 15): the exported SVG draws at least every label the page shows, the
// most important concepts among them, gives every concept a <title>, and names a Latin font before the CJK ones.
// The PNG of the same view is saved to /tmp/shots/export-bundled.png for a look.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';

const graph = JSON.parse(readFileSync(new URL('../../static/data/scaling-era.graph.json', import.meta.url), 'utf8')) as SerializedConceptGraph;

async function save(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await download.path())!);
}

test('the exported SVG shows every label the screen shows, titles every concept, Latin font first; PNG saved', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const onScreen = await page.locator('text.label').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(onScreen.length).toBeGreaterThan(20);
  const svg = (await save(page, 'Export SVG')).toString('utf8');
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const labels = [...doc.querySelectorAll('g.labels text')].map((t) => t.textContent ?? '');
    const circles = [...doc.querySelectorAll('g.nodes circle')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      labels,
      circles: circles.length,
      titles: circles.map((c) => c.querySelector('title')?.textContent ?? ''),
      font: doc.documentElement.getAttribute('font-family') ?? ''
    };
  }, svg);
  expect(read.error).toBeNull();
  const drawn = new Set(read.labels);
  expect(onScreen.filter((l) => !drawn.has(l))).toEqual([]);
  const zh = (n: (typeof graph.nodes)[number]) => n.attributes.label.zh ?? n.attributes.label.en ?? n.key;
  const top = [...graph.nodes].sort((a, b) => b.attributes.passageCount - a.attributes.passageCount).slice(0, 5).map(zh);
  expect(top.filter((l) => !drawn.has(l))).toEqual([]);
  expect(read.circles).toBe(graph.nodes.length);
  expect([...read.titles].sort()).toEqual(graph.nodes.map(zh).sort());
  const families = read.font.split(',').map((f) => f.trim().replace(/'/g, ''));
  expect(families[0]).toBe('Arial');
  expect(families.indexOf('Liberation Sans')).toBeLessThan(families.indexOf('WenQuanYi Micro Hei'));

  await page.getByLabel('PNG scale').selectOption('1');
  const png = await save(page, 'Export PNG');
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
  expect(png.readUInt32BE(16)).toBe(Math.round(width));
  mkdirSync('/tmp/shots', { recursive: true });
  writeFileSync('/tmp/shots/export-bundled.png', png);
  writeFileSync('/tmp/shots/export-bundled.svg', svg);
});
