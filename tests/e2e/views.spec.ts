// End-to-end tests of the readable default (the backbone of the links), the Speakers table and the structural
// Gaps on the bundled transcript. Expectations come from the bundled graph file and the pure analyses it is
// built from ($lib/core/analysis), never from the page itself.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { conceptPassages } from '../../src/lib/core/analysis/hierarchy';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { NONE_KEY } from '../../src/lib/core/contract/types';
import { backboneEdges } from '../../src/lib/core/analysis/backbone';
import { speakerTable } from '../../src/lib/core/analysis/speakers';
import { structuralGaps } from '../../src/lib/core/analysis/gaps';

const graph = JSON.parse(readFileSync(new URL('../../static/data/scaling-era.graph.json', import.meta.url), 'utf8')) as SerializedConceptGraph;
const ALL = graph.edges.length;
const BACKBONE = backboneEdges(graph.edges).size;

async function open(page: Page, query = '') {
  await page.goto('/' + query);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}
const passages = (page: Page) => page.getByRole('region', { name: 'Passages' });
async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await d.path())!).toString('utf8');
}

test('the default draws the backbone and says so; one control shows every link and back, and the URL keeps it', async ({ page }) => {
  expect(BACKBONE).toBeLessThan(ALL / 2);
  await open(page);
  await expect(page.getByTestId('link-count')).toHaveText(`Backbone: ${BACKBONE} of ${ALL} links`);
  await expect(page.locator('[data-edge]')).toHaveCount(BACKBONE);
  const toggle = page.getByRole('button', { name: 'Show all links' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('[data-edge]')).toHaveCount(ALL);
  await expect(page.getByTestId('link-count')).toHaveText(`All ${ALL} links`);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/links=all/);
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-edge]')).toHaveCount(ALL);
  await page.getByRole('button', { name: 'Show all links' }).click();
  await expect(page.locator('[data-edge]')).toHaveCount(BACKBONE);
  await expect(page).not.toHaveURL(/links=/);
});

test('a selected concept draws all its links on top of the backbone', async ({ page }) => {
  await open(page);
  const mine = graph.edges.filter((e) => e.source === 'ai' || e.target === 'ai');
  const backbone = backboneEdges(graph.edges);
  const extra = mine.filter((e) => !backbone.has(e.key)).length;
  expect(extra).toBeGreaterThan(0);
  await page.locator('[data-concept="ai"]').click();
  await expect(page.locator('[data-edge]')).toHaveCount(BACKBONE + extra);
  await expect(page.getByTestId('link-count')).toHaveText(`Backbone: ${BACKBONE} of ${ALL} links, + ${extra} of the selection`);
});

test('tables and data exports keep every link; the image export offers the whole graph or the current view', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('tab', { name: `Links (${ALL})` })).toBeVisible();
  const json = JSON.parse(await download(page, 'Export JSON')) as SerializedConceptGraph;
  expect(json.edges).toHaveLength(ALL);
  const circles = (svg: string) => (svg.match(/<circle /g) ?? []).length;
  const lines = (svg: string) => (svg.match(/<line /g) ?? []).length;
  const whole = await download(page, 'Export SVG');
  expect(lines(whole)).toBeGreaterThanOrEqual(BACKBONE);
  expect(lines(whole)).toBeLessThan(BACKBONE + 5);
  expect(whole).toContain(`backbone: ${BACKBONE} of ${ALL} links`);
  // the current view: zoomed in, fewer concepts in sight than in the whole graph
  await page.getByTestId('image-frame').selectOption('view');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-moving', 'false');
  const view = await download(page, 'Export SVG');
  expect(circles(view)).toBeLessThan(circles(whole));
  expect(view).toMatch(/current view: \d+ of 99 concepts in sight/);
});

test('Speakers: a real table of speaker x concept counts, sortable; a count opens that speaker\'s passages of the concept', async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: 'Speakers' }).click();
  const region = page.getByRole('region', { name: 'Speakers' });
  const table = region.locator('table[data-table="speakers"]');
  await expect(table).toBeVisible();
  const t = speakerTable(graph);
  await expect(table.locator('tbody tr')).toHaveCount(t.rows.length);
  // sort by Russ's column, largest first, then flip
  const russ = t.columns.find((c) => c.id === 'russ')!;
  const russCounts = t.rows.map((r) => r.cells.get('russ')?.passages.length ?? 0).sort((a, b) => b - a);
  await table.locator('[data-sort="s:russ"]').click();
  await expect(table.locator('th[aria-sort="descending"]')).toContainText(russ.name);
  const firstCell = table.locator('tbody tr').first().locator('[data-cell$="|russ"]');
  await expect(firstCell).toHaveText(new RegExp(`^${russCounts[0]}\\*?$`));
  await table.locator('[data-sort="s:russ"]').click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText(russ.name);
  // a concept both speakers bring up: Russ's cell opens Russ's passages of it only
  const row = t.rows.find((r) => (r.cells.get('russ')?.passages.length ?? 0) > 0 && (r.cells.get('dwarkesh')?.passages.length ?? 0) > 0)!;
  const cell = row.cells.get('russ')!;
  // the count of whoever mentioned the concept first is starred
  await expect(table.locator(`[data-cell="${row.concept}|${row.first}"]`)).toHaveClass(/first/);
  await expect(table.locator('[data-cell].first')).toHaveCount(t.rows.length);
  await table.locator(`[data-cell="${row.concept}|russ"]`).click();
  await expect(passages(page).locator('article[data-passage]')).toHaveCount(cell.passages.length);
  await expect(passages(page).locator('article[data-passage]').first()).toHaveAttribute('data-passage', cell.passages[0]);
  await expect(passages(page).getByText(`Russ only (of ${row.total})`)).toBeVisible();
  // who brought it up first, and "every speaker" widens the list again
  const first = row.first === NONE_KEY ? 'First mentioned in a passage without a speaker' : `First brought up by ${t.columns.find((c) => c.id === row.first)!.name}`;
  await expect(passages(page).getByTestId('speaker-note').locator('.first')).toContainText(first);
  await passages(page).getByRole('button', { name: 'Every speaker' }).click();
  // every speaker: the concept's passages with those of its narrower concepts (the hierarchy's default)
  await expect(passages(page).locator('article[data-passage]')).toHaveCount(conceptPassages(graph, row.concept, true).length);
});

test('Gaps: ranked pairs of communities with bridges and evidence; choosing one highlights both communities', async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: 'Gaps' }).click();
  const region = page.getByRole('region', { name: 'Gaps' });
  const gaps = structuralGaps(graph);
  expect(gaps.length).toBeGreaterThan(0);
  await expect(region.locator('li[data-gap]')).toHaveCount(gaps.length);
  const g = gaps[0];
  const item = region.locator(`li[data-gap="${g.a}|${g.b}"]`);
  await expect(region.locator('li[data-gap]').first()).toHaveAttribute('data-gap', `${g.a}|${g.b}`);
  await expect(item.locator('[data-bridge]')).toHaveCount(g.bridges.length);
  await expect(item.locator('[data-bridge]').first()).toHaveAttribute('data-bridge', g.bridges[0].id);
  await item.locator('summary').click();
  await expect(item.locator('[data-gap-passage]')).toHaveCount(Math.min(4, g.meeting.length) + Math.min(4, g.near.length));
  await item.locator('[data-gap-highlight]').click();
  await expect(item.locator('[data-gap-highlight]')).toHaveAttribute('aria-pressed', 'true');
  const inGap = graph.nodes.filter((n) => n.attributes.community === g.a || n.attributes.community === g.b);
  await expect(page.locator('[data-concept]:not(.dimmed)')).toHaveCount(inGap.length);
  for (const n of inGap.slice(0, 5)) await expect(page.locator(`[data-concept="${n.key}"]`)).not.toHaveClass(/dimmed/);
  await expect(page.locator('[data-concept].dimmed')).toHaveCount(graph.nodes.length - inGap.length);
  // Escape clears it
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-concept].dimmed')).toHaveCount(0);
});

test('phone: the backbone note, the Speakers table and the Gaps list work under the graph', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  await expect(page.getByTestId('link-count')).toBeVisible();
  await page.getByRole('tab', { name: 'Gaps' }).click();
  await page.getByRole('region', { name: 'Gaps' }).locator('[data-gap-highlight]').first().click();
  await expect(page.locator('[data-concept].dimmed').first()).toBeAttached();
  await page.getByRole('tab', { name: 'Speakers' }).click();
  const cell = page.getByRole('region', { name: 'Speakers' }).locator('[data-cell]').first();
  await cell.click();
  await expect(passages(page)).toBeVisible();
});

test('axe: no serious or critical violations in the Speakers table, the Gaps list and a narrowed passages panel', async ({ page }) => {
  // three axe runs over hundreds of table cells: slow on a loaded machine
  test.setTimeout(240_000);
  const serious = async () => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  };
  await open(page);
  await page.getByRole('tab', { name: 'Speakers' }).click();
  await expect(page.getByRole('region', { name: 'Speakers' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByRole('tab', { name: 'Gaps' }).click();
  const gaps = page.getByRole('region', { name: 'Gaps' });
  await gaps.locator('[data-gap-highlight]').first().click();
  await gaps.locator('summary').first().click();
  expect(await serious()).toEqual([]);
  await page.getByRole('tab', { name: 'Speakers' }).click();
  await page.getByRole('region', { name: 'Speakers' }).locator('[data-cell]').first().click();
  await expect(passages(page).getByTestId('speaker-note')).toBeVisible();
  expect(await serious()).toEqual([]);
});
