// The page when the data is wrong. Sites are built (scripts/build-site.ts) from a deliberately broken graph file:
// missing, truncated, schema-invalid. The page is prerendered, so the error view must be in the built HTML and
// stay on screen after hydration, saying what is wrong and how to rebuild. A large graph is fetched after
// hydration instead: the same three faults are then introduced after the build (the file swapped under the
// server) and the page must show the same kind of message. A valid graph still draws, of course. Each site names
// its own graph file (data/talk.graph.json here): messages and advice name that file, not the bundled one.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { syntheticGraph } from '../../bench/synthetic';
import { LARGE_GRAPH } from '../../src/lib/viz/renderer';
import { buildAndServe, ROOT, type StaticSite } from './support/static-site';
import { expect, test } from './support/guards';

/** This run's own folder (other checkouts may run this spec at the same time), made by the first beforeAll. */
let WORK = '';
test.afterAll(() => {
  if (WORK) rmSync(WORK, { recursive: true, force: true });
});
const MINI = readFileSync(join(ROOT, 'tests/fixtures/graphs/mini.graph.json'), 'utf8');
/** Every site here is built with this name: its graph file is data/talk.graph.json. */
const NAME = 'talk';
const DATA = `data/${NAME}.graph.json`;

/** What the error view must say for each fault (title, detail, how to fix). */
const EXPECT = {
  missing: { title: 'The graph file was not found', problem: /^\/data\/talk\.graph\.json (answered HTTP 404|could not be)/ },
  truncated: { title: 'The graph file is not valid JSON', problem: /^\/data\/talk\.graph\.json is not JSON \(.+\); it stops after \d+ characters, so the file looks truncated/ },
  invalid: { title: 'The graph file does not match the graph schema', problem: /at \$\.nodes\[1\]\.attributes\.(passageCount|mentionCount) in \/data\/talk\.graph\.json/ }
} as const;
type Fault = keyof typeof EXPECT;

/** A graph that parses but breaks the schema in one place: a count that is a string. */
function invalid(json: string, field = 'passageCount'): string {
  const g = JSON.parse(json);
  g.nodes[1].attributes[field] = 'three';
  return JSON.stringify(g);
}
/** The first 60% of the file: cut in the middle of a value. */
const truncate = (json: string) => json.slice(0, Math.floor(json.length * 0.6));

async function expectErrorView(page: Page, fault: Fault) {
  const view = page.getByTestId('graph-error');
  await expect(view).toBeVisible();
  await expect(view).toHaveAttribute('role', 'alert');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(EXPECT[fault].title);
  await expect(page.getByTestId('graph-error-problem')).toHaveText(EXPECT[fault].problem);
  const fix = view.getByRole('listitem');
  await expect(fix).toHaveCount(2);
  await expect(fix.nth(0)).toContainText('npm run graph');
  await expect(fix.nth(0)).toContainText(`--out static/${DATA}`);
  await expect(fix.nth(1)).toContainText('npm run build');
  await expect(view.locator('code').first()).toHaveText('npm run graph');
  // no half-drawn explorer next to it
  await expect(page.locator('[data-concept], canvas, [data-testid="stats"], [data-ready]')).toHaveCount(0);
}

test.describe('a broken graph file at build time: the prerendered page is the error view', () => {
  const sites = new Map<Fault, StaticSite>();
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(420_000);
    WORK ||= mkdtempSync(join(tmpdir(), 'topicgraph-e2e-data-'));
    writeFileSync(join(WORK, 'truncated.json'), truncate(MINI));
    writeFileSync(join(WORK, 'invalid.json'), invalid(MINI));
    sites.set('missing', await buildAndServe({ noGraph: true, name: NAME, outDir: join(WORK, 'site-missing') }));
    sites.set('truncated', await buildAndServe({ graph: join(WORK, 'truncated.json'), name: NAME, outDir: join(WORK, 'site-truncated') }));
    sites.set('invalid', await buildAndServe({ graph: join(WORK, 'invalid.json'), name: NAME, outDir: join(WORK, 'site-invalid') }));
  });
  test.afterAll(async () => {
    for (const s of sites.values()) await s.close();
  });

  for (const fault of ['missing', 'truncated', 'invalid'] as const) {
    test(`${fault}: message in the built HTML and on screen after hydration`, async ({ page, request }) => {
      const site = sites.get(fault)!;
      const html = await (await request.get(site.url + '/')).text();
      expect(html).toContain('data-testid="graph-error"');
      expect(html).toContain(EXPECT[fault].title);
      await page.goto(site.url + '/?c=scaling&bogus=1');
      await expectErrorView(page, fault);
      await page.waitForLoadState('networkidle');
      await expectErrorView(page, fault); // still there once the scripts ran
      expect(await page.title()).toBe(`${EXPECT[fault].title} · topicgraph`);
      await page.screenshot({ path: `/tmp/shots/data-error-${fault}.png` });
    });
  }
});

test.describe('a large graph is fetched after hydration: faults introduced after the build', () => {
  let site: StaticSite;
  let good: string;
  const served = () => join(WORK, 'site-large', DATA);
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    WORK ||= mkdtempSync(join(tmpdir(), 'topicgraph-e2e-data-'));
    good = JSON.stringify(syntheticGraph({ nodes: LARGE_GRAPH.nodes + 20 }));
    writeFileSync(join(WORK, 'large.json'), good);
    site = await buildAndServe({ graph: join(WORK, 'large.json'), name: NAME, outDir: join(WORK, 'site-large') });
  });
  test.afterAll(async () => {
    if (existsSync(join(WORK, 'large.json'))) copyFileSync(join(WORK, 'large.json'), served());
    await site?.close();
  });

  test('the intact file draws (the page really fetches it)', async ({ page }) => {
    writeFileSync(served(), good);
    const fetched = page.waitForRequest((r) => r.url().endsWith(`/${DATA}`));
    await page.goto(site.url + '/');
    await fetched;
    await expect(page.getByTestId('stats')).toContainText(`${LARGE_GRAPH.nodes + 20} concepts`);
    await expect(page.getByTestId('graph-error')).toHaveCount(0);
  });

  test.describe('missing', () => {
    test.use({ allowConsole: [/Failed to load resource: .*404/] });
    test('deleted after the build', async ({ page }) => {
      rmSync(served(), { force: true });
      await page.goto(site.url + '/');
      await expectErrorView(page, 'missing');
      await page.screenshot({ path: '/tmp/shots/data-error-runtime-missing.png' });
    });
  });

  test('truncated after the build', async ({ page }) => {
    writeFileSync(served(), truncate(good));
    await page.goto(site.url + '/');
    await expectErrorView(page, 'truncated');
  });

  test('replaced by a schema-invalid file after the build (found by the full validation in the worker)', async ({ page }) => {
    // mentionCount is not among the fields the first render checks: only the full (zod, worker) validation sees it
    writeFileSync(served(), invalid(good, 'mentionCount'));
    await page.goto(site.url + '/');
    await expectErrorView(page, 'invalid');
    await expect(page.getByTestId('graph-error-problem')).toContainText('$.nodes[1].attributes.mentionCount');
  });
});

test.describe('a small graph is drawn in the HTML and its file fetched for hydration: faults after the build', () => {
  let site: StaticSite;
  const served = () => join(WORK, 'site-small', DATA);
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    WORK ||= mkdtempSync(join(tmpdir(), 'topicgraph-e2e-data-'));
    writeFileSync(join(WORK, 'small.json'), MINI);
    site = await buildAndServe({ graph: join(WORK, 'small.json'), name: NAME, outDir: join(WORK, 'site-small') });
  });
  test.afterAll(async () => {
    writeFileSync(served(), MINI);
    await site?.close();
  });

  test('the intact file hydrates the prerendered graph (the data is not in the HTML)', async ({ page, request }) => {
    writeFileSync(served(), MINI);
    const html = await (await request.get(site.url + '/')).text();
    expect(html).toContain('data-concept=');
    expect(html).toContain(`<link rel="preload" href="./${DATA}" as="fetch" crossorigin="anonymous"`);
    // the graph's passages are evidence text: none of it travels in the page's data script
    const passage = (JSON.parse(MINI) as { attributes: { passages: Array<{ text: string }> } }).attributes.passages[0].text;
    expect(html).not.toContain(JSON.stringify(passage).slice(1, 30));
    const fetched = page.waitForRequest((r) => r.url().endsWith(`/${DATA}`));
    await page.goto(site.url + '/');
    await fetched;
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByTestId('graph-error')).toHaveCount(0);
  });

  const changed = { title: 'The graph file changed after the site was built', problem: /^\/data\/talk\.graph\.json is not the graph this page was built from: / };
  test('truncated after the build: the error view replaces the prerendered graph', async ({ page }) => {
    writeFileSync(served(), truncate(MINI));
    await page.goto(site.url + '/');
    const view = page.getByTestId('graph-error');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(changed.title);
    await expect(page.getByTestId('graph-error-problem')).toHaveText(changed.problem);
    await expect(page.getByTestId('graph-error-problem')).toContainText('truncated?');
    await expect(view.getByRole('listitem').nth(1)).toContainText('npm run build');
    await expect(page.locator('[data-concept], [data-testid="stats"], [data-ready]')).toHaveCount(0);
  });

  test('rebuilt with other content after the site was built: the error view, not a page that disagrees with its picture', async ({ page }) => {
    // still valid JSON and a valid graph: a moved node (the prerendered picture would be wrong)
    const g = JSON.parse(MINI);
    g.nodes[0].attributes.x += 100;
    writeFileSync(served(), JSON.stringify(g, null, 2));
    await page.goto(site.url + '/');
    await expect(page.getByTestId('graph-error').getByRole('heading', { level: 1 })).toHaveText(changed.title);
    await expect(page.getByTestId('graph-error-problem')).toContainText('it changed after the page was built');
  });

  test.describe('missing', () => {
    test.use({ allowConsole: [/Failed to load resource: .*404/] });
    test('deleted after the build', async ({ page }) => {
      rmSync(served(), { force: true });
      await page.goto(site.url + '/');
      await expectErrorView(page, 'missing');
    });
  });
});
