// Accessibility of the explorer (default site, bundled transcript): axe-core (WCAG 2.0 / 2.1 A and AA) finds no
// serious or critical violation in each view; every control is reachable with Tab and shows a visible focus
// ring; the table twin is sortable and leads to the passages without the mouse; with prefers-reduced-motion the
// layout jumps instead of animating.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { conceptPassages } from '../../src/lib/core/analysis/hierarchy';
import { expect, test } from './support/guards';

const graph = JSON.parse(readFileSync(new URL('../../static/data/scaling-era.graph.json', import.meta.url), 'utf8')) as SerializedConceptGraph;

async function open(page: Page, query = '') {
  await page.goto('/' + query);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}
const passages = (page: Page) => page.getByRole('region', { name: 'Passages' });

/** Runs axe and returns the serious / critical violations in a readable form (all violations are logged). */
async function axe(page: Page, view: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const all = r.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  console.log(`[axe] ${view}: ${r.violations.length} violation rule(s), ${r.passes.length} passed, ${r.incomplete.length} to review${all.length ? '\n  ' + all.join('\n  ') : ''}`);
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

test.describe('axe: no serious or critical violations', () => {
  test('default view', async ({ page }) => {
    await open(page);
    expect(await axe(page, 'default')).toEqual([]);
  });

  test('passages panel of a concept, then of a link', async ({ page }) => {
    await open(page);
    await page.locator('[data-concept="scaling"]').click();
    await expect(passages(page).locator('article').first()).toBeVisible();
    expect(await axe(page, 'passages (concept)')).toEqual([]);
    await page.locator('[data-edge="scaling|transformer"]').dispatchEvent('click');
    await expect(passages(page).locator('mark.tone-b').first()).toBeVisible();
    expect(await axe(page, 'passages (link)')).toEqual([]);
  });

  test('filters in use (sections, speakers, kinds, slider) and search suggestions open', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Dialogue only' }).click();
    await page.getByRole('checkbox', { name: new RegExp(`^${graph.attributes.speakers[0].name}`) }).uncheck();
    await page.getByRole('complementary', { name: 'Filters and display' }).getByRole('slider').fill('2');
    await expect(page).toHaveURL(/min=2/);
    expect(await axe(page, 'filters')).toEqual([]);
    await page.getByRole('combobox', { name: 'Find a concept' }).fill('scal');
    await expect(page.getByRole('listbox', { name: 'Concepts' })).toBeVisible();
    expect(await axe(page, 'search suggestions')).toEqual([]);
  });

  test('reader open', async ({ page }) => {
    await open(page);
    await page.locator('[data-concept="hive-mind"]').click();
    await passages(page).getByRole('button', { name: 'Show in transcript' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Transcript' })).toBeVisible();
    expect(await axe(page, 'reader')).toEqual([]);
  });

  test('tables: concepts sorted by label, links tab', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Concept', exact: true }).click();
    expect(await axe(page, 'concepts table')).toEqual([]);
    await page.getByRole('tab', { name: /^Links/ }).click();
    await expect(page.locator('[data-table="links"]')).toBeVisible();
    expect(await axe(page, 'links table')).toEqual([]);
  });

  test('English and both-language labels', async ({ page }) => {
    await open(page, '?lang=both');
    expect(await axe(page, 'lang=both')).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------ keyboard
/** Describes the focused element and whether a focus indicator is visible on it (outline, box-shadow, or the
 * node's ring; a visually hidden radio shows it on its label). */
async function focusInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return null;
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : ''}${e.getAttribute('type') ? `[type=${e.getAttribute('type')}]` : ''} "${(e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? e.textContent ?? '').trim().slice(0, 40)}"`;
    const ringOn = (e: Element) => {
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      return outline || shadow;
    };
    let ring = el.matches(':focus-visible') && ringOn(el);
    if (!ring && el.hasAttribute('data-concept')) ring = !!el.querySelector('circle.ring.focus');
    if (!ring && el instanceof HTMLInputElement && el.closest('label')) ring = ringOn(el.closest('label')!);
    const r = el.getBoundingClientRect();
    const index = [...document.querySelectorAll('*')].indexOf(el);
    return { probe: el.getAttribute('data-tabwalk'), what: describe(el), ring, visible: r.width > 0 && r.height > 0, key: el.getAttribute('data-concept') ?? el.getAttribute('data-row') ?? (el.hasAttribute('data-tabwalk') ? `tab ${el.getAttribute('data-tabwalk')} ${describe(el)}` : `#${index} ${describe(el)}`) };
  });
}

/**
 * Presses Tab until focus comes back to a control it already visited; returns what got focus, those without a
 * visible ring, and how many tabbable controls the page (or the open modal dialog) has.
 */
async function tabWalk(page: Page) {
  // every control a keyboard user should be able to reach (tabbable: not disabled, not tabindex=-1, rendered)
  const expected = await page.evaluate(() => {
    const root = document.querySelector('dialog[open]') ?? document;
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]';
    return [...root.querySelectorAll<HTMLElement>(sel)].filter((e) => {
      if ((e as HTMLButtonElement).disabled || e.getAttribute('tabindex') === '-1' || e.closest('dialog:not([open]), [inert], [hidden]')) return false;
      if (e instanceof HTMLInputElement && e.type === 'radio' && !e.checked) return false; // a radio group is one stop
      const r = e.getBoundingClientRect();
      const s = getComputedStyle(e);
      return (r.width > 0 && r.height > 0) || s.position === 'absolute' || e.classList.contains('skip');
    }).map((e, i) => {
      e.setAttribute('data-tabwalk', String(i)); // so the walk can say which ones it missed or found extra
      return String(i);
    });
  });
  const seen = new Map<string, { what: string; ring: boolean; visible: boolean }>();
  const noRing: string[] = [];
  const hidden: string[] = [];
  const reached = new Set<string>();
  const extra: string[] = [];
  for (let i = 0; i < expected.length + 20; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f) continue;
    if (seen.has(f.key)) break; // wrapped around
    seen.set(f.key, f);
    if (f.probe === null) extra.push(f.what);
    else reached.add(f.probe);
    if (!f.ring) noRing.push(f.what);
    if (!f.visible) hidden.push(f.what);
  }
  const missed = await page.evaluate((ids) => ids.map((i) => document.querySelector(`[data-tabwalk="${i}"]`)?.outerHTML.slice(0, 120) ?? `#${i} (gone)`), expected.filter((i) => !reached.has(i)));
  return { expected: expected.length, keys: [...seen.keys()], noRing, hidden, missed, extra };
}

test('Tab reaches every control, each with a visible focus ring', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page);
  const walk = await tabWalk(page);
  expect(walk.noRing, 'focused without a visible focus ring').toEqual([]);
  expect(walk.hidden, 'focused but not rendered').toEqual([]);
  expect({ missed: walk.missed, extra: walk.extra }, 'tabbable controls Tab did not reach / reached but not counted').toEqual({ missed: [], extra: [] });
  expect(walk.keys).toHaveLength(walk.expected);
  // the node buttons and the concept table rows are all in the tab order
  expect(walk.keys.filter((k) => graph.nodes.some((n) => n.key === k))).toHaveLength(graph.nodes.length);
  expect(walk.keys.filter((k) => k.startsWith('concept:')).length).toBeGreaterThan(0);
});

test('Tab with the passages panel open, then inside the reader (a modal dialog: focus stays in it)', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page);
  await page.locator('[data-concept="hive-mind"]').click();
  await expect(passages(page).locator('article').first()).toBeVisible();
  const panel = await tabWalk(page);
  expect(panel.noRing).toEqual([]);
  expect(panel.keys).toHaveLength(panel.expected);
  await passages(page).getByRole('button', { name: 'Show in transcript' }).first().click();
  const reader = page.getByRole('dialog', { name: 'Transcript' });
  await expect(reader).toBeVisible();
  const inReader = await tabWalk(page);
  expect(inReader.noRing).toEqual([]);
  expect(inReader.keys).toHaveLength(inReader.expected);
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
});

test('tables without the mouse: sort by a column, open a row, Escape comes back to it; links tab with arrow keys', async ({ page }) => {
  await open(page);
  const table = page.locator('[data-table="concepts"]');
  const sortBtn = table.getByRole('button', { name: 'Degree' });
  await sortBtn.focus();
  await page.keyboard.press('Enter');
  await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/Degree/);
  const degrees = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(degrees.map(Number)).toEqual([...degrees.map(Number)].sort((a, b) => b - a));
  await page.keyboard.press('Enter');
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/Degree/);
  await table.getByRole('button', { name: 'Concept', exact: true }).press('Enter');
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveText(/Concept/);
  await expect(table.locator('th[aria-sort]:not([aria-sort="none"])')).toHaveCount(1);
  // a row opens the same passages as the node; focus moves to the panel; Escape returns to the row
  const first = table.locator('tbody tr').first();
  const id = (await first.getAttribute('data-concept-row'))!;
  const node = graph.nodes.find((n) => n.key === id)!;
  await first.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(passages(page).locator('article[data-passage]')).toHaveCount(conceptPassages(graph, node.key, true).length);
  await expect(page).toHaveURL(new RegExp(`c=${id}`));
  expect(await page.evaluate(() => !!document.activeElement?.closest('section[aria-label="Passages"]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(passages(page)).toBeHidden();
  await expect(page.locator(`[data-row="concept:${id}"]`)).toBeFocused();
  // the links tab: arrow keys move between the tabs (roving tabindex), a row opens the link's passages
  await page.getByRole('tab', { name: /^Concepts/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Links/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Links/ })).toHaveAttribute('aria-selected', 'true');
  const links = page.locator('[data-table="links"] tbody tr');
  const more = page.getByRole('button', { name: /^Show all \d+ links$/ });
  if (await more.count()) await more.click();
  await expect(links).toHaveCount(graph.edges.length);
  const top = [...graph.edges].sort((a, b) => b.attributes.weight - a.attributes.weight)[0];
  expect(Number(await links.first().locator('td').first().textContent())).toBe(top.attributes.weight);
  const key = (await links.first().getAttribute('data-edge-row'))!;
  await links.first().getByRole('button').press('Enter');
  await expect(passages(page).locator('article[data-passage]')).toHaveCount(graph.edges.find((e) => e.key === key)!.attributes.passages.length);
  await expect(passages(page).locator('mark.tone-b').first()).toBeVisible();
});

// ------------------------------------------------------------------------------------------ reduced motion
/**
 * Samples the positions of a few concepts that stay in view on every animation frame while `act` runs, until
 * they have been still for `quiet` ms after their first move (the new layout is computed in a worker first,
 * which takes a while on a slow machine), or 10 s. Returns the distinct positions seen, in order.
 */
async function sampleFrames(page: Page, ids: string[], act: () => Promise<void>, quiet: number) {
  await page.evaluate(
    ({ ids, quiet }) => {
      const w = window as unknown as { __frames: string[]; __done: boolean };
      w.__frames = [];
      w.__done = false;
      const t0 = performance.now();
      let lastChange = 0;
      const tick = () => {
        const now = performance.now();
        const f = ids.map((id) => document.querySelector(`[data-concept="${id}"]`)?.getAttribute('transform') ?? 'gone').join(';');
        if (f !== w.__frames[w.__frames.length - 1]) {
          w.__frames.push(f);
          if (w.__frames.length > 1) lastChange = now;
        }
        if ((lastChange && now - lastChange > quiet) || now - t0 > 10_000) w.__done = true;
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { ids, quiet }
  );
  await act();
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done, null, { timeout: 20_000 });
  return page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
}

/** Concepts mentioned in the interview (they stay when "Dialogue only" is pressed). */
const STAYING = ['scaling', 'agi', 'transformer', 'moravec-paradox', 'hive-mind'];

test('prefers-reduced-motion: after a filter change the nodes jump to their new places (no intermediate frames)', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const distinct = await sampleFrames(page, STAYING, () => page.getByRole('button', { name: 'Dialogue only' }).click(), 600);
  // exactly two: the layout before the click and the layout after it, nothing in between
  expect(distinct.length).toBe(2);
  expect(distinct[1]).not.toContain('gone');
});

test('without reduced motion the same change animates (so the check above can fail); switching the setting on takes effect at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page);
  const animated = await sampleFrames(page, STAYING, () => page.getByRole('button', { name: 'Dialogue only' }).click(), 600);
  expect(animated.length).toBeGreaterThan(3);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const jumped = await sampleFrames(page, STAYING, () => page.getByRole('button', { name: 'All', exact: true }).click(), 600);
  expect(jumped.length).toBe(2);
});

test('the prerendered page already speaks the transcript’s language (<html lang="zh"> before any script)', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/^<!doctype html>\s*<html lang="zh">/);
});
