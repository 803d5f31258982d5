/**
 * Counts keyed by user strings: a speaker or section id such as "constructor", "__proto__" or "toString" is
 * counted like any other and survives JSON and the graph schema (before: "constructor" gave a function + 1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../contract/schema';
import type { Mention, Passage } from '../contract/types';
import { cooccur, sortedRecord } from './cooccur';

const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

function passage(id: string, speaker: string, section: string): Passage {
  return { id, kind: 'turn', section, speaker, text: 'a b', start: 0, end: 3, lineStart: 1, lineEnd: 1, time: null };
}

describe('counts keyed by user strings', () => {
  it('counts every key as data', () => {
    const passages = KEYS.map((k, i) => passage(`p${i + 1}`, k, k));
    const mentions = new Map<string, Mention[]>([['a', passages.map((p) => ({ passage: p.id, start: 0, end: 1 }))]]);
    const counts = cooccur({ passages, mentions, unit: 'passage' }).concepts.get('a')!;
    const expected = Object.fromEntries([...KEYS].sort().map((k) => [k, 1]));
    expect(JSON.parse(JSON.stringify(counts.bySpeaker))).toEqual(expected);
    expect(Object.keys(counts.bySection).sort()).toEqual([...KEYS].sort());
    expect(Object.getPrototypeOf(counts.bySpeaker)).toBe(Object.prototype); // "__proto__" did not replace it
  });

  it('sortedRecord keeps "__proto__" as an own key', () => {
    const r = sortedRecord(new Map([['__proto__', 2], ['a', 1]]));
    expect(Object.keys(r)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(r)).toBe('{"__proto__":2,"a":1}');
  });

  it('a graph with such keys passes the schema and keeps them', () => {
    const graph = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/graphs/mini.graph.json', import.meta.url), 'utf8'));
    const node = graph.nodes[0].attributes;
    const json = JSON.stringify(graph).replace(JSON.stringify(node.bySpeaker), '{"__proto__":1,"constructor":2}');
    const v = validateGraph(JSON.parse(json));
    expect(v.ok).toBe(true);
    if (v.ok) expect(Object.entries(v.value.nodes[0].attributes.bySpeaker)).toEqual([['__proto__', 1], ['constructor', 2]]);
  });
});
