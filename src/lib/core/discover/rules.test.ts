/**
 * The segmentation, candidate, ranking and merging rules on small hand-made cases (no tagger needed: tokens are
 * written by hand), plus seeded property tests.
 */
import fc from 'fast-check';
import { runsOf } from '../../../../tests/support/fc';
import { describe, expect, it } from 'vitest';
import type { Passage, TranscriptDocument } from '../contract/types';
import { countCandidates, isTermShape } from './candidates';
import { acronymOf, findGlosses, glossLatinKey } from './glosses';
import { isAcronym, latinKey, latinSpans } from './latin';
import { groupTerms } from './merge';
import { cValue, rankTerms, specificity, SPECIFICITY } from './rank';
import { isUsableAlias, slugId } from './catalog-form';
import { looksLikePersonName } from './kinds';
import { detectLanguage } from './language';
import type { CommonWords, TermToken, TokenClass } from './types';

const SEED = { numRuns: runsOf(1 / 5) }; // seed: the shared configuration's (tests/support/fc.ts)

/** Tokens from `word/class` pairs; `_` is a space token, `|` punctuation. Offsets follow the joined text. */
function toks(spec: string): { text: string; tokens: TermToken[] } {
  let text = '';
  const tokens: TermToken[] = [];
  for (const part of spec.split(' ')) {
    const [word, cls, pos] = part === '_' ? [' ', 'space'] : part === '|' ? ['，', 'break'] : part.split('/');
    tokens.push({ text: word, start: text.length, end: text.length + word.length, cls: cls as TokenClass, key: latinKey(word), pos });
    text += word;
  }
  return { text, tokens };
}

const passage = (id: string, text: string, section = 's1', speaker: string | null = null): Passage => ({ id, kind: 'paragraph', section, speaker, text, start: 0, end: text.length, lineStart: 1, lineEnd: 1, time: null });
const common = (table: Record<string, number>): CommonWords => ({ ic: (w) => table[w], isName: (w) => ['david', 'sarah'].includes(w) });

describe('Latin words inside any text', () => {
  it.each([
    ['Transformer架构', ['Transformer']],
    ['GPT-4和H100，ARC-AGI。', ['GPT-4', 'H100', 'ARC-AGI']],
    ["Moravec's paradox", ['Moravec', 'paradox']],
    ['C++ and o1, GPT-4.5', ['C++', 'and', 'o1', 'GPT-4.5']]
  ])('%s -> %j', (text, words) => {
    expect(latinSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(words);
  });
  it.each([
    ['GPUs', 'gpu'],
    ['LLMs', 'llm'],
    ['Models', 'models'],
    ['ＧＰＴ', 'gpt'],
    ['Moravec’s', "moravec's"]
  ])('key of %s is %s', (word, key) => expect(latinKey(word)).toBe(key));
  it('acronyms', () => {
    expect(['AI', 'LLM', 'ARC-AGI', 'GPT-4'].every(isAcronym)).toBe(true);
    expect(['Ai', 'A', 'gpu'].some(isAcronym)).toBe(false);
  });
  it('language: Han share decides, English names inside Chinese do not tip it', () => {
    expect(detectLanguage('Dwarkesh Patel 认为规模化是关键，Transformer 架构很重要。')).toBe('zh');
    expect(detectLanguage('The scaling era, with a few words of 中文.')).toBe('en');
  });
});

describe('candidate shapes', () => {
  const shape = (spec: string, lang: 'zh' | 'en' = 'zh', ic?: (w: string) => number | undefined) => isTermShape(toks(spec).tokens.filter((t) => t.cls !== 'space'), lang, ic);
  it.each([
    ['推理/verb/v 扩展/verb/v', true, 'two verbs: 推理+扩展'],
    ['蜂巢/noun/n 思维/noun/n', true, 'noun + noun'],
    ['Transformer/latin 架构/noun/n', true, 'Latin word + Chinese head'],
    ['算/noun/n', false, 'one Chinese character'],
    ['超人/noun/n 速度/noun/n 思考/verb/v', false, 'verb after a noun is a clause, not a term'],
    ['表示/verb/v 怀疑/verb/v', false, 'an everyday verb starts no term'],
    ['的/stop/uj 模型/noun/n', false, 'function word at the start'],
    ['模型/noun/n 的/stop/uj', false, 'function word at the end'],
    ['超级/modifier/b 智能/noun/n', true, 'modifier + noun'],
    ['超级/modifier/b', false, 'a modifier alone']
  ])('zh %s -> %s (%s)', (spec, ok) => {
    expect(shape(spec, 'zh', (w) => ({ 表示: 4.5, 怀疑: 7 })[w])).toBe(ok);
  });
  it.each([
    ['large/modifier _ language/noun _ model/noun', true],
    ['scaling/noun _ law/noun', true],
    ['train/verb _ model/noun', false],
    ['the/stop _ model/noun', false],
    ['Moravec/latin \'s/joiner _ paradox/noun', true],
    ['I/latin', false]
  ])('en %s -> %s', (spec, ok) => expect(shape(spec, 'en')).toBe(ok));
});

describe('counting and C-value', () => {
  // 推理扩展 four times; 扩展 twice more on its own; 推理 never alone.
  const texts = ['推理扩展，推理扩展', '推理扩展', '推理扩展，扩展', '扩展'];
  const tokens = texts.map((t) => toks(t.split('，').map((c) => (c === '推理扩展' ? '推理/verb/v 扩展/verb/v' : '扩展/verb/v')).join(' | ')).tokens);
  const passages = texts.map((t, i) => passage(`p${i + 1}`, toks(t.split('，').map((c) => (c === '推理扩展' ? '推理/verb/v 扩展/verb/v' : '扩展/verb/v')).join(' | ')).text, `s${i + 1}`));
  const { terms } = countCandidates(passages, tokens, 'zh');
  it('counts every run, nested ones too', () => {
    expect(terms.get('推理扩展')?.count).toBe(4);
    expect(terms.get('推理扩展')?.passages).toEqual([0, 1, 2]);
    // A single verb is no term on its own.
    expect(terms.has('扩展')).toBe(false);
  });
  it('C-value: log2(1 + words) x (count - mean count of the longer terms containing it)', () => {
    expect(cValue(terms.get('推理扩展')!)).toBeCloseTo(Math.log2(3) * 4);
    const nested = { ...terms.get('推理扩展')!, parts: ['x'], seps: [], classes: ['noun' as TokenClass], count: 6, nestedSum: 4, nestedTypes: 1 };
    expect(cValue(nested)).toBeCloseTo(1 * (6 - 4));
  });
  it('specificity: everyday words sink, unknown words count as rare', () => {
    const s = SPECIFICITY.zh;
    expect(specificity(s.low, s)).toBe(s.floor);
    expect(specificity(s.high, s)).toBe(1);
    expect(specificity((s.low + s.high) / 2, s)).toBeCloseTo(0.25);
    fc.assert(fc.property(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (a, b) => (a <= b ? specificity(a, s) <= specificity(b, s) : true)), SEED);
  });
  it('ranking prefers terms spread over sections, and specific ones', () => {
    const doc = { format: 'text', title: 't', sections: [1, 2, 3, 4].map((i) => ({ id: `s${i}`, title: '', parent: null, order: i, depth: 2, time: null, line: i })), speakers: [], passages, warnings: [] } as TranscriptDocument;
    const ranked = rankTerms(terms, doc, 'zh', common({}));
    expect(ranked[0].stats.key).toBe('推理扩展');
    expect(ranked[0].spread).toBeCloseTo(Math.log2(1 + 3));
  });
});

describe('glosses and merging', () => {
  it('finds X（Y） pairs in either script and acronyms in brackets', () => {
    const g = findGlosses(['计算能力（Compute）和“蜂巢思维”（Hive Mind）', 'Transhumanism（跨人类主义）', 'large language models (LLMs) and (see above)', '深度研究 (Dwarkesh)']);
    expect(g.map((x) => x.inside)).toEqual(['Compute', 'Hive Mind', '跨人类主义', 'LLMs', 'Dwarkesh']);
    expect(g.map((x) => x.before.replace(/[“”\s]+$/u, '').slice(-4))).toEqual(['计算能力', '蜂巢思维', 'nism', 'dels', '深度研究']);
    expect(g.every((x) => x.count === 1)).toBe(true);
    expect(acronymOf('LLMs', 'about large language models')).toBe('large language models');
    expect(acronymOf('GPU', 'large language models')).toBeNull();
    expect(glossLatinKey('The Scaling Era')).toBe('scaling era');
  });

  const stats = (key: string, count: number, surface = key, classes: TokenClass[] = ['noun']) => ({
    stats: { key, parts: key.split(' '), seps: key.split(' ').slice(1).map(() => ' '), classes, count, surfaces: new Map([[surface, count]]), passages: [0], sections: new Set(['s1']), speakers: new Set<string>(), nestedSum: 0, nestedTypes: 0 },
    score: count,
    cvalue: count,
    spread: 1,
    specificity: 1
  });
  it('joins plural and singular, glosses, full and short names; never a speaker as a gloss', () => {
    const pool = [
      stats('算力', 20),
      stats('compute', 2, 'compute', ['latin']),
      stats('transformer', 9, 'Transformer', ['latin']),
      stats('transformers', 3, 'Transformers', ['latin']),
      stats('dwarkesh patel', 5, 'Dwarkesh Patel', ['latin', 'latin']),
      stats('patel', 7, 'Patel', ['latin']),
      stats('深度研究', 4),
      stats('dwarkesh', 30, 'Dwarkesh', ['latin']),
      stats('grid talk', 3, 'Grid Talk', ['latin', 'latin']),
      stats('grid', 12, 'grid', ['noun'])
    ];
    const groups = groupTerms(pool, findGlosses(['算力（compute）', '深度研究 (Dwarkesh)']), [{ id: 'dwarkesh', name: 'Dwarkesh', role: null }], undefined, (s) => looksLikePersonName(s, common({ grid: 10, talk: 9 })));
    const keys = groups.map((g) => g.members.map((m) => m.stats.key).sort().join('+')).sort();
    expect(keys).toEqual(['compute+算力', 'dwarkesh+dwarkesh patel+patel', 'grid', 'grid talk', 'transformer+transformers', '深度研究']);
    expect(groups.find((g) => g.members.some((m) => m.stats.key === '算力'))?.glossEn).toBe('compute');
    expect(groups.find((g) => g.members.some((m) => m.stats.key === 'patel'))?.speaker?.id).toBe('dwarkesh');
  });
});

describe('catalog form', () => {
  it.each([
    [{ en: 'Inference scaling', zh: '推理扩展' }, 'inference-scaling'],
    [{ en: "Moravec's paradox" }, 'moravecs-paradox'],
    [{ en: 'GPT-4.5' }, 'gpt-4-5'],
    [{ zh: '蜂巢思维' }, /^zh-[0-9a-z]+$/]
  ])('id of %j', (label, id) => {
    const got = slugId(label);
    if (typeof id === 'string') expect(got).toBe(id);
    else expect(got).toMatch(id);
  });
  it('aliases: no single Chinese character, no English function word', () => {
    expect(['推理', 'GPU', 'o1', 'Dwarkesh Patel'].every(isUsableAlias)).toBe(true);
    expect(['算', 'the', ' ', 'of'].some(isUsableAlias)).toBe(false);
  });
  it('person names: a given name or an unknown word first; not Hive Mind, United States', () => {
    const c = common({ hive: 11, mind: 8, united: 9, states: 9, david: 9 });
    expect(looksLikePersonName('David Reich', c)).toBe(true);
    expect(looksLikePersonName('Dwarkesh Patel', c)).toBe(true);
    expect(looksLikePersonName('Hive Mind', c)).toBe(false);
    expect(looksLikePersonName('United States', c)).toBe(false);
    expect(looksLikePersonName('Inference Scaling', c)).toBe(false);
  });
});
