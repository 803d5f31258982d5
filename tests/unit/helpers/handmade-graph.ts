/**
 * A small hand-made concept graph for tests of the graph stage and the exports: 4 concepts, 5 passages,
 * counts written by hand (not computed by the pipeline under test).
 */
import { assembleGraph } from '../../../src/lib/core/graph/assemble';
import type { ConceptCounts, CooccurEdge, CooccurResult } from '../../../src/lib/core/count/cooccur';
import type { CatalogConcept, Mention, Passage, SerializedConceptGraph, TranscriptDocument } from '../../../src/lib/core/contract/types';
import { DEFAULT_BUILD_PARAMETERS } from '../../../src/lib/core/contract/types';

const P = (id: string, section: string, speaker: string | null, text: string, start: number): Passage => ({
  id, kind: speaker ? 'turn' : 'paragraph', section, speaker, text, start, end: start + text.length,
  lineStart: Number(id.slice(1)) * 2, lineEnd: Number(id.slice(1)) * 2, time: null
});

export const passages: Passage[] = [
  P('p1', 's1', 'russ', 'Scaling needs compute.', 0),
  P('p2', 's1', 'dwarkesh', 'The Transformer made scaling easy; 规模化 is the word.', 30),
  P('p3', 's2', 'russ', 'AGI <script>alert(1)</script> & "quotes"', 100),
  P('p4', 's2', 'dwarkesh', 'Compute, AGI and scaling.', 150),
  P('p5', 's2', null, 'Nothing here.', 200)
];

export const document: TranscriptDocument = {
  format: 'markdown',
  title: 'Hand-made <b>test</b>',
  sections: [
    { id: 's1', title: 'One', parent: null, order: 0, depth: 2, time: null, line: 1 },
    { id: 's2', title: 'Two', parent: null, order: 1, depth: 2, time: 60, line: 5 }
  ],
  speakers: [
    { id: 'russ', name: 'Russ', role: 'host' },
    { id: 'dwarkesh', name: 'Dwarkesh', role: 'guest' }
  ],
  passages,
  warnings: []
};

export const concepts: CatalogConcept[] = [
  { id: 'scaling', label: { zh: '规模化', en: 'Scaling' }, kind: 'concept', aliases: ['scaling', '规模化'] },
  { id: 'compute', label: { zh: '算力', en: 'Compute' }, kind: 'concept', aliases: ['compute'], broader: 'scaling' },
  { id: 'transformer', label: { en: 'Transformer' }, kind: 'concept', aliases: ['Transformer'] },
  { id: 'agi', label: { zh: '通用人工智能', en: '=1+1 AGI' }, kind: 'concept', aliases: ['AGI', { regex: 'A\\.?G\\.?I', flags: 'i' }] }
];

const m = (passage: string, start: number, end: number): Mention => ({ passage, start, end });
export const mentions = new Map<string, Mention[]>([
  ['scaling', [m('p1', 0, 7), m('p2', 25, 32), m('p2', 34, 37), m('p4', 17, 24)]],
  ['compute', [m('p1', 14, 21), m('p4', 0, 7)]],
  ['transformer', [m('p2', 4, 15)]],
  ['agi', [m('p3', 0, 3), m('p4', 9, 12)]]
]);

// Units = 5 passages. scaling: p1 p2 p4 (3); compute: p1 p4 (2); transformer: p2 (1); agi: p3 p4 (2).
// Pairs: compute-scaling p1 p4 (2); scaling-transformer p2 (1); agi-compute p4 (1); agi-scaling p4 (1).
export const counts: CooccurResult = {
  unitCount: 5,
  concepts: new Map<string, ConceptCounts>([
    ['agi', { passageCount: 2, unitCount: 2, mentionCount: 2, bySection: { s2: 2 }, bySpeaker: { russ: 1, dwarkesh: 1 } }],
    ['compute', { passageCount: 2, unitCount: 2, mentionCount: 2, bySection: { s1: 1, s2: 1 }, bySpeaker: { russ: 1, dwarkesh: 1 } }],
    ['scaling', { passageCount: 3, unitCount: 3, mentionCount: 4, bySection: { s1: 2, s2: 1 }, bySpeaker: { russ: 1, dwarkesh: 2 } }],
    ['transformer', { passageCount: 1, unitCount: 1, mentionCount: 1, bySection: { s1: 1 }, bySpeaker: { dwarkesh: 1 } }]
  ]),
  edges: new Map<string, CooccurEdge>([
    ['agi|compute', { source: 'agi', target: 'compute', weight: 1, jaccard: 0.333333, npmi: 0.431364, passages: ['p4'] }],
    ['agi|scaling', { source: 'agi', target: 'scaling', weight: 1, jaccard: 0.25, npmi: -0.138346, passages: ['p4'] }],
    ['compute|scaling', { source: 'compute', target: 'scaling', weight: 2, jaccard: 0.666667, npmi: 0.557385, passages: ['p1', 'p4'] }],
    ['scaling|transformer', { source: 'scaling', target: 'transformer', weight: 1, jaccard: 0.333333, npmi: 0.317083, passages: ['p2'] }]
  ])
};

export function handmadeGraph(seed = 42): SerializedConceptGraph {
  return assembleGraph({
    document,
    concepts,
    mentions,
    counts,
    unmatched: [],
    parameters: { ...DEFAULT_BUILD_PARAMETERS, seed },
    source: { file: 'hand.md', sha256: 'a'.repeat(64), format: 'markdown', catalog: 'hand.concepts.json', catalogSha256: 'b'.repeat(64) },
    generator: 'topicgraph test'
  });
}
