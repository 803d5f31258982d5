// End-to-end tests of the explorer page against the production build (see playwright.config.ts).
// The expectations are computed from the bundled graph file itself, so they hold for any rebuild of it.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { validateGraph } from '../../src/lib/core/contract/schema';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { backboneEdges } from '../../src/lib/core/analysis/backbone';
import { conceptPassages } from '../../src/lib/core/analysis/hierarchy';

const graph = JSON.parse(readFileSync(new URL('../../static/data/scaling-era.graph.json', import.meta.url), 'utf8')) as SerializedConceptGraph;
const FIVE = ['scaling', 'transformer', 'moravec-paradox', 'hive-mind', 'agi'];

async function open(page: Page, query = '') {
  await page.goto('/' + query);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}
/** Waits until the gentle relayout after a filter change has come to rest (node positions stop changing). */
async function settled(page: Page) {
  // the relayout is asked of a worker after the next frame, then tweened: wait until it has landed
  await expect(page.locator('.app[data-moving]')).toHaveAttribute('data-moving', 'false');
  const where = () => page.locator('[data-concept]').evaluateAll((els) => els.map((e) => e.getAttribute('transform')).join(';'));
  let last = '';
  await expect
    .poll(async () => {
      const now = await where();
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [300] })
    .toBe(true);
}
const passages = (page: Page) => page.getByRole('region', { name: 'Passages' });
const stats = (page: Page) => page.getByTestId('stats');
async function statNumbers(page: Page) {
  const t = (await stats(page).textContent()) ?? '';
  const [concepts, edges, ps] = [...t.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
  return { concepts, edges, passages: ps };
}

test('loads without console errors and draws every concept and the backbone of the links', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page);
  await expect(page.locator('[data-concept]')).toHaveCount(graph.nodes.length);
  await expect(page.locator('[data-edge]')).toHaveCount(backboneEdges(graph.edges).size);
  await expect(page.locator('h1')).toHaveText(graph.attributes.title);
  expect(await statNumbers(page)).toEqual({ concepts: graph.nodes.length, edges: graph.edges.length, passages: graph.attributes.passages.length });
  const n = page.locator('[data-concept="scaling"]');
  await expect(n).toHaveAttribute('role', 'button');
  await expect(n).toHaveAttribute('tabindex', '0');
  await expect(n).toHaveAttribute('aria-label', /规模化/);
  expect(errors).toEqual([]);
});

test('first paint uses the build-time positions (prerendered HTML has the nodes and every backbone link)', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('data-concept="scaling"');
  // edges are drawn by a few grouped stroke paths until hydration: one segment per edge, from node to node
  const at = (id: string) => html.match(new RegExp(`data-concept="${id}" transform="translate\\(([-\\d.]+),([-\\d.]+)\\)"`))!.slice(1, 3).join(' ');
  const strokes = [...html.matchAll(/<path class="stroke[^"]*" d="([^"]*)"/g)].map((m) => m[1]);
  expect(strokes.length).toBeGreaterThan(0);
  expect(strokes.length).toBeLessThan(80);
  const segments = strokes.join('').split('M').filter(Boolean);
  expect(segments).toHaveLength(backboneEdges(graph.edges).size);
  expect(segments).toContain(`${at('scaling')}L${at('transformer')}`);
});

test('visible labels do not overlap at the default zoom and are not clipped', async ({ page }) => {
  await open(page);
  const boxes = await page.locator('text.label').evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBoundingClientRect().toJSON() as DOMRect));
  const svg = (await page.locator('.graph svg').boundingBox())!;
  expect(boxes.length).toBeGreaterThan(30);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    expect(a.left).toBeGreaterThanOrEqual(svg.x - 1);
    expect(a.right).toBeLessThanOrEqual(svg.x + svg.width + 1);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      expect(ox > 1 && oy > 1, `labels ${i} and ${j} overlap`).toBe(false);
    }
  }
});

for (const id of FIVE) {
  test(`concept ${id} opens its passages, each with a <mark>`, async ({ page }) => {
    await open(page);
    await page.locator(`[data-concept="${id}"]`).click();
    const region = passages(page);
    await expect(region).toBeVisible();
    const node = graph.nodes.find((n) => n.key === id)!;
    const articles = region.locator('article[data-passage]');
    // its own passages and those of its narrower concepts (the catalog's broader links; issue 13)
    await expect(articles).toHaveCount(conceptPassages(graph, id, true).length);
    for (const a of await articles.all()) await expect(a.locator('mark').first()).toBeVisible();
    await expect(region.locator('[data-count="passages"]')).toHaveText(String(node.attributes.passageCount));
    await expect(region.locator('[data-count="mentions"]')).toHaveText(String(node.attributes.mentionCount));
  });
}

test('an edge click shows the passages where both occur, both marked', async ({ page }) => {
  await open(page);
  const edge = graph.edges.find((e) => e.key === 'scaling|transformer')!;
  await page.locator('[data-edge="scaling|transformer"]').dispatchEvent('click');
  const articles = passages(page).locator('article[data-passage]');
  await expect(articles).toHaveCount(edge.attributes.passages.length);
  expect(await articles.evaluateAll((els) => els.map((e) => e.getAttribute('data-passage')))).toEqual(edge.attributes.passages);
  for (const a of await articles.all()) {
    await expect(a.locator('mark.tone-a').first()).toBeVisible();
    await expect(a.locator('mark.tone-b').first()).toBeVisible();
  }
});

test('"Show in transcript" opens the reader at that passage; Escape closes it', async ({ page }) => {
  await open(page);
  await page.locator('[data-concept="hive-mind"]').click();
  const first = passages(page).locator('article[data-passage]').nth(1);
  const pid = await first.getAttribute('data-passage');
  await first.getByRole('button', { name: 'Show in transcript' }).click();
  const reader = page.getByRole('dialog', { name: 'Transcript' });
  await expect(reader).toBeVisible();
  await expect(reader.locator('[data-reader-passage]')).toHaveCount(graph.attributes.passages.length);
  const target = reader.locator(`[data-reader-passage="${pid}"]`);
  await expect(target).toBeInViewport();
  await expect(target.locator('mark').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
  await expect(passages(page)).toBeVisible();
});

test('unticking sections recounts and removes a concept with no mention left', async ({ page }) => {
  await open(page);
  // a concept mentioned in exactly one section
  // (the interview and the key points repeat section titles: the checkbox is the nth one with that title)
  const lonely = graph.nodes.find((n) => Object.keys(n.attributes.bySection).length === 1 && !('_none' in n.attributes.bySection))!;
  const sectionId = Object.keys(lonely.attributes.bySection)[0];
  const section = graph.attributes.sections.find((s) => s.id === sectionId)!;
  const nth = graph.attributes.sections.filter((s) => s.title === section.title).findIndex((s) => s.id === sectionId);
  const before = await statNumbers(page);
  await expect(page.locator(`[data-concept="${lonely.key}"]`)).toHaveCount(1);
  await page.getByRole('checkbox', { name: section.title, exact: true }).nth(nth).uncheck();
  await expect(page.locator(`[data-concept="${lonely.key}"]`)).toHaveCount(0);
  await expect.poll(async () => (await statNumbers(page)).passages).toBe(before.passages - graph.attributes.passages.filter((p) => p.section === sectionId).length);
  const after = await statNumbers(page);
  expect(after.concepts).toBeLessThan(before.concepts);
  // counts are recomputed, not just hidden: scaling's passage count matches the passages outside that section
  await page.locator('[data-concept="scaling"]').click();
  const scaling = graph.nodes.find((n) => n.key === 'scaling')!;
  const expected = scaling.attributes.passageCount - (scaling.attributes.bySection[sectionId] ?? 0);
  await expect(passages(page).locator('[data-count="passages"]')).toHaveText(String(expected));
  // shortcuts
  await page.getByRole('button', { name: 'Dialogue only' }).click();
  await expect(page).toHaveURL(/sec=/);
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect.poll(async () => (await statNumbers(page)).concepts).toBe(0);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect.poll(async () => (await statNumbers(page)).concepts).toBe(graph.nodes.length);
});

test('speaker filter keeps only that speaker\'s passages', async ({ page }) => {
  await open(page);
  const russ = graph.attributes.speakers.find((s) => s.id === 'russ')!;
  await page.getByRole('checkbox', { name: new RegExp(`^${russ.name}`) }).uncheck();
  await expect.poll(async () => (await statNumbers(page)).passages).toBe(graph.attributes.passages.filter((p) => p.speaker !== 'russ').length);
  await page.locator('[data-concept="scaling"]').click();
  const scaling = graph.nodes.find((n) => n.key === 'scaling')!;
  await expect(passages(page).locator('[data-count="passages"]')).toHaveText(String(scaling.attributes.passageCount - (scaling.attributes.bySpeaker.russ ?? 0)));
  await expect(page).toHaveURL(/spk=/);
});

test('minimum co-mentions slider drops weak edges', async ({ page }) => {
  await open(page, '?links=all');
  await page.getByRole('complementary', { name: 'Filters and display' }).getByRole('slider').fill('3');
  await expect(page.locator('[data-edge]')).toHaveCount(graph.edges.filter((e) => e.attributes.weight >= 3).length);
  await expect(page).toHaveURL(/min=3&links=all/);
});

test('search by Chinese, English or alias focuses and selects the concept', async ({ page }) => {
  await open(page);
  const box = page.getByRole('combobox', { name: 'Find a concept' });
  await box.fill('hive');
  await expect(page.getByRole('option').first()).toContainText('蜂巢思维');
  await box.press('Enter');
  await expect(passages(page).locator('h2')).toContainText('蜂巢思维');
  await expect(page).toHaveURL(/c=hive-mind/);
  await box.fill('莫拉维克');
  await page.getByRole('option').first().click();
  await expect(passages(page).locator('h2')).toContainText('莫拉维克');
});

test('measure switch explains the measure and is kept in the URL', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'Jaccard' }).check();
  await expect(page.getByTestId('measure-explanation')).toContainText('Jaccard');
  await expect(page).toHaveURL(/m=jaccard/);
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('[data-concept="scaling"]')).toHaveAttribute('aria-label', 'Scaling');
});

test('a URL reproduces the view; malformed parameters are ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const interviewTurnSection = graph.attributes.passages.find((p) => p.kind === 'turn')!.section!;
  await open(page, `?e=transformer|scaling&sec=${interviewTurnSection}&m=count&lang=both&min=zz&bogus=1`);
  await expect(page.getByRole('radio', { name: 'Count' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
  await expect.poll(async () => (await statNumbers(page)).passages).toBe(graph.attributes.passages.filter((p) => p.section === interviewTurnSection).length);
  await open(page, '?c=agi&lang=fr&m=nope&sec=zz&spk=nobody&min=-3&e=agi');
  await expect(passages(page).locator('h2')).toContainText('AGI');
  await expect(page.getByRole('radio', { name: '中文' })).toBeChecked();
  expect(errors).toEqual([]);
});

test('keyboard: Tab reaches a node, Enter opens its passages, Escape closes', async ({ page }) => {
  await open(page);
  let reached = false;
  for (let i = 0; i < 120 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-concept') ?? false);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(passages(page)).toBeVisible();
  await expect(passages(page).locator('article').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(passages(page)).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-concept'))).toBe(true);
  await page.keyboard.press(' ');
  await expect(passages(page)).toBeVisible();
});

test('drag pins a node and moves it; double-click releases', async ({ page }) => {
  await open(page);
  const node = page.locator('[data-concept="agi"]');
  const b = (await node.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 80, b.y + 60, { steps: 8 });
  await page.mouse.up();
  const after = (await node.boundingBox())!;
  expect(Math.hypot(after.x - b.x, after.y - b.y)).toBeGreaterThan(30);
  await expect(node.locator('circle.pin')).toHaveCount(1);
  await node.dblclick();
  await expect(node.locator('circle.pin')).toHaveCount(0);
});

// ------------------------------------------------------------------------------------------ exports
async function save(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const err = doc.querySelector('parsererror');
    return { error: err ? err.textContent : null, root: doc.documentElement.nodeName, nodes: doc.getElementsByTagName('node').length, texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '') };
  }, xml);
}

test('image exports: SVG parses with labels; PNG at 1x / 2x / 4x has the right pixel size', async ({ page }) => {
  await open(page, '?sec=' + graph.attributes.sections.map((s) => s.id).join(','));
  await page.getByRole('button', { name: 'Dialogue only' }).click();
  await settled(page);
  const svg = await save(page, 'Export SVG');
  expect(svg.name).toBe('scaling-era_dialogue-only_count.svg');
  const parsed = await parseXml(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.texts.join(' ')).toContain('人工智能');
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg.bytes.toString('utf8'))![1]);
  for (const scale of [1, 2, 4]) {
    await page.getByLabel('PNG scale').selectOption(String(scale));
    const png = await save(page, 'Export PNG');
    expect(png.name).toMatch(/^scaling-era_dialogue-only_count(@\dx)?\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(width * scale));
  }
});

test('data exports of the filtered graph: GEXF, GraphML, JSON, CSV', async ({ page }) => {
  await open(page);
  const speaker = graph.attributes.speakers[0];
  await page.getByRole('checkbox', { name: new RegExp(`^${speaker.name}`) }).uncheck();
  // The recount runs after the filter code loads on first use: wait until the view has dropped the concepts
  // only that speaker mentions, then export.
  await expect.poll(async () => (await statNumbers(page)).concepts).toBeLessThan(graph.nodes.length);
  const { concepts } = await statNumbers(page);
  const gexf = await save(page, 'Export GEXF');
  const g = await parseXml(page, gexf.bytes.toString('utf8'));
  expect(g.error).toBeNull();
  expect(g.nodes).toBe(concepts);
  const graphml = await save(page, 'Export GraphML');
  const gm = await parseXml(page, graphml.bytes.toString('utf8'));
  expect(gm.error).toBeNull();
  expect(gm.root).toBe('graphml');
  expect(gm.nodes).toBe(concepts);
  const json = await save(page, 'Export JSON');
  const v = validateGraph(JSON.parse(json.bytes.toString('utf8')));
  expect(v.ok ? [] : v.problems).toEqual([]);
  if (v.ok) expect(v.value.nodes).toHaveLength(concepts);
  const csv = await save(page, 'Export CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.bytes.toString('utf8').split('\n')[0]).toMatch(/^\uFEFF?"?(id|key|source)/);
});
