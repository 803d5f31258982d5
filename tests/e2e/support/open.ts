/**
 * Helpers of the open-*.spec.ts files: open files through the page's own controls ("Open transcript", "Open
 * catalog"), wait for the graph they build to be drawn, and read the drawn graph's node and edge sets.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './static-site';

export const FIX = join(ROOT, 'tests/fixtures/open');
export const fixture = (name: string) => join(FIX, name);
export const BUNDLED_TITLE = /规模化时代/;

export async function openPage(page: Page, query = '') {
  await page.goto('/' + query);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

/** The drawn graph: sorted concept ids and edge keys. */
export async function drawn(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  const nodes = await page.locator('[data-concept]').evaluateAll((els) => els.map((e) => e.getAttribute('data-concept')!));
  const edges = await page.locator('[data-edge]').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')!));
  return { nodes: [...new Set(nodes)].sort(), edges: [...new Set(edges)].sort() };
}

/** Waits until the page shows a graph titled `title` with its panels ready. */
export async function graphShown(page: Page, title: string | RegExp) {
  await expect(page.locator('.app h1')).toHaveText(title, { timeout: 45_000 });
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

/** Chooses files in the "Open transcript" or "Open catalog" control (paths or in-memory files). */
export async function choose(page: Page, control: 'Open transcript' | 'Open catalog', files: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(control, { exact: true }).setInputFiles(files);
}

export const bytes = (name: string) => readFileSync(fixture(name));
