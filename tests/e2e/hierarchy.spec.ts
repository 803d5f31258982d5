// The concept hierarchy (issue 13, "Hierarchy"): the catalog's `broader` links shown in a concept's panel as the
// broader concept (a button that selects it) and the narrower ones; the concept's passages include those of its
// narrower concepts, marked, with a toggle to leave them out; section titles are passages (kind heading) whose
// mentions count. On the bundled transcript and on the timestamped English fixture (its own site).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { conceptHierarchy, conceptPassages, descendants } from '../../src/lib/core/analysis/hierarchy';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { ROOT, serveTimelineFixture, type BuiltSite } from './support/static-site';
import { expect, test } from './support/guards';

const bundled = JSON.parse(readFileSync(join(ROOT, 'static/data/scaling-era.graph.json'), 'utf8')) as SerializedConceptGraph;
const panel = (page: Page) => page.getByRole('region', { name: 'Passages' });
const family = (page: Page) => page.getByTestId('hierarchy');

async function open(page: Page, url: string) {
  await page.goto(url);
  // generous: the machines that run this suite are often loaded
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}
/** The passage ids the panel lists, once it has laid out all of them. */
async function listed(page: Page, count: number): Promise<string[]> {
  await expect(panel(page).locator('article[data-passage]')).toHaveCount(count);
  return panel(page).locator('article[data-passage]').evaluateAll((els) => els.map((e) => e.getAttribute('data-passage')!));
}

test.describe('bundled transcript', () => {
  test('Scaling: broader 人工智能 as a link, narrower 规模化时代 and 预训练扩展 under it, their passages included and marked', async ({ page }) => {
    await open(page, '/?c=scaling');
    await expect(family(page).locator('[data-broader="ai"]')).toHaveText('人工智能');
    for (const k of ['scaling-era', 'pre-training-scaling', 'inference-scaling']) await expect(family(page).locator(`[data-narrower="${k}"]`)).toBeVisible();
    await expect(family(page).locator('[data-narrower="scaling-era"]')).toHaveText('规模化时代');

    const h = conceptHierarchy(bundled);
    const all = conceptPassages(bundled, 'scaling', true, h);
    const own = conceptPassages(bundled, 'scaling', false, h);
    expect(all.length).toBeGreaterThan(own.length);
    expect(await listed(page, all.length)).toEqual(all.map((p) => p.passage));
    // the passages there only through a narrower concept say which one
    const via = all.filter((p) => p.viaNarrower);
    await expect(panel(page).locator('article [data-via]')).toHaveCount(via.length);
    const era = via.find((p) => p.mentions.some((m) => m.concept === 'scaling-era'))!;
    await expect(panel(page).locator(`article[data-passage="${era.passage}"] [data-via]`)).toContainText('规模化时代');
    await expect(family(page)).toContainText(`${via.length} only through them`);

    // the toggle leaves them out: the concept's own passages only
    await family(page).getByRole('checkbox', { name: /Include passages of narrower concepts/ }).uncheck();
    expect(await listed(page, own.length)).toEqual(own.map((p) => p.passage));
    await expect(panel(page).locator('article [data-via]')).toHaveCount(0);
    expect(own.length).toBe(bundled.nodes.find((n) => n.key === 'scaling')!.attributes.passageCount);
  });

  test('the broader and narrower buttons select those concepts', async ({ page }) => {
    await open(page, '/?c=scaling');
    await family(page).locator('[data-broader="ai"]').click();
    await expect(panel(page).locator('h2')).toContainText('人工智能');
    await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('ai');
    // AI's narrower concepts include scaling; back to it from there
    await family(page).locator('[data-narrower="scaling"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('scaling');
    await expect(panel(page).locator('h2')).toContainText('规模化');
    // the whole subtree under AI counts towards its passages
    expect(descendants(conceptHierarchy(bundled), 'ai')).toContain('scaling-era');
  });

  test('section titles are passages: the title "二、 规模化的核心作用 (The Scaling Era)" is listed for Scaling and opens in the reader as its heading', async ({ page }) => {
    const title = bundled.attributes.passages.find((p) => p.kind === 'heading' && p.text === '二、 规模化的核心作用 (The Scaling Era)')!;
    await open(page, '/?c=scaling');
    const article = panel(page).locator(`article[data-passage="${title.id}"]`);
    await expect(article).toBeVisible();
    await expect(article.locator('mark')).toHaveText(['规模化']);
    await article.getByRole('button', { name: 'Show in transcript' }).click();
    const reader = page.getByRole('dialog', { name: 'Transcript' });
    const heading = reader.locator(`[data-reader-passage="${title.id}"]`);
    await expect(heading).toHaveAttribute('role', 'heading');
    await expect(heading).toHaveClass(/target/);
    // printed once: no second copy of the title as a plain heading
    await expect(reader.getByRole('heading', { name: '二、 规模化的核心作用 (The Scaling Era)', exact: true })).toHaveCount(1);
  });
});

test.describe('timestamped fixture', () => {
  test.describe.configure({ mode: 'serial' });
  let site: BuiltSite;
  let graph: SerializedConceptGraph;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    ({ site, graph } = await serveTimelineFixture('hierarchy'));
  });
  test.afterAll(async () => site?.close());

  test('Solar power: broader Renewable energy, narrower Solar panel and Photovoltaic cell; grandchildren count too', async ({ page }) => {
    await open(page, `${site.url}/?c=solar-power`);
    await expect(family(page).locator('[data-broader="renewable-energy"]')).toHaveText('Renewable energy');
    await expect(family(page).locator('[data-narrower]')).toHaveText(['Photovoltaic cell', 'Solar panel']);
    const all = conceptPassages(graph, 'solar-power', true);
    expect(await listed(page, all.length)).toEqual(all.map((p) => p.passage));
    // perovskite sits under photovoltaic cell: its passages come through two levels
    const perovskite = all.filter((p) => p.mentions.some((m) => m.concept === 'perovskite'));
    expect(perovskite.length).toBeGreaterThan(0);
    for (const p of perovskite) await expect(panel(page).locator(`article[data-passage="${p.passage}"] mark`).filter({ hasText: /perovskite/i })).toHaveCount(1);
  });
});
