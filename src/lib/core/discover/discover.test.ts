/**
 * Discovery on real text with the real taggers (jieba-wasm and wink-nlp loaded from node_modules): Latin words
 * kept whole inside Chinese, batched tagging equal to one call per text, quality floors on the bundled transcript
 * and the two fixtures (measured recall minus a margin; the exact figures are in the README), and drafts that the
 * catalog checker and the matcher accept as written.
 */
import fc from 'fast-check';
import { runsOf } from '../../../../tests/support/fc';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../catalog/check';
import { parseCatalog } from '../catalog/load';
import { buildConceptGraph } from '../build';
import { validateGraph } from '../contract/schema';
import type { Catalog, TranscriptDocument } from '../contract/types';
import { compileMatcher } from '../match';
import { parseTranscript } from '../parse';
import { tokenizeChinese, tokenizeChineseTexts } from './chinese';
import { discoverConcepts, documentLanguage, loadDiscoveryResources, toDraftCatalog } from './index';
import { recallAt } from './quality';
import type { DiscoveryResources, DiscoveryResult } from './types';

const ROOT = resolve(__dirname, '../../../..');
const read = (p: string) => readFileSync(resolve(ROOT, p), 'utf8');
const CASES = [
  { name: 'bundled (zh)', transcript: 'data/transcripts/econtalk-dwarkesh-scaling-era.zh.md', key: 'data/concepts/econtalk-dwarkesh-scaling-era.concepts.json', at50: 27, at100: 42 },
  { name: 'batteries (en)', transcript: 'tests/fixtures/discover/batteries.en.md', key: 'tests/fixtures/discover/batteries.en.concepts.json', at50: 27, at100: 48 },
  { name: 'chips (zh)', transcript: 'tests/fixtures/discover/chips.zh.md', key: 'tests/fixtures/discover/chips.zh.concepts.json', at50: 36, at100: 52 }
];

let zh: DiscoveryResources;
let en: DiscoveryResources;
const docs = new Map<string, TranscriptDocument>();
const results = new Map<string, DiscoveryResult>();
beforeAll(async () => {
  [zh, en] = await Promise.all([loadDiscoveryResources('zh'), loadDiscoveryResources('en')]);
  for (const c of CASES) {
    const doc = parseTranscript(read(c.transcript), { fileName: c.transcript });
    docs.set(c.name, doc);
    results.set(c.name, discoverConcepts(doc, documentLanguage(doc) === 'zh' ? zh : en, { top: 100 }));
  }
});

describe('Chinese tokens (jieba)', () => {
  it('keeps Latin words whole and tags new words as unknown nouns', () => {
    const t = tokenizeChinese('Transformer架构、GPT-4和ARC-AGI，算力（compute）', zh.zhTagger!);
    const latin = t.filter((x) => x.cls === 'latin').map((x) => x.text);
    expect(latin).toEqual(['Transformer', 'GPT-4', 'ARC-AGI', 'compute']);
    expect(t.find((x) => x.text === '算力')?.cls).toBe('unknown');
    for (const x of t) expect('Transformer架构、GPT-4和ARC-AGI，算力（compute）'.slice(x.start, x.end)).toBe(x.text);
  });
  it('tagging texts in one batch gives the tokens of tagging each alone (seeded)', () => {
    const pool = ['推理扩展让模型思考更长时间。', 'GPT-4和H100', '蜂巢思维（Hive Mind）', '我们不知道。', 'Moravec悖论\n第二行', '，'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }), fc.integer({ min: 8, max: 60 }), (texts, batch) => {
        expect(tokenizeChineseTexts(texts, zh.zhTagger!, batch)).toEqual(texts.map((t) => tokenizeChinese(t, zh.zhTagger!)));
      }),
      { numRuns: runsOf(1 / 25) }
    );
  });
});

describe.each(CASES)('$name', (c) => {
  it('finds the answer key concepts (floors: measured recall minus a margin)', () => {
    const { catalog: key } = parseCatalog(read(c.key), c.key);
    const r = results.get(c.name)!;
    expect(recallAt(r.candidates, key, 50)).toBeGreaterThanOrEqual(c.at50);
    expect(recallAt(r.candidates, key, 100)).toBeGreaterThanOrEqual(c.at100);
  });
  it('writes a draft that the catalog checker and the matcher accept as written, with real evidence', () => {
    const r = results.get(c.name)!;
    const draft = toDraftCatalog(r.candidates);
    expect(checkCatalog(draft).filter((i) => i.severity === 'error')).toEqual([]);
    expect(() => parseCatalog(JSON.stringify(draft), 'draft.json')).not.toThrow();
    compileMatcher(draft);
    const doc = docs.get(c.name)!;
    const ids = new Set(doc.passages.map((p) => p.id));
    for (const cand of r.candidates) {
      expect(cand.passages).toBeGreaterThanOrEqual(1);
      expect(ids.has(cand.sample!)).toBe(true);
      const sample = doc.passages.find((p) => p.id === cand.sample)!;
      expect(cand.aliases.some((a) => sample.text.toLowerCase().includes(a.toLowerCase()))).toBe(true);
    }
  });
  it('is deterministic', () => {
    const doc = docs.get(c.name)!;
    const again = discoverConcepts(doc, documentLanguage(doc) === 'zh' ? zh : en, { top: 100 });
    expect(again).toEqual(results.get(c.name));
  });
});

describe('drafts on any part of a transcript (seeded)', () => {
  it('unique ids, every alias owned once, every candidate matched where its sample says', () => {
    const full = docs.get('bundled (zh)')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.passages.length - 1 }), fc.integer({ min: 5, max: 80 }), fc.integer({ min: 1, max: 40 }), (from, length, top) => {
        const doc = { ...full, passages: full.passages.slice(from, from + length) };
        const r = discoverConcepts(doc, zh, { top });
        expect(r.candidates.length).toBeLessThanOrEqual(top);
        expect(new Set(r.candidates.map((c) => c.id)).size).toBe(r.candidates.length);
        expect(checkCatalog(toDraftCatalog(r.candidates)).filter((i) => i.severity === 'error')).toEqual([]);
        for (const c of r.candidates) expect(doc.passages.some((p) => p.id === c.sample)).toBe(true);
      }),
      { numRuns: runsOf(1 / 40) }
    );
  });
});

describe('speakers, kinds, merges on the bundled transcript', () => {
  it('speakers are persons with their full names; glosses give both labels', () => {
    const r = results.get('bundled (zh)')!;
    const dwarkesh = r.candidates.find((c) => c.aliases.includes('Dwarkesh'))!;
    expect(dwarkesh).toMatchObject({ kind: 'person', tier: 'speaker' });
    expect(dwarkesh.aliases).toContain('Dwarkesh Patel');
    expect(r.candidates.find((c) => c.aliases.includes('推理扩展'))?.label).toEqual({ zh: '推理扩展', en: 'Inference Scaling' });
    expect(r.candidates.find((c) => c.aliases.includes('AGI'))?.aliases).toContain('通用人工智能');
  });
  it('with a catalog, proposes only what it lacks and never reuses its aliases', () => {
    const catalog = parseCatalog(read(CASES[0].key), 'key').catalog;
    const r = discoverConcepts(docs.get('bundled (zh)')!, zh, { catalog, top: 20 });
    const owned = new Set(catalog.concepts.flatMap((c) => c.aliases.filter((a): a is string => typeof a === 'string').map((a) => a.toLowerCase())));
    expect(r.candidates.length).toBe(20);
    for (const cand of r.candidates) for (const a of cand.aliases) expect(owned.has(a.toLowerCase())).toBe(false);
    expect(checkCatalog({ concepts: [...catalog.concepts, ...r.candidates] } as Catalog).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('the build with discovery', () => {
  const text = read(CASES[0].transcript);
  const source = { file: 'x.md', sha256: '0'.repeat(64), catalog: 'discovered', catalogSha256: '0'.repeat(64) };
  it('without a catalog: every node is discovered, the graph is valid', () => {
    const { graph, discovered } = buildConceptGraph({ text, source, discovery: { resources: zh, top: 40 } });
    expect(discovered.length).toBe(40);
    expect(graph.nodes.length).toBe(40);
    expect(graph.nodes.every((n) => n.attributes.origin === 'discovered')).toBe(true);
    expect(validateGraph(graph).ok).toBe(true);
  });
  it('with a catalog and discovery: catalog nodes stay "catalog", the added ones are "discovered"', () => {
    const catalog = parseCatalog(read(CASES[0].key), 'key').catalog;
    const { graph, discovered } = buildConceptGraph({ text, catalog, source, discovery: { resources: zh, top: 8 } });
    const origin = new Map(graph.nodes.map((n) => [n.key, n.attributes.origin]));
    expect(discovered.length).toBe(8);
    for (const d of discovered) expect(origin.get(d.id)).toBe('discovered');
    expect(graph.nodes.filter((n) => n.attributes.origin === 'catalog').length).toBe(graph.nodes.length - 8);
  });
});
