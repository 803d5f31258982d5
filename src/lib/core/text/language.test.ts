// The document's language and the default label language, from the data: table-driven on small texts, then the
// bundled transcript (Chinese) and the English test transcript of the parser (tests/fixtures/transcripts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '$lib/core/parse';
import { defaultLabelLanguage, transcriptLanguage } from './language';

const passages = (...texts: string[]) => texts.map((text) => ({ text }));
const nodes = (...labels: Array<{ zh?: string; en?: string }>) => labels.map((label) => ({ attributes: { label } }) as never);
const file = (p: string) => readFileSync(new URL(`../../../../${p}`, import.meta.url), 'utf8');

describe('transcriptLanguage', () => {
  it.each<[string, string[], 'zh' | 'en']>([
    ['no text', [], 'en'],
    ['English', ['What’s next for the labs? Scaling, mostly.'], 'en'],
    ['Chinese', ['近年来，AI的进展被归功于规模化。'], 'zh'],
    ['Chinese with English terms (as many letters as characters is mostly Chinese)', ['Transformer架构易于并行训练，与规模化的需求极度契合。'], 'zh'],
    ['English with a Chinese word', ['The word for scaling is 规模化, and it is everywhere in this talk.'], 'en'],
    ['Japanese kana count as CJK', ['スケーリングの時代について話しましょう'], 'zh'],
    ['digits and punctuation only', ['12:05 — 3.14, 42!'], 'en']
  ])('%s', (_n, texts, want) => {
    expect(transcriptLanguage(passages(...texts))).toBe(want);
  });

  it('reads a bounded sample of every passage of a long transcript', () => {
    // 2 MB of English after 1 MB of Chinese: both halves are sampled, English wins by letters
    const long = passages('中'.repeat(1_000_000), 'abc '.repeat(500_000));
    expect(transcriptLanguage(long)).toBe('en');
  });

  it('the bundled transcript is Chinese; the English speaker fixture is English', () => {
    const zh = parseTranscript(file('data/transcripts/econtalk-dwarkesh-scaling-era.zh.md'), { format: 'markdown' });
    expect(transcriptLanguage(zh.passages)).toBe('zh');
    const en = parseTranscript(file('tests/fixtures/transcripts/speakers-en.md'), { format: 'markdown' });
    expect(en.passages.length).toBeGreaterThan(0);
    expect(transcriptLanguage(en.passages)).toBe('en');
  });
});

describe('defaultLabelLanguage', () => {
  const both = { zh: '规模化', en: 'Scaling' };
  it.each<[string, ReturnType<typeof nodes>, 'zh' | 'en', 'zh' | 'en']>([
    ['bilingual catalog, Chinese transcript', nodes(both, both), 'zh', 'zh'],
    ['bilingual catalog, English transcript', nodes(both, both), 'en', 'en'],
    ['English-only catalog, Chinese transcript', nodes({ en: 'Scaling' }, { en: 'Compute' }), 'zh', 'en'],
    ['Chinese-only catalog, English transcript', nodes({ zh: '规模化' }, { zh: '算力' }), 'en', 'zh'],
    ['half the labels in the transcript’s language is enough', nodes({ zh: '规模化' }, { en: 'Compute' }), 'en', 'en'],
    ['no concepts', nodes(), 'zh', 'zh']
  ])('%s', (_n, ns, transcript, want) => {
    expect(defaultLabelLanguage(ns, transcript)).toBe(want);
  });
});
