import { describe, expect, it } from 'vitest';
import { textWidth as coreTextWidth } from '$lib/core/text/measure';
import { MAX_LABEL_EM } from '$lib/core/text/label-text';
import { communityLegend } from './legend';
import { accessibleLabel, blockSize, labelLines, labelText, placeLabels, textWidth, type LabelRequest } from './labels';

describe('textWidth', () => {
  it('is the shared measure of $lib/core/text (one estimate for layout, screen and export)', () => {
    expect(textWidth).toBe(coreTextWidth);
  });
});

describe('labelLines / accessibleLabel', () => {
  it.each<[Parameters<typeof labelLines>[0], 'zh' | 'en' | 'both', string[], string]>([
    [{ zh: '规模化', en: 'Scaling' }, 'zh', ['规模化'], '规模化'],
    [{ zh: '规模化', en: 'Scaling' }, 'en', ['Scaling'], 'Scaling'],
    [{ zh: '规模化', en: 'Scaling' }, 'both', ['规模化', 'Scaling'], '规模化 / Scaling'],
    [{ en: 'Anthropic' }, 'zh', ['Anthropic'], 'Anthropic'],
    [{ zh: 'Anthropic', en: 'Anthropic' }, 'both', ['Anthropic'], 'Anthropic'],
    [{ zh: '常识' }, 'en', ['常识'], '常识']
  ])('%o in %s', (label, lang, lines, aria) => {
    expect(labelLines(label, lang).map((l) => l.text)).toEqual(lines);
    expect(accessibleLabel(label, lang)).toBe(aria);
  });
});

describe('label text safety (issue 15)', () => {
  const RLO = '\u202E';
  const PDF = '\u202C';
  it('an unterminated bidi override is closed inside its label, so it cannot reverse the next one', () => {
    expect(labelText({ en: `${RLO}evil` }, 'en')).toBe(`${RLO}evil${PDF}`);
    expect(accessibleLabel({ zh: `${RLO}坏`, en: 'Next' }, 'both')).toBe(`${RLO}坏${PDF} / Next`);
    expect(labelLines({ zh: `${RLO}坏`, en: 'Next' }, 'both').map((l) => l.text)).toEqual([`${RLO}坏${PDF}`, 'Next']);
  });
  it('the legend line joining several names closes the override before the next name', () => {
    const node = (key: string, label: { zh?: string; en?: string }, passageCount: number) =>
      ({ key, attributes: { label, community: 0, passageCount } }) as unknown as Parameters<typeof communityLegend>[0][number];
    const [entry] = communityLegend([node('a', { en: `${RLO}evil` }, 9), node('b', { en: 'Scaling' }, 5)], 'en', 2);
    expect(entry.label).toBe(`${RLO}evil${PDF} · Scaling`);
  });
  it('a 10,000-character label is drawn cut to MAX_LABEL_EM with an ellipsis; the accessible name keeps it whole', () => {
    const long = { en: 'x'.repeat(10_000) };
    const [line] = labelLines(long, 'en', 12);
    expect(line.text.endsWith('…')).toBe(true);
    expect(blockSize([line]).w).toBeLessThanOrEqual(MAX_LABEL_EM * 12);
    expect(accessibleLabel(long, 'en')).toHaveLength(10_000);
  });
});

const req = (id: string, x: number, y: number, text: string, priority: number, force = false): LabelRequest => ({
  id,
  x,
  y,
  r: 5,
  lines: [{ text, size: 12 }],
  priority,
  force
});

function noOverlap(placed: ReturnType<typeof placeLabels>) {
  const vis = [...placed.values()].filter((p) => p.visible);
  for (let i = 0; i < vis.length; i++)
    for (let j = i + 1; j < vis.length; j++) {
      const a = vis[i].box;
      const b = vis[j].box;
      expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${vis[i].id} overlaps ${vis[j].id}`).toBe(false);
    }
}

describe('placeLabels', () => {
  const opts = { width: 400, height: 300 };
  it('places an isolated label to the right of its node', () => {
    const p = placeLabels([req('a', 100, 100, '规模化', 1)], opts).get('a')!;
    expect(p).toMatchObject({ visible: true, anchor: 'start' });
    expect(p.box.x0).toBeGreaterThan(105);
  });
  it('moves a label left when the right side leaves the viewport', () => {
    const p = placeLabels([req('a', 390, 100, '规模化', 1)], opts).get('a')!;
    expect(p).toMatchObject({ visible: true, anchor: 'end' });
    expect(p.box.x1).toBeLessThanOrEqual(400);
  });
  it('hides the lower-ranked of two colliding labels when no position is free', () => {
    const reqs = [req('big', 100, 100, '一二三四五六', 10), req('small', 102, 100, '一二三四五六', 1)];
    const placed = placeLabels(reqs, opts);
    expect(placed.get('big')!.visible).toBe(true);
    noOverlap(placed);
  });
  it('forced labels win over higher priority ones', () => {
    const reqs = [req('big', 100, 100, '一二三四五六', 10), req('hover', 100, 100, '一二三四五六', 1, true)];
    const placed = placeLabels(reqs, opts);
    expect(placed.get('hover')!.visible).toBe(true);
    noOverlap(placed);
  });
  it('never lets a label cover another node', () => {
    const placed = placeLabels([req('a', 100, 100, '规模化规模化', 2), req('b', 130, 100, 'x', 1)], opts);
    const a = placed.get('a')!;
    expect(a.anchor).not.toBe('start');
  });
  it('dense random layout: visible labels never overlap and stay inside', () => {
    let s = 1;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const reqs = Array.from({ length: 120 }, (_, i) => req(`n${i}`, rnd() * 400, rnd() * 300, i % 2 ? '莫拉维克悖论' : 'Inference scaling', rnd()));
    const placed = placeLabels(reqs, opts);
    noOverlap(placed);
    for (const p of placed.values()) if (p.visible) expect(p.box.x0 >= 0 && p.box.x1 <= 400 && p.box.y0 >= 0 && p.box.y1 <= 300).toBe(true);
    expect([...placed.values()].filter((p) => p.visible).length).toBeGreaterThan(5);
  });
  it('dimmed nodes (obstacle: false) do not push labels away', () => {
    const placed = placeLabels([req('a', 100, 100, '规模化规模化', 2), { ...req('b', 130, 100, 'x', 1), obstacle: false }], opts);
    expect(placed.get('a')!.anchor).toBe('start');
  });
  it('important labels may cover a node rim when nothing else is free', () => {
    const ring = [req('n1', 130, 100, 'a', 0), req('n2', 70, 100, 'a', 0), req('n3', 100, 125, 'a', 0), req('n4', 100, 75, 'a', 0)];
    const big = req('big', 100, 100, '规模化规模化', 9);
    // four nodes at the four sides: with 4 positions every one covers a rim (the diagonals would be free)
    const four = { ...opts, positions: 4 as const };
    expect(placeLabels([big, ...ring], four).get('big')!.visible).toBe(false);
    expect(placeLabels([big, ...ring], { ...four, importantCount: 1 }).get('big')!.visible).toBe(true);
    expect(placeLabels([big, ...ring], opts).get('big')!.visible).toBe(true);
  });
  it('two-line blocks are taller', () => {
    expect(blockSize(labelLines({ zh: '规模化', en: 'Scaling' }, 'both')).h).toBeGreaterThan(blockSize(labelLines({ zh: '规模化' }, 'zh')).h);
  });
});

describe('placeLabels: alwaysCount', () => {
  it('keeps the top label even when every spot covers another node', () => {
    // a hub surrounded by a tight ring of nodes: every candidate position touches one
    const ring = Array.from({ length: 12 }, (_, i) => ({
      id: `n${i}`,
      x: 200 + 18 * Math.cos((i / 12) * 2 * Math.PI),
      y: 200 + 18 * Math.sin((i / 12) * 2 * Math.PI),
      r: 9,
      lines: [{ text: 'x', size: 12 }],
      priority: 1
    }));
    const hub = { id: 'hub', x: 200, y: 200, r: 10, lines: [{ text: '人工智能', size: 12 }], priority: 100 };
    const without = placeLabels([hub, ...ring], { width: 400, height: 400 });
    const withAlways = placeLabels([hub, ...ring], { width: 400, height: 400, alwaysCount: 1 });
    expect(without.get('hub')!.visible).toBe(false);
    expect(withAlways.get('hub')!.visible).toBe(true);
  });
});
