import { describe, expect, it } from 'vitest';
import type { Alias, Catalog, Passage } from '../contract/types';
import { compileMatcher, findMentions, matchPassages } from './index';

/** Catalog from [id, aliases] pairs. */
function catalog(...concepts: [string, Alias[]][]): Catalog {
  return { concepts: concepts.map(([id, aliases]) => ({ id, label: { en: id }, aliases })) };
}

/** Mentions as [concept, matched text, start] triples. */
function run(cat: Catalog, text: string): [string, string, number][] {
  return findMentions(compileMatcher(cat), text).map((m) => [m.concept, text.slice(m.start, m.end), m.start]);
}

const BASE = catalog(
  ['transformer', ['Transformer']],
  ['moravec', ['Moravec']],
  ['moravec-paradox', ['Moravec悖论', '莫拉维克悖论']],
  ['gpt', ['GPT']],
  ['gpt-4', ['GPT-4']],
  ['scaling', ['扩展', 'scaling', '规模化']],
  ['inference-scaling', ['推理扩展']],
  ['compute', ['算力']],
  ['data', ['数据']],
  ['year-2019', ['2019']],
  ['cot', ['chain-of-thought']],
  ['ai', ['AI']]
);

interface Case {
  name: string;
  text: string;
  expected: [string, string, number][];
  cat?: Catalog;
}

const cases: Case[] = [
  // case-insensitivity
  { name: 'upper, lower and mixed case', text: 'TRANSFORMER transformer TransFormer', expected: [['transformer', 'TRANSFORMER', 0], ['transformer', 'transformer', 12], ['transformer', 'TransFormer', 24]] },
  { name: 'alias written in lower case matches capitals', text: 'Scaling, SCALING', expected: [['scaling', 'Scaling', 0], ['scaling', 'SCALING', 9]] },
  // word boundaries
  { name: 'no match inside a longer Latin word (right)', text: 'Transformerless', expected: [] },
  { name: 'the English plural matches as the concept (default)', text: 'Transformers are', expected: [['transformer', 'Transformers', 0]] },
  {
    name: 'an exact alias does not match its plural',
    cat: catalog(['transformer', [{ text: 'Transformer', exact: true }]]),
    text: 'Transformers and Transformer',
    expected: [['transformer', 'Transformer', 17]]
  },
  {
    name: 'a catalog without inflection does not match plurals',
    cat: { ...catalog(['transformer', ['Transformer']]), inflect: false },
    text: 'Transformers and Transformer',
    expected: [['transformer', 'Transformer', 17]]
  },
  {
    name: 'an explicit alias of another concept wins over a generated plural',
    cat: catalog(['model', ['model']], ['models-book', ['Models']]),
    text: 'models and a model',
    expected: [['models-book', 'models', 0], ['model', 'model', 13]]
  },
  { name: 'no match inside a longer Latin word (left)', text: 'preTransformer', expected: [] },
  { name: 'accented Latin letters are word characters', text: 'éTransformer Transformerà', expected: [] },
  { name: 'punctuation is a boundary', text: '(Transformer), "Transformer".', expected: [['transformer', 'Transformer', 1], ['transformer', 'Transformer', 16]] },
  { name: 'CJK after a Latin alias is a boundary', text: 'Transformer架构', expected: [['transformer', 'Transformer', 0]] },
  { name: 'CJK before a Latin alias is a boundary', text: '用Transformer', expected: [['transformer', 'Transformer', 1]] },
  { name: 'Moravec next to CJK, and the longer CJK-ending alias wins', text: 'Moravec的想法；Moravec悖论', expected: [['moravec', 'Moravec', 0], ['moravec-paradox', 'Moravec悖论', 11]] },
  { name: 'CJK punctuation is a boundary', text: '“AI”，AI。', expected: [['ai', 'AI', 1], ['ai', 'AI', 5]] },
  { name: 'full-width Latin letters are word characters', text: 'ＸAI AIＸ', expected: [] },
  // digits
  { name: 'a digit after the alias blocks the match', text: 'GPT4 AI2027', expected: [] },
  { name: 'a digit alias needs digit boundaries', text: '2019-2025 20190 12019', expected: [['year-2019', '2019', 0]] },
  { name: 'astral digits count as digits', text: 'GPT𝟏 𝟐GPT GPT', expected: [['gpt', 'GPT', 12]] },
  // hyphens and dots
  { name: 'hyphen is a boundary: GPT in GPT-3', text: 'GPT-3', expected: [['gpt', 'GPT', 0]] },
  { name: 'longer alias GPT-4 wins over GPT', text: 'GPT-4 and gpt-4.', expected: [['gpt-4', 'GPT-4', 0], ['gpt-4', 'gpt-4', 10]] },
  { name: 'GPT-4 matches in GPT-4.5 when no GPT-4.5 alias', text: 'GPT-4.5', expected: [['gpt-4', 'GPT-4', 0]] },
  {
    name: 'GPT-4.5 alias wins in GPT-4.5',
    cat: catalog(['gpt-4', ['GPT-4']], ['gpt-4-5', ['GPT-4.5']]),
    text: 'GPT-4.5 GPT-4 GPT-4.',
    expected: [['gpt-4-5', 'GPT-4.5', 0], ['gpt-4', 'GPT-4', 8], ['gpt-4', 'GPT-4', 14]]
  },
  { name: 'GPT-4 not in GPT-40', text: 'GPT-40', expected: [['gpt', 'GPT', 0]] },
  { name: 'hyphenated alias, hyphen after it', text: 'chain-of-thought-based', expected: [['cot', 'chain-of-thought', 0]] },
  // CJK substrings
  { name: 'CJK alias is a plain substring', text: '规模化定律和数据扩展性', expected: [['scaling', '规模化', 0], ['data', '数据', 6], ['scaling', '扩展', 8]] },
  // overlaps and nesting
  { name: 'nested: 推理扩展 is inference-scaling only', text: '推理扩展', expected: [['inference-scaling', '推理扩展', 0]] },
  { name: 'nested inside a longer run', text: '模型推理扩展了', expected: [['inference-scaling', '推理扩展', 2]] },
  {
    name: 'partial overlap: leftmost wins even if shorter',
    cat: catalog(['x', ['大模']], ['y', ['模型训练']]),
    text: '大模型训练',
    expected: [['x', '大模', 0]]
  },
  {
    name: 'partial overlap: leftmost wins when longer',
    cat: catalog(['dl', ['深度学习']], ['lr', ['学习率']]),
    text: '深度学习率',
    expected: [['dl', '深度学习', 0]]
  },
  {
    name: 'a rejected longer Latin candidate leaves the shorter one',
    cat: catalog(['a', ['deep learning']], ['b', ['deep']]),
    text: 'deep learningful',
    expected: [['b', 'deep', 0]]
  },
  {
    name: 'after an overlap the scan continues: three chained candidates',
    cat: catalog(['ab', ['甲乙']], ['bc', ['乙丙']], ['cd', ['丙丁']]),
    text: '甲乙丙丁',
    expected: [['ab', '甲乙', 0], ['cd', '丙丁', 2]]
  },
  // adjacency, repetition
  { name: 'adjacent CJK matches', text: '算力数据算力', expected: [['compute', '算力', 0], ['data', '数据', 2], ['compute', '算力', 4]] },
  { name: 'adjacent Latin + CJK', text: 'AI算力', expected: [['ai', 'AI', 0], ['compute', '算力', 2]] },
  { name: 'same alias twice', text: 'scaling and scaling', expected: [['scaling', 'scaling', 0], ['scaling', 'scaling', 12]] },
  { name: 'repeated CJK alias back to back', text: '扩展扩展', expected: [['scaling', '扩展', 0], ['scaling', '扩展', 2]] },
  {
    name: 'self-overlapping alias: non-overlapping occurrences only',
    cat: catalog(['aa', ['啊啊']]),
    text: '啊啊啊',
    expected: [['aa', '啊啊', 0]]
  },
  // surrogate pairs / emoji
  { name: 'emoji around a Latin alias', text: '😀Transformer😀', expected: [['transformer', 'Transformer', 2]] },
  { name: 'emoji around a CJK alias', text: '🚀算力🚀数据', expected: [['compute', '算力', 2], ['data', '数据', 6]] },
  { name: 'astral CJK (Ext. B) next to a Latin alias', text: '𠀀AI𠀀', expected: [['ai', 'AI', 2]] },
  {
    name: 'alias containing an emoji',
    cat: catalog(['robot', ['🤖AI']], ['ai', ['AI']]),
    text: 'x 🤖AI AI',
    expected: [['robot', '🤖AI', 2], ['ai', 'AI', 7]]
  },
  {
    name: 'a lone-surrogate alias never splits a pair',
    cat: catalog(['half', ['\uDE00x']]),
    text: '😀x \uDE00x',
    expected: [['half', '\uDE00x', 4]]
  },
  // folding edge cases
  { name: 'dotted capital I does not fold (its lower case is two units)', cat: catalog(['ist', ['istanbul']]), text: 'İstanbul ISTANBUL', expected: [['ist', 'ISTANBUL', 9]] },
  { name: 'Greek folds too (length-preserving)', cat: catalog(['omega', ['ωμέγα']]), text: 'ΩΜΈΓΑ', expected: [['omega', 'ΩΜΈΓΑ', 0]] },
  // regex aliases
  {
    name: 'regex alias, case-insensitive by default',
    cat: catalog(['gpt', [{ regex: 'GPT-?\\d(?:\\.\\d)?' }]]),
    text: 'gpt4, GPT-4.5 and GPT-',
    expected: [['gpt', 'gpt4', 0], ['gpt', 'GPT-4.5', 6]]
  },
  {
    name: 'regex alias with flags "u" is case-sensitive',
    cat: catalog(['llm', [{ regex: 'LLMs?', flags: 'u' }]]),
    text: 'llm LLMs LLM',
    expected: [['llm', 'LLMs', 4], ['llm', 'LLM', 9]]
  },
  {
    name: 'literal beats regex of equal length, longer regex beats literal',
    cat: { ...catalog(['lit', ['LLM']], ['rx', [{ regex: 'LLMs?' }]]), inflect: false },
    text: 'LLM LLMs',
    expected: [['lit', 'LLM', 0], ['rx', 'LLMs', 4]]
  },
  {
    name: 'regex and literal overlap: leftmost wins',
    cat: catalog(['lit', ['模型训练']], ['rx', [{ regex: '大模型' }]]),
    text: '大模型训练',
    expected: [['rx', '大模型', 0]]
  },
  {
    name: 'regex running into a CJK alias',
    cat: catalog(['num', [{ regex: '\\d+倍' }]], ['compute', ['算力']]),
    text: '算力100倍算力',
    expected: [['compute', '算力', 0], ['num', '100倍', 2], ['compute', '算力', 6]]
  },
  { name: 'empty text', text: '', expected: [] },
  { name: 'text without any alias', text: 'nothing to see here 这里什么都没有', expected: [] }
];

describe('findMentions', () => {
  it.each(cases)('$name', ({ cat, text, expected }) => {
    expect(run(cat ?? BASE, text)).toEqual(expected);
  });

  it('returns mentions with concept ids and offsets into the original text', () => {
    const m = compileMatcher(BASE);
    expect(findMentions(m, 'É Transformer')).toEqual([{ concept: 'transformer', start: 2, end: 13 }]);
  });

  it('a matcher is reusable and gives the same answer twice', () => {
    const m = compileMatcher(BASE);
    const text = 'Transformer架构和Moravec悖论，推理扩展';
    expect(findMentions(m, text)).toEqual(findMentions(m, text));
  });

  it('catalog without literal aliases (regex only) and without any alias work', () => {
    expect(run(catalog(['rx', [{ regex: 'ab+c' }]]), 'abbbc ac')).toEqual([['rx', 'abbbc', 0]]);
  });
});

describe('matchPassages', () => {
  const passage = (id: string, text: string): Passage => ({
    id,
    kind: 'paragraph',
    section: null,
    speaker: null,
    text,
    start: 0,
    end: text.length,
    lineStart: 1,
    lineEnd: 1,
    time: null
  });

  it('groups mentions by concept in document order, keys in catalog order, lists the unmatched', () => {
    const result = matchPassages(compileMatcher(BASE), [
      passage('p1', '算力和Transformer'),
      passage('p2', 'Transformer；算力，算力'),
      passage('p3', 'nothing'),
      passage('p4', '推理扩展')
    ]);
    expect([...result.mentions.keys()]).toEqual(['transformer', 'inference-scaling', 'compute']);
    expect(result.mentions.get('compute')).toEqual([
      { passage: 'p1', start: 0, end: 2 },
      { passage: 'p2', start: 12, end: 14 },
      { passage: 'p2', start: 15, end: 17 }
    ]);
    expect(result.mentions.get('transformer')).toEqual([
      { passage: 'p1', start: 3, end: 14 },
      { passage: 'p2', start: 0, end: 11 }
    ]);
    expect(result.unmatched).toEqual(['moravec', 'moravec-paradox', 'gpt', 'gpt-4', 'scaling', 'data', 'year-2019', 'cot', 'ai']);
  });

  it('no passages: everything unmatched', () => {
    const result = matchPassages(compileMatcher(catalog(['a', ['x']], ['b', ['y']])), []);
    expect(result.mentions.size).toBe(0);
    expect(result.unmatched).toEqual(['a', 'b']);
  });
});
