// Opening transcripts the site does not bundle, in the page: a Chinese one and an English one, with and without a
// catalog, through the file controls, paste and drag and drop. The build runs in the worker behind a progress bar
// that can be cancelled; the opened graph keeps the explorer's contract (data-concept, data-edge, the "Passages"
// region, article[data-passage]) and its features (filters, tables, exports). Bad files give the alert and leave
// the graph on screen as it was. The guards (support/guards.ts) also fail a test on any request off this machine.
import { readFileSync } from 'node:fs';
import { expect, test } from './support/guards';
import { BUNDLED_TITLE, bytes, choose, drawn, fixture, graphShown, openPage } from './support/open';

test.describe.configure({ timeout: 120_000 });

const passages = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Passages' });
const catalogIds = (name: string) => (JSON.parse(readFileSync(fixture(name), 'utf8')).concepts as { id: string }[]).map((c) => c.id);

test('a Chinese transcript without a catalog: progress, discovered concepts, the explorer contract', async ({ page }) => {
  await openPage(page);
  await choose(page, 'Open transcript', fixture('garden.zh.md'));
  const bar = page.getByRole('progressbar', { name: 'Building the graph' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', /\d/);
  await expect(bar).toHaveAttribute('aria-valuenow', /\d/);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await graphShown(page, '城市屋顶花园访谈');
  await expect(page.locator('.source')).toContainText('discovered');
  const g = await drawn(page);
  expect(g.nodes.length).toBeGreaterThan(5);
  expect(g.edges.length).toBeGreaterThan(5);
  // jieba found the terms the text repeats
  const labels = await page.locator('[data-concept]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.join(' ')).toMatch(/屋顶花园/);
  // the explorer contract: a concept opens its passages
  await page.locator('[data-concept]').first().click();
  await expect(passages(page).locator('article[data-passage]').first()).toBeVisible();
  await expect(page.getByText('Nothing leaves this machine')).toBeVisible();
});

test('an English transcript with its catalog (catalog opened first): the catalog concepts, tables, filters, export', async ({ page }) => {
  await openPage(page);
  await choose(page, 'Open catalog', fixture('lighthouse.concepts.json'));
  await expect(page.getByRole('status').filter({ hasText: 'lighthouse.concepts.json' })).toBeVisible();
  await choose(page, 'Open transcript', fixture('lighthouse.en.md'));
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  await expect(page.locator('.source')).toContainText('lighthouse.concepts.json');
  const g = await drawn(page);
  expect(g.nodes).toEqual([...catalogIds('lighthouse.concepts.json')].sort());
  expect(g.edges).toContain('fresnel-lens|lighthouse-keeper');
  // a link opens the passages where both are mentioned
  await page.locator(`[data-edge="${g.edges[0]}"]`).dispatchEvent('click');
  await expect(passages(page).locator('article[data-passage]').first()).toBeVisible();
  await page.keyboard.press('Escape');
  // tables and filters work on it
  await page.getByRole('tab', { name: /Links/ }).click();
  await expect(page.getByRole('tab', { name: /^Links \(\d+\)$/ })).toBeVisible();
  await page.getByRole('checkbox', { name: /^product/ }).uncheck();
  await expect(page.locator('[data-concept="fresnel-lens"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^product/ }).check();
  await expect(page.locator('[data-concept="fresnel-lens"]')).toHaveCount(1);
  // exports: the JSON export is this graph
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.nodes.map((n: { key: string }) => n.key).sort()).toEqual(g.nodes);
});

test('a Chinese transcript with its catalog, and a catalog opened later rebuilds the transcript on screen', async ({ page }) => {
  await openPage(page);
  await choose(page, 'Open transcript', fixture('garden.zh.md'));
  await graphShown(page, '城市屋顶花园访谈');
  await choose(page, 'Open catalog', fixture('garden.concepts.json'));
  await expect(page.locator('.source')).toContainText('garden.concepts.json', { timeout: 45_000 });
  await graphShown(page, '城市屋顶花园访谈');
  const g = await drawn(page);
  expect(g.nodes).toEqual([...catalogIds('garden.concepts.json')].sort());
  expect(g.edges).toContain('heat-island|roof-garden');
});

test('paste and drag and drop build the graph too', async ({ page }) => {
  await openPage(page);
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByRole('dialog', { name: 'Paste a transcript' }).getByLabel('Transcript text').fill(readFileSync(fixture('lighthouse.en.md'), 'utf8'));
  await page.getByRole('button', { name: 'Build graph' }).click();
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  expect((await drawn(page)).nodes.length).toBeGreaterThan(5);
  // a drop anywhere on the page: the transcript and its catalog at once
  const files = [
    { name: 'garden.zh.md', type: 'text/markdown', text: readFileSync(fixture('garden.zh.md'), 'utf8') },
    { name: 'garden.concepts.json', type: 'application/json', text: readFileSync(fixture('garden.concepts.json'), 'utf8') }
  ];
  // (one DataTransfer per event: the browser protects one once it has been dispatched)
  const transfer = () =>
    page.evaluateHandle((fs) => {
      const d = new DataTransfer();
      for (const f of fs) d.items.add(new File([f.text], f.name, { type: f.type }));
      return d;
    }, files);
  await page.dispatchEvent('.stage', 'dragenter', { dataTransfer: await transfer() });
  await expect(page.getByText('Drop to open')).toBeVisible();
  await page.dispatchEvent('.stage', 'drop', { dataTransfer: await transfer() });
  await expect(page.getByText('Drop to open')).toHaveCount(0);
  await graphShown(page, '城市屋顶花园访谈');
  expect((await drawn(page)).nodes).toEqual([...catalogIds('garden.concepts.json')].sort());
});

test('bad files show the alert and the graph on screen stays', async ({ page }) => {
  await openPage(page);
  const before = await drawn(page);
  const alert = page.getByRole('alert');
  const cases: Array<[string, Buffer, 'Open transcript' | 'Open catalog', RegExp]> = [
    ['latin1.md', Buffer.from('# Caf\xe9\n\nIt was na\xefve.\n', 'latin1'), 'Open transcript', /latin1\.md:1: .*UTF-8/],
    ['picture.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]), 'Open transcript', /picture\.md.*binary/i],
    ['empty.md', Buffer.alloc(0), 'Open transcript', /empty\.md: .*empty/],
    ['broken.topicgraph.json', Buffer.from('{"format": "topicgraph-project", "version": 1, "name": "x", "transcript": {"name": "a.md"}}'), 'Open transcript', /broken\.topicgraph\.json: .*\$\.transcript\.text/]
  ];
  for (const [name, buffer, control, message] of cases) {
    await choose(page, control, { name, mimeType: 'text/plain', buffer });
    await expect(alert).toContainText(message, { timeout: 45_000 });
    await expect(alert).toContainText('The graph on screen is unchanged');
    await expect(page.locator('.app h1')).toHaveText(BUNDLED_TITLE);
    expect(await drawn(page)).toEqual(before);
    await page.getByRole('button', { name: 'Dismiss the message' }).click();
  }
  // a catalog with a shape error, opened with a transcript: its JSON path
  await choose(page, 'Open catalog', { name: 'bad.concepts.json', mimeType: 'application/json', buffer: Buffer.from('{"concepts": [{"id": "Bad Id", "label": {"en": "x"}, "aliases": ["x"]}]}') });
  await choose(page, 'Open transcript', fixture('lighthouse.en.md'));
  await expect(alert).toContainText(/bad\.concepts\.json: id must be lowercase.* at \$\.concepts\[0\]\.id/, { timeout: 45_000 });
  await expect(page.locator('.app h1')).toHaveText(BUNDLED_TITLE);
  expect(await drawn(page)).toEqual(before);
});

test('a build can be cancelled: the graph on screen stays, and the next build works', async ({ page }) => {
  await openPage(page);
  const before = await drawn(page);
  // a long transcript (the English fixture many times over) keeps the worker busy long enough to cancel
  const text = bytes('lighthouse.en.md').toString('utf8');
  const long = Buffer.from(text + Array.from({ length: 300 }, (_, i) => text.replace(/^# .*$/m, `## Round ${i}`)).join('\n'));
  await choose(page, 'Open transcript', { name: 'long.md', mimeType: 'text/markdown', buffer: long });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.locator('.app h1')).toHaveText(BUNDLED_TITLE);
  expect(await drawn(page)).toEqual(before);
  await choose(page, 'Open transcript', fixture('lighthouse.en.md'));
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
});

test('reading the bundled graph never loads the build worker; reaching for "Open transcript" starts it', async ({ page }) => {
  const workers: string[] = [];
  page.on('request', (r) => {
    if (/build\.worker/.test(r.url())) workers.push(r.url());
  });
  await openPage(page);
  await page.locator('[data-concept="scaling"]').click();
  await expect(page.getByRole('region', { name: 'Passages' })).toBeVisible();
  await page.waitForTimeout(1500); // panels and idle-time chunks have loaded by now
  expect(workers).toEqual([]);
  await page.getByRole('button', { name: 'Paste text' }).hover();
  await expect.poll(() => workers.length).toBeGreaterThan(0);
});
