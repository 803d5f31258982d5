// Curating and saving in the page: the catalog editor (rename, merge, add a concept from text selected in a
// passage, undo with Ctrl+Z and the button), each edit rebuilt in the worker; "Save project" writes a file that,
// after a reload, reopens the same graph (node and edge sets) and view; "Download catalog" gives a catalog the CLI
// validates; recent projects are remembered in this browser and can be forgotten.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/guards';
import { ROOT } from './support/static-site';
import { choose, drawn, fixture, graphShown, openPage } from './support/open';

test.describe.configure({ timeout: 180_000 });
const TITLE = '城市屋顶花园访谈';

test('edit the catalog: rename, merge, add from a selection, undo', async ({ page }) => {
  await openPage(page);
  await choose(page, 'Open catalog', fixture('garden.concepts.json'));
  await choose(page, 'Open transcript', fixture('garden.zh.md'));
  await graphShown(page, TITLE);
  await page.getByRole('button', { name: 'Edit catalog' }).click();
  const editor = page.getByRole('region', { name: 'Catalog editor' });
  await expect(editor).toBeVisible();

  // rename: the concept selected in the graph is the one edited
  await page.locator('[data-concept="roof-garden"]').click();
  await expect(editor.getByLabel('中文 label')).toHaveValue('屋顶花园');
  await editor.getByLabel('中文 label').fill('屋顶菜园');
  await editor.getByRole('button', { name: 'Rename' }).click();
  await expect(page.locator('[data-concept="roof-garden"]')).toHaveAttribute('aria-label', /屋顶菜园/, { timeout: 45_000 });
  await graphShown(page, TITLE);

  // merge: drip irrigation into rainwater harvesting; its aliases join, its node goes
  const before = await drawn(page);
  expect(before.nodes).toContain('drip-irrigation');
  await page.locator('[data-concept="rainwater"]').click();
  await editor.getByLabel('Merge into this one').selectOption('drip-irrigation');
  await editor.getByRole('button', { name: 'Merge' }).click();
  await expect(page.locator('[data-concept="drip-irrigation"]')).toHaveCount(0, { timeout: 45_000 });
  await graphShown(page, TITLE);
  await expect(editor.getByText('滴灌', { exact: true })).toBeVisible();

  // add a concept from text selected in a passage
  await page.locator('[data-concept="rainwater"]').click();
  const passage = page.getByRole('region', { name: 'Passages' }).locator('article[data-passage]').filter({ hasText: '自来水' }).first();
  await expect(passage).toBeVisible();
  await passage.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent!.indexOf('自来水');
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 3);
      const s = document.getSelection()!;
      s.removeAllRanges();
      s.addRange(r);
      return;
    }
    throw new Error('no 自来水 in the passage');
  });
  await expect(editor.getByText('“自来水”')).toBeVisible();
  await editor.getByRole('button', { name: 'Add selected text as a concept' }).click();
  await expect(page.locator('[data-concept][aria-label*="自来水"]')).toHaveCount(1, { timeout: 45_000 });
  await graphShown(page, TITLE);

  // undo (Ctrl+Z outside a text field) takes the new concept away again; the button undoes the merge
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-concept][aria-label*="自来水"]')).toHaveCount(0, { timeout: 45_000 });
  await graphShown(page, TITLE);
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-concept="drip-irrigation"]')).toHaveCount(1, { timeout: 45_000 });
  await graphShown(page, TITLE);
  await expect(page.locator('[data-concept="roof-garden"]')).toHaveAttribute('aria-label', /屋顶菜园/);
});

test('save the project, reload, reopen it: the same graph and view; the catalog validates; recent projects', async ({ page }) => {
  await openPage(page);
  await choose(page, 'Open transcript', fixture('lighthouse.en.md'));
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  await choose(page, 'Open catalog', fixture('lighthouse.concepts.json'));
  await expect(page.locator('.source')).toContainText('lighthouse.concepts.json', { timeout: 45_000 });
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  // one edit, and a view (a selected concept, labels in both languages)
  await page.getByRole('button', { name: 'Edit catalog' }).click();
  await page.locator('[data-concept="beam"]').click();
  const editor = page.getByRole('region', { name: 'Catalog editor' });
  await editor.getByLabel('New alias').fill('lamp');
  await editor.getByRole('button', { name: 'Add alias' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'add alias "lamp"' })).toBeVisible({ timeout: 45_000 });
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  await page.locator('[data-concept="fresnel-lens"]').click();
  await page.getByRole('radio', { name: 'Both' }).check();
  await expect(page).toHaveURL(/c=fresnel-lens/);
  const before = await drawn(page);

  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save project' }).click()]);
  expect(saved.suggestedFilename()).toBe('lighthouse.en.topicgraph.json');
  const projectPath = join(test.info().outputDir, saved.suggestedFilename());
  await saved.saveAs(projectPath);
  const project = JSON.parse(readFileSync(projectPath, 'utf8'));
  expect(project).toMatchObject({ format: 'topicgraph-project', version: 1, view: { query: expect.stringContaining('c=fresnel-lens') } });

  const [catalog] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download catalog' }).click()]);
  const catalogPath = join(test.info().outputDir, catalog.suggestedFilename());
  await catalog.saveAs(catalogPath);
  const v = spawnSync(process.execPath, [join(ROOT, 'bin/topicgraph.mjs'), 'validate', '--concepts', catalogPath, '--transcript', fixture('lighthouse.en.md')], { encoding: 'utf8' });
  expect(v.status, v.stderr).toBe(0);
  expect(JSON.parse(readFileSync(catalogPath, 'utf8')).concepts.find((c: { id: string }) => c.id === 'beam').aliases).toContain('lamp');
  // the CLI builds the same graph from the saved project
  const out = join(test.info().outputDir, 'cli.graph.json');
  const b = spawnSync(process.execPath, [join(ROOT, 'bin/topicgraph.mjs'), 'build', '--project', projectPath, '--out', out], { encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
  const cli = JSON.parse(readFileSync(out, 'utf8'));
  expect(cli.nodes.map((n: { key: string }) => n.key).sort()).toEqual(before.nodes);

  // reload: the bundled graph again; the project is remembered; reopen the saved file
  await page.goto('/');
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.getByText(/^Recent \(\d+\)$/).click();
  await expect(page.getByRole('button', { name: 'Forget Keeping the Light: an Interview about Lighthouses' })).toBeVisible();
  await choose(page, 'Open transcript', projectPath);
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  expect(await drawn(page)).toEqual(before);
  await expect(page).toHaveURL(/c=fresnel-lens/);
  await expect(page).toHaveURL(/lang=both/);
  await expect(page.getByRole('region', { name: 'Passages' })).toBeVisible();

  // reopen from the recent list too, then forget it
  await page.goto('/');
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await page.getByText(/^Recent \(\d+\)$/).click();
  await page.getByRole('button', { name: 'Keeping the Light: an Interview about Lighthouses', exact: true }).click();
  await graphShown(page, 'Keeping the Light: an Interview about Lighthouses');
  expect(await drawn(page)).toEqual(before);
  await page.getByText(/^Recent \(\d+\)$/).click();
  await page.getByRole('button', { name: 'Forget all' }).click();
  await expect(page.getByText(/^Recent \(\d+\)$/)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Open transcript' }).or(page.getByLabel('Open transcript'))).toHaveCount(1);
  await expect(page.getByText(/^Recent \(\d+\)$/)).toHaveCount(0);
});
