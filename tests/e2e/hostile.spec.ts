// Hostile content end to end: a site built (scripts/build-site.ts) from tests/fixtures/hostile, whose transcript
// headings, speaker names and roles, turns, list items and outline, and whose catalog labels, descriptions and
// aliases carry XSS / injection payloads. Every surface must show them as the literal text, nothing may execute
// (no dialog, no CSP violation, no remote request, no console error: see support/guards.ts), and every export
// must stay well-formed with the payload as data.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from '@playwright/test';
import { validateGraph } from '../../src/lib/core/contract/schema';
import type { Catalog, SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { buildAndServe, ROOT, type StaticSite } from './support/static-site';
import { expect, test } from './support/guards';

const FIXTURES = join(ROOT, 'tests/fixtures/hostile');
const catalog = JSON.parse(readFileSync(join(FIXTURES, 'hostile.concepts.json'), 'utf8')) as Catalog;
const OUT = join(tmpdir(), 'topicgraph-e2e-hostile');

/** The payloads, as they appear in the transcript and catalog (and so must appear on screen). */
const P = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  svg: '<svg onload=alert(1)>',
  js: 'javascript:alert(1)',
  entity: '&lt;b&gt;',
  amp: '&amp;',
  attr: '" onmouseover="alert(1)',
  style: '</style><style>body{display:none}</style>',
  svelte: '{@html x}',
  mustache: '{{7*7}}',
  css: 'red;background:url(javascript:alert(1))',
  rtl: '\u202Eevil\u202C',
  zw: 'zero\u200Bwidth',
  cdata: ']]><!-- --><?xml version="1.0"?>',
  formula: '@SUM(A1)'
};
const concept = (id: string) => catalog.concepts.find((c) => c.id === id)!;
const zh = (id: string) => concept(id).label.zh ?? concept(id).label.en!;
const PAYLOAD_IDS = catalog.concepts.filter((c) => c.kind === 'payload').map((c) => c.id);
// XML 1.0 cannot hold C0 controls: the exports drop them (the BEL in one label), nothing else changes
const xmlText = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

let site: StaticSite;
let graph: SerializedConceptGraph;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const built = await buildAndServe({ transcript: join(FIXTURES, 'hostile.md'), concepts: join(FIXTURES, 'hostile.concepts.json'), outDir: OUT });
  site = built;
  graph = JSON.parse(readFileSync(built.graphPath, 'utf8')) as SerializedConceptGraph;
});
test.afterAll(async () => site?.close());

/** Opens the hostile site; with Chinese labels unless the query says otherwise (its transcript is mostly Latin
 * text, so the page would open with the English ones). */
async function open(page: Page, query = '?lang=zh') {
  await page.goto(site.url + '/' + query);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}
const passages = (page: Page) => page.getByRole('region', { name: 'Passages' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Concepts' }).getByRole('option');

/** Nothing executable or style-breaking made it into the live DOM. */
async function domIsInert(page: Page) {
  const r = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      onAttrs: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      // URL-bearing attributes only: text attributes (aria-label, title) may hold the payload as text
      jsUrls: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^(href|xlink:href|src|srcset|action|formaction|data|poster|background)$/i.test(a.name)).filter((a) => /javascript:|data:text\/html/i.test(a.value)).map((a) => `${el.tagName}[${a.name}=${a.value}]`)
      ),
      styleUrls: all.map((el) => el.getAttribute('style') ?? '').filter((v) => /url\(|expression\(|javascript:/i.test(v)),
      dangerous: document.querySelectorAll('img, iframe, object, embed, foreignObject, svg svg, body style, base, meta[http-equiv="refresh"]').length,
      scripts: [...document.scripts].map((s) => s.type || 'classic'),
      bodyDisplay: getComputedStyle(document.body).display,
      bodyBackground: getComputedStyle(document.body).backgroundImage
    };
  });
  expect(r.onAttrs).toEqual([]);
  expect(r.jsUrls).toEqual([]);
  expect(r.styleUrls).toEqual([]);
  expect(r.dangerous).toBe(0);
  expect(r.bodyDisplay).not.toBe('none');
  expect(r.bodyBackground).toBe('none');
  // SvelteKit's bootstrap (hash-allowed) and the inlined graph data (type application/json): nothing else
  expect(r.scripts.filter((t) => t !== 'application/json')).toHaveLength(1);
}

test('built HTML: CSP meta tag without unsafe-inline scripts, every inline script hashed, payloads escaped', async ({ request }) => {
  const html = await (await request.get(site.url + '/')).text();
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
  expect(meta, 'CSP meta tag').not.toBeNull();
  const policy = Object.fromEntries(meta![1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(policy['script-src']).toContain("'self'");
  expect(policy['script-src']).not.toContain("'unsafe-inline'");
  expect(policy['script-src']).not.toContain("'unsafe-eval'");
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['default-src']).toEqual(["'self'"]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/json"/.test(m[1]));
  expect(inline.length).toBeGreaterThan(0);
  for (const m of inline) expect(policy['script-src']).toContain(`'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`);
  // no payload as live markup anywhere in the prerendered page (text is escaped, the inlined JSON uses \u003C)
  for (const raw of ['<script>alert', '<img src=x', '<svg onload', '<style>body', '<iframe', ']]><!--']) expect(html).not.toContain(raw);
});

test('source: no {@html}, innerHTML, outerHTML, insertAdjacentHTML or document.write anywhere in the app', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(svelte|ts|js)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) {
        // comments may mention {@html} to say it is not used; code may not
        const code = readFileSync(p, 'utf8').replace(/<!--[\s\S]*?-->/g, '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
        if (/\{@html\b|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\b/.test(code)) offenders.push(p.slice(ROOT.length + 1));
      }
    }
  };
  walk(join(ROOT, 'src'));
  expect(offenders).toEqual([]);
});

test('default site under its CSP: meta tag present, using the explorer (select, reader, filter, PNG export) causes no violation', async ({ page, request }) => {
  // the bundled site served by playwright.config.ts; the guard fixture fails the test on any CSP violation
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'( 'sha256-[^']+')+;/);
  expect(html).not.toContain("'unsafe-inline' 'sha256");
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await page.locator('[data-concept="scaling"]').click();
  await passages(page).getByRole('button', { name: 'Show in transcript' }).first().click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Dialogue only' }).click();
  await save(page, 'Export PNG');
  await expect(page.getByRole('group', { name: 'Export' }).getByRole('status')).toHaveText('PNG saved');
});

test('header, filters, legend, node labels and aria-labels, edge tooltips and tables show the payloads as text', async ({ page }) => {
  await open(page, '?lang=zh&links=all');
  await domIsInert(page);
  const title = graph.attributes.title;
  expect(title).toContain(P.script);
  expect(title).toContain(P.amp);
  await expect(page.locator('h1')).toHaveText(title);
  expect(await page.title()).toBe(`${title} · topicgraph`);
  // section titles and speaker names / roles in the filters
  for (const s of graph.attributes.sections) await expect(page.getByRole('checkbox', { name: s.title, exact: true })).toHaveCount(1);
  const sectionTitles = graph.attributes.sections.map((s) => s.title).join('\n');
  for (const p of [P.img, P.style, '&lt;i&gt;italic&lt;/i&gt; &amp; more', P.svelte]) expect(sectionTitles).toContain(p);
  const speakers = page.getByRole('group', { name: 'Speakers' });
  expect(await speakers.locator('.name').allTextContents()).toEqual([...graph.attributes.speakers.map((s) => `${s.name} (${s.role})`), 'No speaker']);
  expect(graph.attributes.speakers.map((s) => `${s.name} (${s.role})`)).toEqual([
    'Mallory (<script>alert`1`</script>)',
    `Eve${P.rtl} Zero\u200BWidth (" onmouseover="alert\`1\`)`,
    'Trudy\u202Eevil (guest)'
  ]);
  // an unterminated right-to-left override in a name stays inside the name: "(guest)" still reads left to right
  const order = await speakers.locator('label', { hasText: 'guest' }).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const at: Array<[Text, number]> = [];
    let text = '';
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (let i = 0; i < n.data.length; i++) at.push([n, i]);
      text += n.data;
    }
    const rect = (k: number) => {
      const r = document.createRange();
      r.setStart(at[k][0], at[k][1]);
      r.setEnd(at[k][0], at[k][1] + 1);
      return r.getBoundingClientRect();
    };
    const open = rect(text.indexOf('(')), g = rect(text.indexOf('guest')), close = rect(text.indexOf(')'));
    return { sameLine: Math.abs(open.top - g.top) < 2 && Math.abs(g.top - close.top) < 2, ltr: open.left < g.left && g.left < close.left };
  });
  expect(order).toEqual({ sameLine: true, ltr: true });
  // every concept: the node's accessible name, its drawn label (when placed) and its table row are the label, verbatim
  for (const id of PAYLOAD_IDS) {
    await expect(page.locator(`[data-concept="${id}"]`)).toHaveAttribute('aria-label', zh(id));
    const label = page.locator(`text.label[data-label="${id}"]`);
    if (await label.count()) expect(await label.textContent()).toBe(zh(id));
    await expect(page.locator(`[data-concept-row="${id}"] th button`)).toHaveText(zh(id));
  }
  expect(await page.locator('text.label').count()).toBeGreaterThanOrEqual(8);
  // edge tooltips (where the renderer draws them): plain text only
  await expect(page.locator('[data-edge]')).toHaveCount(graph.edges.length);
  const titles = await page.locator('[data-edge] title, [data-edge][title]').evaluateAll((ts) => ts.map((t) => (t.tagName === 'title' ? t.childElementCount : 0)));
  for (const kids of titles) expect(kids).toBe(0);
  // the legend names communities by their concepts
  const legend = (await page.getByRole('group', { name: 'Legend' }).textContent()) ?? '';
  expect(PAYLOAD_IDS.some((id) => legend.includes(zh(id)))).toBe(true);
  // English labels too
  await page.getByRole('radio', { name: 'English' }).check();
  for (const id of ['script-tag', 'img-onerror', 'svg-onload', 'attr-break', 'style-break', 'css-injection', 'entities', 'template', 'rtl-override'])
    await expect(page.locator(`[data-concept="${id}"]`)).toHaveAttribute('aria-label', concept(id).label.en!);
  // the links table
  await page.getByRole('tab', { name: /^Links/ }).click();
  const row = page.locator('[data-edge-row="script-tag|svg-onload"] th button');
  await expect(row).toHaveAccessibleName(`${P.script} and ${P.svg}`);
  expect(await row.locator('.text').allTextContents()).toEqual([P.script, P.svg]);
  // hovering every node and label never fires anything
  for (const id of PAYLOAD_IDS) await page.locator(`[data-concept="${id}"]`).hover();
  await domIsInert(page);
  await page.screenshot({ path: '/tmp/shots/hostile-default.png' });
});

test('passages panel and marks: each payload concept, from its table row, shows its passages with the payload marked', async ({ page }) => {
  await open(page);
  for (const id of PAYLOAD_IDS) {
    const node = graph.nodes.find((n) => n.key === id)!;
    await page.locator(`[data-row="concept:${id}"]`).click();
    const region = passages(page);
    await expect(region.locator('h2')).toContainText(zh(id));
    const articles = region.locator('article[data-passage]');
    await expect(articles).toHaveCount(node.attributes.passageCount);
    // the passage text is the exact evidence: textContent equals the source slice (Markdown markers kept, hidden)
    for (const a of await articles.all()) {
      const pid = (await a.getAttribute('data-passage'))!;
      expect(await a.locator('p.text').textContent()).toBe(graph.attributes.passages.find((p) => p.id === pid)!.text);
    }
    const marks = await region.locator('p.text mark').allTextContents();
    const surfaces = node.attributes.mentions.map((m) => graph.attributes.passages.find((p) => p.id === m.passage)!.text.slice(m.start, m.end));
    expect(marks).toEqual(surfaces);
    for (const m of marks) expect(concept(id).aliases.map((x) => String(x).toLowerCase())).toContain(m.toLowerCase());
    if (concept(id).description?.en) await expect(region).toContainText(concept(id).description!.en!);
    await domIsInert(page);
    if (id === 'script-tag') await page.screenshot({ path: '/tmp/shots/hostile-passages.png' });
    await page.keyboard.press('Escape');
    await expect(region).toBeHidden();
    await expect(page.locator(`[data-row="concept:${id}"]`)).toBeFocused();
  }
});

test('a link between two payloads: both marked in its passages', async ({ page }) => {
  await open(page, '?lang=zh&links=all');
  const edge = graph.edges.find((e) => e.key === 'script-tag|svg-onload')!;
  await page.locator('[data-edge="script-tag|svg-onload"]').dispatchEvent('click');
  const region = passages(page);
  await expect(region.locator('h2 mark.tone-a')).toHaveText(zh('script-tag'));
  await expect(region.locator('h2 mark.tone-b')).toHaveText(zh('svg-onload'));
  await expect(region.locator('article[data-passage]')).toHaveCount(edge.attributes.passages.length);
  expect(await region.locator('p.text mark.tone-a').allTextContents()).toContain(P.script);
  expect(await region.locator('p.text mark.tone-b').allTextContents()).toContain(P.svg);
  await domIsInert(page);
});

test('reader: headings, speakers and passages as text, payload marked', async ({ page }) => {
  await open(page);
  await page.locator('[data-concept="img-onerror"]').click();
  await passages(page).getByRole('button', { name: 'Show in transcript' }).first().click();
  const reader = page.getByRole('dialog', { name: 'Transcript' });
  await expect(reader).toBeVisible();
  await expect(reader.locator('h2')).toHaveText(graph.attributes.title);
  // a section whose title is a passage (kind heading) is headed by that passage: its exact source text, as every
  // passage is shown (Markdown markers kept in the text); the others by their title
  const titlePassage = (id: string) => graph.attributes.passages.find((p) => p.kind === 'heading' && p.section === id);
  expect(await reader.locator('.body [role="heading"]').allTextContents()).toEqual(graph.attributes.sections.map((s) => titlePassage(s.id)?.text ?? s.title));
  for (const p of graph.attributes.passages) {
    const el = reader.locator(`[data-reader-passage="${p.id}"]`);
    expect(await el.locator('p.text').textContent()).toBe(p.text);
    if (p.speaker) await expect(el.locator('.who')).toHaveText(graph.attributes.speakers.find((s) => s.id === p.speaker)!.name);
  }
  expect(await reader.locator('mark').allTextContents()).toEqual(expect.arrayContaining([P.img]));
  await domIsInert(page);
  await page.screenshot({ path: '/tmp/shots/hostile-reader.png' });
  await page.keyboard.press('Escape');
  await expect(reader).toBeHidden();
});

test('search suggestions show labels and matched aliases as text', async ({ page }) => {
  await open(page);
  const box = page.getByRole('combobox', { name: 'Find a concept' });
  for (const [q, id] of [
    ['onerror', 'img-onerror'],
    ['<script>', 'script-tag'],
    ['7*7', 'template'],
    ['background:url', 'css-injection'],
    ['iframe', 'compute'],
    ['&lt;', 'entities']
  ] as const) {
    await box.fill(q);
    const first = options(page).first();
    await expect(first).toContainText(zh(id));
    await expect(first).toHaveAttribute('id', `opt-${id}`);
  }
  // the alias that matched is shown verbatim
  await box.fill('iframe');
  await expect(options(page).first()).toContainText('“<iframe src=javascript:alert(1)>”');
  await page.screenshot({ path: '/tmp/shots/hostile-search.png' });
  await box.fill('onmouseover');
  await box.press('Enter');
  await expect(passages(page).locator('h2')).toContainText(zh('attr-break'));
  await box.fill(P.img);
  await expect(options(page).first()).toHaveAttribute('id', 'opt-img-onerror');
  // a query that matches nothing is echoed as text
  await box.fill('<b>nothing</b>');
  await expect(options(page)).toHaveText('No concept matches “<b>nothing</b>”');
  await domIsInert(page);
});

test('hostile URL parameters are ignored without errors', async ({ page }) => {
  await open(page, `?c=${encodeURIComponent(P.script)}&e=${encodeURIComponent(P.img)}&sec=${encodeURIComponent(P.js)}&spk=${encodeURIComponent(P.attr)}&lang=${encodeURIComponent(P.svg)}&bogus=${encodeURIComponent(P.style)}`);
  await expect(page.locator('[data-concept]')).toHaveCount(graph.nodes.length);
  await expect(passages(page)).toHaveCount(0);
  await domIsInert(page);
});

// ------------------------------------------------------------------------------------------------ exports
async function save(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await download.path())!);
}

function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, m) => void (level !== 'warning' && errors.push(m)) }).parseFromString(text, 'application/xml');
  const elements: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        elements.push(c as Element);
        walk(c);
      }
    }
  };
  walk(doc as unknown as Node); // xmldom 0.9 types its own DOM; the walk reads only firstChild / nextSibling / nodeType
  return { doc, errors, elements };
}

function xmlIsInert(elements: Element[]) {
  const names = elements.map((e) => e.localName ?? e.nodeName);
  expect(names).not.toContain('script');
  expect(names).not.toContain('foreignObject');
  const attrs = elements.flatMap((e) => Array.from({ length: e.attributes.length }, (_, i) => e.attributes.item(i)!));
  expect(attrs.filter((a) => /^on/i.test(a.name)).map((a) => a.name)).toEqual([]);
  expect(attrs.filter((a) => /^(href|xlink:href|src)$/i.test(a.name)).map((a) => a.value)).toEqual([]);
}

test('exports: SVG, GEXF and GraphML parse, hold the payloads as text and nothing executable; CSV and JSON keep them verbatim; PNG works', async ({ page }) => {
  await open(page);
  // leave three sections, so the figure's caption names them (hostile titles)
  const sec = (id: string) => graph.attributes.sections.find((x) => x.id === id)!.title;
  await page.getByRole('checkbox', { name: sec('s1'), exact: true }).uncheck();
  await page.getByRole('checkbox', { name: sec('s3'), exact: true }).uncheck();
  await expect(page).toHaveURL(/sec=s2%2Cs4%2Cs5|sec=s2,s4,s5/);
  // SVG
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG', exact: true }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^[\w.@-]+\.svg$/);
  const svg = parseXml(readFileSync((await svgDownload.path())!).toString('utf8'));
  expect(svg.errors).toEqual([]);
  xmlIsInert(svg.elements);
  const texts = svg.elements.filter((e) => e.localName === 'text' || e.localName === 'tspan' || e.localName === 'title').map((e) => e.textContent ?? '');
  expect(texts).toContain(xmlText(graph.attributes.title));
  const shown = PAYLOAD_IDS.filter((id) => texts.includes(xmlText(zh(id))));
  expect(shown.length, `payload labels in the SVG: ${shown.join(', ')}`).toBeGreaterThanOrEqual(5);
  const flat = texts.join('').replace(/\s+/g, '');
  for (const id of ['s2', 's4', 's5']) expect(flat).toContain(sec(id).replace(/\s+/g, ''));
  // the data exports of the whole graph
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page.locator('[data-concept]')).toHaveCount(graph.nodes.length);
  // GEXF
  const gexf = parseXml((await save(page, 'Export GEXF')).toString('utf8'));
  expect(gexf.errors).toEqual([]);
  xmlIsInert(gexf.elements);
  const gexfLabels = new Map(gexf.elements.filter((e) => e.localName === 'node').map((e) => [e.getAttribute('id'), e.getAttribute('label')]));
  for (const id of PAYLOAD_IDS) {
    const l = concept(id).label;
    expect(gexfLabels.get(id)).toBe(xmlText(l.zh && l.en && l.zh !== l.en ? `${l.zh} / ${l.en}` : (l.zh ?? l.en)!));
  }
  // GraphML
  const graphml = parseXml((await save(page, 'Export GraphML')).toString('utf8'));
  expect(graphml.errors).toEqual([]);
  xmlIsInert(graphml.elements);
  const enLabels = new Map(
    graphml.elements
      .filter((e) => e.localName === 'node')
      .map((n) => [n.getAttribute('id'), Array.from(n.getElementsByTagName('data')).find((d) => d.getAttribute('key') === 'label_en')?.textContent ?? ''])
  );
  for (const id of PAYLOAD_IDS) expect(enLabels.get(id)).toBe(xmlText(concept(id).label.en ?? ''));
  // JSON: valid against the schema, labels verbatim
  const json = JSON.parse((await save(page, 'Export JSON')).toString('utf8'));
  const v = validateGraph(json);
  expect(v.ok ? [] : v.problems).toEqual([]);
  for (const id of PAYLOAD_IDS) expect(json.nodes.find((n: { key: string }) => n.key === id).attributes.label).toEqual(concept(id).label);
  // CSV (nodes file is the second download): RFC 4180 cells, formulas defused with a leading '
  // both files (nodes, edges) are awaited: a late second download must not be taken for the PNG below
  const [nodesCsv] = await Promise.all([
    page.waitForEvent('download', { predicate: (d) => d.suggestedFilename().endsWith('_nodes.csv') }).then(async (d) => readFileSync((await d.path())!).toString('utf8')),
    page.waitForEvent('download', { predicate: (d) => d.suggestedFilename().endsWith('_edges.csv') }),
    page.getByRole('button', { name: 'Export CSV', exact: true }).click()
  ]);
  const rows = parseCsv(nodesCsv.replace(/^\uFEFF/, ''));
  const header = rows[0];
  const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
  for (const id of PAYLOAD_IDS.filter((x) => x !== 'formula')) {
    expect(byId.get(id)!.label_en).toBe(concept(id).label.en ?? '');
    expect(byId.get(id)!.label_zh).toBe(concept(id).label.zh ?? '');
  }
  expect(byId.get('formula')!.label_en).toBe(`'${concept('formula').label.en}`);
  expect(byId.get('formula')!.label_zh).toBe(`'${concept('formula').label.zh}`);
  // PNG
  const png = await save(page, 'Export PNG');
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.readUInt32BE(16)).toBeGreaterThan(100);
  await expect(page.getByRole('group', { name: 'Export' }).getByRole('status')).toHaveText('PNG saved');
});

/** Minimal RFC 4180 reader (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
