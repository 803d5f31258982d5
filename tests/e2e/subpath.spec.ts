// The built site copied under a sub-path of a static host (https://host/tools/topicgraph/): the page, its scripts
// and its data are all found there, nothing is requested outside it, and the explorer works (selection, passages).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, serveStatic, type StaticSite } from './support/static-site';
import { expect, test } from './support/guards';

const PREFIX = '/tools/topicgraph';
const graph = JSON.parse(readFileSync(new URL('../../static/data/scaling-era.graph.json', import.meta.url), 'utf8')) as { nodes: unknown[] };
let site: StaticSite;

test.beforeAll(async () => {
  // the site the suite's web server built (playwright.config.ts), served again under a prefix
  site = await serveStatic(resolve(ROOT, process.env.TOPICGRAPH_BUILD_DIR ?? 'build'), PREFIX);
});
test.afterAll(async () => {
  await site?.close();
});

test('served under a sub-path: scripts and graph data load from there, and the explorer works', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && !u.pathname.startsWith(`${PREFIX}/`)) outside.push(u.pathname);
  });
  const data = page.waitForRequest((r) => r.url().endsWith(`${PREFIX}/data/scaling-era.graph.json`));
  await page.goto(`${site.url}/`);
  await data;
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(page.getByTestId('graph-error')).toHaveCount(0);
  await expect(page.getByTestId('stats')).toContainText(`${graph.nodes.length} concepts`);
  await page.locator('[data-concept="hive-mind"]').click();
  await expect(page.locator('section[aria-label="Passages"] article').first()).toBeVisible();
  await expect(page.locator('section[aria-label="Passages"] mark').first()).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`${PREFIX}/`);
  expect(outside).toEqual([]);
});
