/**
 * Which language a graph speaks, from its data: the transcript's (Chinese when CJK characters outnumber Latin
 * letters, English otherwise) sets the page's `lang`, in the prerendered HTML and after a graph is opened, so that
 * the browser picks fonts and line breaking for the text that is there; the label language shown first is the
 * transcript's when most concepts have a label in it, else the one most concepts have (an English talk with an
 * English-only catalog opens in English, the bundled Chinese transcript in 中文; a large graph's preview too).
 * Pure; reads a bounded sample of the text.
 */
import type { Passage, SerializedNode } from '../contract/types';

export type DocumentLanguage = 'zh' | 'en';

/** Characters read at most (spread over the passages): enough to tell, cheap for a transcript of megabytes. */
const SAMPLE = 60_000;

const isCjk = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
  (c >= 0x3400 && c <= 0x4dbf) || // extension A
  (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
  (c >= 0x3040 && c <= 0x30ff) || // kana
  (c >= 0xac00 && c <= 0xd7af); // hangul
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * 'zh' when CJK characters outnumber Latin letters in the passages (a Chinese sentence needs several times fewer
 * characters than its English translation, so a mixed text with about as many of each is already mostly Chinese),
 * 'en' otherwise (also for no text at all).
 */
export function transcriptLanguage(passages: readonly Pick<Passage, 'text'>[]): DocumentLanguage {
  let cjk = 0;
  let latin = 0;
  let total = 0;
  for (const p of passages) total += p.text.length;
  // every passage contributes its share of the sample, from its start
  const share = total > SAMPLE ? SAMPLE / total : 1;
  for (const p of passages) {
    const n = Math.min(p.text.length, Math.ceil(p.text.length * share));
    for (let i = 0; i < n; i++) {
      const c = p.text.charCodeAt(i);
      if (c < 0x80) {
        if (isLatin(c)) latin++;
      } else if (isCjk(c)) cjk++;
      else if (isLatin(c)) latin++;
    }
  }
  return cjk > latin ? 'zh' : 'en';
}

/**
 * The label language shown first: the transcript's when at least half the concepts have a label in it, else the
 * language most concepts have a label in (ties go to the transcript's).
 */
export function defaultLabelLanguage(nodes: readonly Pick<SerializedNode, 'attributes'>[], transcript: DocumentLanguage): DocumentLanguage {
  let zh = 0;
  let en = 0;
  for (const n of nodes) {
    if (n.attributes.label.zh) zh++;
    if (n.attributes.label.en) en++;
  }
  const has = transcript === 'zh' ? zh : en;
  if (nodes.length === 0 || has * 2 >= nodes.length) return transcript;
  const other: DocumentLanguage = transcript === 'zh' ? 'en' : 'zh';
  return (transcript === 'zh' ? en : zh) > has ? other : transcript;
}
