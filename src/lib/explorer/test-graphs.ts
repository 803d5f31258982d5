/**
 * Graphs for the explorer's unit tests: the hand-made mini fixture (tests/fixtures/graphs/mini.graph.json, Chinese
 * passages, bilingual labels) and an English variant of it (English passages, English-only labels), made by
 * rewriting the fixture's text fields, never by running the code under test. Test support only.
 */
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';

export const miniGraph = (): SerializedConceptGraph => structuredClone(mini) as unknown as SerializedConceptGraph;

/** The mini graph with English passages and labels only (no `zh`). Mentions are not used by these tests. */
export function englishMiniGraph(): SerializedConceptGraph {
  const g = miniGraph();
  for (const p of g.attributes.passages) p.text = `Passage ${p.id} talks about scaling, compute and what’s next for the labs.`;
  for (const n of g.nodes) n.attributes.label = { en: n.attributes.label.en };
  return g;
}
