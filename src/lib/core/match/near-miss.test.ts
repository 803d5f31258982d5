/** Near misses for `validate`: forms close to an alias that did not match, counted outside every mention. */
import { describe, expect, it } from 'vitest';
import type { Catalog, Passage } from '../contract/types';
import { compileMatcher, matchPassages } from './index';
import { findNearMisses } from './near-miss';

function passages(...texts: string[]): Passage[] {
  return texts.map((text, i) => ({ id: `p${i + 1}`, kind: 'paragraph', section: null, speaker: null, text, start: 0, end: text.length, lineStart: i + 1, lineEnd: i + 1, time: null }));
}

function near(catalog: Catalog, ...texts: string[]) {
  const ps = passages(...texts);
  const { mentions } = matchPassages(compileMatcher(catalog), ps);
  return Object.fromEntries([...findNearMisses(catalog, ps, mentions)].map(([id, list]) => [id, list.map((m) => `${m.form}×${m.count}`)]));
}

const concept = (id: string, aliases: Catalog['concepts'][number]['aliases']) => ({ id, label: { en: id }, aliases });

describe('findNearMisses', () => {
  it.each<[string, Catalog, string[], Record<string, string[]>]>([
    ['longer forms of the word', { concepts: [concept('robot', ['robot'])] }, ['robots, robotics and robotic arms; robotics again'], { robot: ['robotics×2', 'robotic×1'] }],
    ['a shorter form of a plural alias', { concepts: [concept('robots', ['robots'])] }, ['a robot'], { robots: ['robot×1'] }],
    ['other separators', { concepts: [concept('ttc', ['test-time compute'])] }, ['test time compute and test-time compute'], { ttc: ['test time compute×1'] }],
    ['words run together or apart', { concepts: [concept('openai', ['OpenAI'])] }, ['Open AI said'], { openai: ['Open AI×1'] }],
    ['one typo away', { concepts: [concept('transformer', ['Transformer'])] }, ['the Transfomer and the Trasnformer'], { transformer: ['Transfomer×1', 'Trasnformer×1'] }],
    ['the plural of an exact alias', { concepts: [concept('chip', [{ text: 'chip', exact: true }])] }, ['chips and a chip'], { chip: ['chips×1'] }],
    ['nothing for matched forms', { concepts: [concept('chip', ['chip'])] }, ['chips and a chip'], {}],
    ['nothing inside another mention', { concepts: [concept('robot', ['robot']), concept('robotics', ['robotics'])] }, ['robotics'], {}]
  ])('%s', (_name, catalog, texts, expected) => {
    expect(near(catalog, ...texts)).toEqual(expected);
  });
});
