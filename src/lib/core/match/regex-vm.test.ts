/**
 * The linear-time regex engine: the same matches as a native global RegExp (table and seeded property test),
 * work bounded by a step count linear in the text (not timed), and a named error when a budget is spent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsOf } from '../../../../tests/support/fc';
import type { Catalog, Passage } from '../contract/types';
import { compileMatcher, matchPassages, RegexBudgetError } from './index';
import { RegexBudgetExceeded, RegexVM } from './regex-vm';

function native(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags + 'g');
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
      continue;
    }
    out.push(`${m.index}-${m.index + m[0].length}`);
  }
  return out;
}

function vm(source: string, flags: string, text: string): string[] {
  const out: string[] = [];
  new RegexVM(source, flags).eachMatch(text, (s, e) => e > s && out.push(`${s}-${e}`)); // empty matches are skipped, as natively
  return out;
}

describe('RegexVM finds what a native RegExp finds', () => {
  it.each([
    ['a|ab', 'u', 'ab ab'],
    ['ab|a', 'u', 'ab a'],
    ['a+?', 'u', 'aaa'],
    ['a{2,3}', 'u', 'aaaaaaa'],
    ['colou?r', 'iu', 'Color colour COLOR'],
    ['\\bfoo\\b', 'iu', 'foo xfoo foo_ foo.'],
    ['scaling.*laws', 'iu', 'scaling laws and scaling laws, scaling'],
    ['test[- ]time compute', 'iu', 'Test-time compute and test time compute'],
    ['\\p{Script=Han}{2}模型', 'u', '大语言模型和小模型'],
    ['(a|b)*c', 'u', 'ababcabc c'],
    ['^ab', 'u', 'abab'],
    ['ab$', 'u', 'abab'],
    ['(?:GPT|Claude)-\\d', 'iu', 'gpt-4 claude-3 GPT-x'],
    ['.+', 'u', 'ab\ncd'],
    ['[^a]+', 'u', 'xxaxx'],
    ['k', 'iu', 'K \u212a k'],
    ['😀+', 'u', 'a😀😀b😀'],
    ['.', 'u', '😀a'],
    ['a*?b', 'u', 'aab'],
    ['(a|ab)(c|bcd)', 'u', 'abcd'],
    ['GPT-4(?!\\.\\d)', 'iu', 'GPT-4 GPT-4.5 gpt-4, GPT-4.x'],
    ['(?<![a-z])AI', 'u', 'AI xAI OpenAI AI'],
    ['(?<=\\$)\\d+', 'u', '$12 and 34 $5'],
    ['(?<=a(?:b|cd))e', 'u', 'abe acde ae'],
    ['\\u{1F600}|\\uD83D\\uDE00x', 'u', '😀x😀']
  ])('/%s/%s on %j', (source, flags, text) => {
    expect(vm(source, flags, text)).toEqual(native(source, flags, text));
  });

  it('on random patterns and texts (seeded)', () => {
    const atom = fc.constantFrom('a', 'b', 'A', '.', '[ab]', '[^a]', '\\d', '\\w', 'é', '中', '😀', '(?:a|b)', '(?:ab|a)', '\\b');
    const quant = fc.constantFrom('', '', '*', '+', '?', '*?', '+?', '{1,2}', '{2}');
    const pattern = fc
      .array(fc.tuple(atom, quant), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.map(([a, q]) => (a === '\\b' ? a : a + q)).join(''))
      .chain((p) => fc.constantFrom(p, `${p}|b`, `(?:${p})x?`, `${p}(?=a)`, `(?<!b)${p}`));
    const text = fc.array(fc.constantFrom('a', 'b', 'A', '1', ' ', 'é', '中', '😀', 'x', '\n'), { maxLength: 24 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(pattern, fc.constantFrom('u', 'iu'), text, (source, flags, t) => {
        expect(vm(source, flags, t)).toEqual(native(source, flags, t));
      }),
      { numRuns: runsOf(1.5) } // seed: the shared configuration's (tests/support/fc.ts)
    );
  });
});

describe('RegexVM work is bounded', () => {
  // before: a native RegExp took minutes (killed at 60 s) on both
  it('a*a*a*b on a run of 3,000 "a": steps linear in the text', () => {
    const v = new RegexVM('a*a*a*b', 'u');
    const text = 'a'.repeat(3000);
    let found = 0;
    v.eachMatch(text, () => found++);
    expect(found).toBe(0);
    expect(v.steps).toBeLessThanOrEqual(2 * (text.length + 1) * v.size);
  });

  it('scaling.*laws on a 200 KB paragraph: steps linear in the text', () => {
    const v = new RegexVM('scaling.*laws', 'iu');
    const text = 'Scaling is what we talk about when we talk about compute. '.repeat(3500);
    v.eachMatch(text, () => {});
    expect(v.steps).toBeLessThanOrEqual(2 * (text.length + 1) * v.size);
  });

  it('stops with RegexBudgetExceeded once the budget is spent', () => {
    const v = new RegexVM('a.*b|a', 'u'); // every "a" matches after a look-ahead to the end: quadratic
    expect(() => v.eachMatch('a'.repeat(2000), () => {}, 100_000)).toThrow(RegexBudgetExceeded);
    expect(v.steps).toBeGreaterThan(100_000);
    expect(v.steps).toBeLessThan(100_000 + 4 * v.size);
  });

  it('matchPassages turns a spent budget into a RegexBudgetError naming the alias and the passage', () => {
    const catalog: Catalog = { concepts: [{ id: 'x', label: { en: 'X' }, aliases: ['ok', { regex: 'a.*b|a' }] }] };
    const text = 'a'.repeat(4000);
    const passages: Passage[] = [
      { id: 'p1', kind: 'paragraph', section: null, speaker: null, text: 'ok', start: 0, end: 2, lineStart: 1, lineEnd: 1, time: null },
      { id: 'p2', kind: 'paragraph', section: null, speaker: null, text, start: 4, end: 4 + text.length, lineStart: 3, lineEnd: 3, time: null }
    ];
    let error: unknown;
    try {
      matchPassages(compileMatcher(catalog), passages);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RegexBudgetError);
    const e = error as RegexBudgetError;
    expect([e.path, e.passage, e.conceptId, e.regex]).toEqual(['$.concepts[0].aliases[1]', 'p2', 'x', 'a.*b|a']);
    expect(e.message).toMatch(/passage p2 \(transcript line 3\)/);
  });
});
