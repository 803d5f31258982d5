// Where the graph's recording URL comes from: the build's option, else the transcript's front matter, else the
// catalog; an unacceptable one is skipped, and without any the graph has no `media` (files stay as before).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConceptGraph } from './build';
import { validateGraph } from './contract/schema';
import type { Catalog } from './contract/types';

const read = (name: string) => readFileSync(new URL(`../../../tests/fixtures/timeline/${name}`, import.meta.url), 'utf8');
const text = read('solar-talk.md');
const catalog = JSON.parse(read('solar-talk.concepts.json')) as Catalog;
const source = { file: 'solar-talk.md', sha256: '0'.repeat(64), catalog: 'c.json', catalogSha256: '1'.repeat(64) };

describe('build: recording URL', () => {
  it('takes the front matter\'s, and every timed passage keeps its time', () => {
    const g = buildConceptGraph({ text, catalog, source }).graph;
    expect(g.attributes.media).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(g.attributes.passages.filter((p) => p.kind === 'turn').every((p) => p.time !== null)).toBe(true);
    expect(validateGraph(JSON.parse(JSON.stringify(g))).ok).toBe(true);
  });
  it('the option wins; a bad option falls back; the catalog comes last', () => {
    expect(buildConceptGraph({ text, catalog, source, media: 'https://example.org/x.mp3' }).graph.attributes.media).toBe('https://example.org/x.mp3');
    expect(buildConceptGraph({ text, catalog, source, media: 'file:///x.mp3' }).graph.attributes.media).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const bare = text.replace(/^---[\s\S]*?---\n/, '');
    expect(buildConceptGraph({ text: bare, catalog: { ...catalog, media: 'https://example.org/c.mp3' }, source }).graph.attributes.media).toBe('https://example.org/c.mp3');
    expect('media' in buildConceptGraph({ text: bare, catalog, source }).graph.attributes).toBe(false);
  });
  it('a graph file whose media is not http(s) is refused by the schema', () => {
    const g = JSON.parse(JSON.stringify(buildConceptGraph({ text, catalog, source }).graph));
    g.attributes.media = 'javascript:alert(1)';
    expect(validateGraph(g).ok).toBe(false);
  });
});
