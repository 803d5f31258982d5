// The loading worker's job, run in this thread: it answers null for a sound file, and its preview (no frame, so
// the model itself comes back) is labelled in the language the page will open in unless the URL names one.
import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import type { SerializedConceptGraph } from '../core/contract/types';
import type { CanvasModel } from '../viz/canvas-model';
import { checkGraphFile } from './graph-load-host';

const bytes = (g: unknown) => new TextEncoder().encode(JSON.stringify(g)).buffer as ArrayBuffer;
function previewOf(g: SerializedConceptGraph, lang?: 'zh' | 'en' | 'both') {
  const pictures: unknown[] = [];
  const problem = checkGraphFile(
    { bytes: bytes(g), url: '/data/g.graph.json', preview: { options: { size: 'passages', measure: 'count', ...(lang ? { lang } : {}) }, frame: null } },
    { progress: (p: unknown) => void pictures.push(p), signal: new AbortController().signal, transfer() {} } as never
  );
  expect(problem).toBeNull();
  expect(pictures).toHaveLength(1);
  return (pictures[0] as { model: CanvasModel }).model;
}
const firstLabel = (m: CanvasModel) => m.lines[m.index.get(mini.nodes[0].key)!].map((l) => l.text).join(' ');

const english = (): SerializedConceptGraph => {
  const g = structuredClone(mini) as SerializedConceptGraph;
  for (const p of g.attributes.passages) p.text = 'Scaling, compute and the labs: the host asks what comes next.';
  for (const n of g.nodes) n.attributes.label = { en: n.attributes.label.en ?? n.key, zh: n.attributes.label.zh };
  return g;
};

describe('checkGraphFile preview language', () => {
  it('the Chinese fixture: Chinese labels', () => {
    expect(firstLabel(previewOf(mini as SerializedConceptGraph))).toBe(mini.nodes[0].attributes.label.zh);
  });
  it('an English transcript: English labels, as its page will open', () => {
    const g = english();
    expect(firstLabel(previewOf(g))).toBe(g.nodes[0].attributes.label.en);
  });
  it('the URL’s language wins', () => {
    expect(firstLabel(previewOf(english(), 'zh'))).toBe(mini.nodes[0].attributes.label.zh);
  });
});
