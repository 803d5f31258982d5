import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewParams, serializeViewParams, type KnownIds, type ViewParams } from './url';

const known: KnownIds = {
  concepts: new Set(['scaling', 'agi', 'transformer']),
  edges: new Set(['scaling|transformer']),
  sections: new Set(['s1', 's2', 's3']),
  speakers: new Set(['russ', 'dwarkesh', '_none']),
  kinds: new Set(['concept', 'person']),
  maxWeight: 12,
  passages: new Set(['p1', 'p2', 'p3', 'p4'])
};

const parse = (q: string) => parseViewParams(new URLSearchParams(q), known);

describe('parseViewParams', () => {
  it.each<[string, string, Partial<ViewParams>]>([
    ['empty', '', {}],
    ['concept', 'c=agi', { concept: 'agi' }],
    ['unknown concept ignored', 'c=nope', {}],
    ['edge in either order', 'e=transformer|scaling', { edge: 'scaling|transformer' }],
    ['edge wins over concept', 'c=agi&e=scaling|transformer', { edge: 'scaling|transformer', concept: null }],
    ['malformed edge ignored', 'e=scaling', {}],
    ['unknown edge ignored', 'e=agi|scaling', {}],
    ['sections list, unknown dropped', 'sec=s1,zz,s3', { sections: ['s1', 's3'] }],
    ['empty sections = none', 'sec=', { sections: [] }],
    ['only unknown sections ignored', 'sec=zz', {}],
    ['speakers', 'spk=russ,_none', { speakers: ['russ', '_none'] }],
    ['kinds', 'kind=person', { kinds: ['person'] }],
    ['min weight', 'min=3', { minWeight: 3 }],
    ['min weight clamped to max', 'min=999', { minWeight: 12 }],
    ['min weight malformed', 'min=abc', {}],
    ['min weight negative', 'min=-2', {}],
    ['language', 'lang=both', { lang: 'both' }],
    ['bad language', 'lang=fr', {}],
    ['measure', 'm=jaccard', { measure: 'jaccard' }],
    ['bad measure', 'm=<script>', {}],
    ['size', 'size=betweenness', { size: 'betweenness' }],
    ['unknown keys ignored', 'foo=bar&c=scaling', { concept: 'scaling' }],
    ['timeline range', 'range=p2,p4', { range: { from: 'p2', to: 'p4' } }],
    ['range with an unknown passage ignored', 'range=p2,p99', {}],
    ['malformed range ignored', 'range=p2', {}],
    ['percent-encoded', 'e=scaling%7Ctransformer&sec=s1%2Cs2', { edge: 'scaling|transformer', sections: ['s1', 's2'] }]
  ])('%s', (_n, q, diff) => {
    expect(parse(q)).toEqual({ ...DEFAULT_VIEW, ...diff });
  });
});

describe('serializeViewParams', () => {
  it('writes nothing for the defaults', () => expect(serializeViewParams(DEFAULT_VIEW)).toBe(''));
  it.each<[Partial<ViewParams>, string]>([
    [{ concept: 'agi' }, 'c=agi'],
    [{ edge: 'scaling|transformer', concept: 'agi' }, 'e=scaling|transformer'],
    [{ sections: ['s2', 's3'], speakers: ['russ'], minWeight: 2 }, 'sec=s2,s3&spk=russ&min=2'],
    [{ sections: [] }, 'sec='],
    [{ lang: 'en', measure: 'npmi', size: 'degree' }, 'lang=en&m=npmi&size=degree'],
    [{ measure: 'jaccard' }, 'm=jaccard'],
    [{ measure: 'count' }, ''],
    [{ range: { from: 'p2', to: 'p4' }, minWeight: 2 }, 'range=p2,p4&min=2']
  ])('%o -> %s', (diff, q) => {
    expect(serializeViewParams({ ...DEFAULT_VIEW, ...diff })).toBe(q);
  });
  it('edge width defaults to the count (NPMI and Jaccard are written)', () => {
    expect(DEFAULT_VIEW.measure).toBe('count');
    expect(parse('').measure).toBe('count');
  });
  it('leaves out the defaults it is given (a graph whose labels default to English)', () => {
    const en: ViewParams = { ...DEFAULT_VIEW, lang: 'en' };
    expect(serializeViewParams({ ...en }, en)).toBe('');
    expect(serializeViewParams({ ...en, lang: 'zh' }, en)).toBe('lang=zh');
    expect(parseViewParams(new URLSearchParams(''), known, en).lang).toBe('en');
    expect(parseViewParams(new URLSearchParams('lang=zh'), known, en).lang).toBe('zh');
  });
  it('round-trips', () => {
    const v: ViewParams = { ...DEFAULT_VIEW, edge: 'scaling|transformer', sections: ['s1'], speakers: ['_none'], kinds: ['concept'], minWeight: 4, range: { from: 'p1', to: 'p3' }, lang: 'both', measure: 'count', size: 'betweenness', links: 'all' };
    expect(parse(serializeViewParams(v))).toEqual(v);
  });
});
