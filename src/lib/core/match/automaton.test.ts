import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './automaton';
import { getFoldTable } from './fold';

function occurrences(ac: AhoCorasick, text: string, from?: number, to?: number): [number, number][] {
  const out: [number, number][] = [];
  ac.scan(text, (end, p) => out.push([end, p]), from, to);
  return out;
}

describe('AhoCorasick', () => {
  it('finds the classic he/she/his/hers occurrences, longest first per end', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers']);
    // "ushers": she ends at 4 (and he inside it), hers ends at 6
    expect(occurrences(ac, 'ushers')).toEqual([
      [4, 1],
      [4, 0],
      [6, 3]
    ]);
  });

  it('reports overlapping and nested occurrences', () => {
    const ac = new AhoCorasick(['aa', 'a']);
    expect(occurrences(ac, 'aaa')).toEqual([
      [1, 1],
      [2, 0],
      [2, 1],
      [3, 0],
      [3, 1]
    ]);
  });

  it('resets on units outside the alphabet and handles CJK and surrogates as units', () => {
    const ac = new AhoCorasick(['推理扩展', '扩展', '😀']);
    expect(occurrences(ac, '推理x扩展 推理扩展😀')).toEqual([
      [5, 1],
      [10, 0],
      [10, 1],
      [12, 2]
    ]);
    expect(ac.maxPatternLength).toBe(4);
  });

  it('applies a unit map (case folding) without copying the text', () => {
    const ac = new AhoCorasick(['gpt'], { unitMap: getFoldTable() });
    expect(occurrences(ac, 'GPT gPt')).toEqual([
      [3, 0],
      [7, 0]
    ]);
  });

  it('scans a sub-range', () => {
    const ac = new AhoCorasick(['ab']);
    expect(occurrences(ac, 'ab ab ab', 2, 6)).toEqual([[5, 0]]);
  });

  it('uses binary search for states with many edges', () => {
    const words = Array.from({ length: 40 }, (_, i) => 'x' + String.fromCharCode(0x4e00 + i));
    const ac = new AhoCorasick(words);
    expect(occurrences(ac, 'x' + String.fromCharCode(0x4e00 + 33) + 'x' + String.fromCharCode(0x4e00 + 2))).toEqual([
      [2, 33],
      [4, 2]
    ]);
  });

  it('the three scan modes (dense + rows, rows only, failure links) agree', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'a', 'aa', 'aab', '推理扩展', '扩展', 'abcab', 'bca', '扩a扩', 'a扩展'];
    const text = 'ushers his aaab abcabcab 推理扩展扩展 sheshe 扩a扩展a扩a扩 HERS';
    const dense = new AhoCorasick(patterns);
    const rows = new AhoCorasick(patterns, { denseBudget: 0 });
    const failure = new AhoCorasick(patterns, { rowBudget: 0 });
    expect([dense.mode, rows.mode, failure.mode]).toEqual(['dense', 'rows', 'failure']);
    const expected = occurrences(failure, text);
    expect(expected.length).toBeGreaterThan(15);
    expect(occurrences(dense, text)).toEqual(expected);
    expect(occurrences(rows, text)).toEqual(expected);
  });

  it('rejects an empty pattern', () => {
    expect(() => new AhoCorasick(['a', ''])).toThrow(/pattern 1 is empty/);
  });
});
