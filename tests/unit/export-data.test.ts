import { describe, expect, it } from 'vitest';
import { EDGE_CSV_HEADER, toEdgesCsv, toGexf, toGraphML, toJson, toNodesCsv } from '../../src/lib/core/export';
import { validateGraph } from '../../src/lib/core/contract/schema';
import { handmadeGraph } from './helpers/handmade-graph';
import { parseXmlDocument as parseXml } from '../support/xml';

describe('data exports of the hand-made graph', () => {
  const g = handmadeGraph();
  // Hostile text in a label, a passage and the title must stay inert in every format.
  g.nodes.find((n) => n.key === 'transformer')!.attributes.label.en = '<img src=x onerror=alert(1)> & "T"\u0001';

  it('GEXF parses, has the right node and edge counts, a fixed viz namespace, positions and attributes', () => {
    const xml = toGexf(g);
    expect(xml).not.toContain('http:///');
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.1draft/viz"');
    const doc = parseXml(xml);
    expect(doc.getElementsByTagName('node').length).toBe(4);
    expect(doc.getElementsByTagName('edge').length).toBe(4);
    expect(doc.getElementsByTagName('viz:position').length).toBe(4);
    const labels = Array.from({ length: 4 }, (_, i) => doc.getElementsByTagName('node')[i].getAttribute('label'));
    expect(labels).toContain('规模化 / Scaling');
    expect(labels).toContain('<img src=x onerror=alert(1)> & "T"');
    expect(doc.getElementsByTagName('img').length).toBe(0);
  });

  it('GraphML parses with typed keys and all nodes and edges', () => {
    const doc = parseXml(toGraphML(g));
    expect(doc.getElementsByTagName('node').length).toBe(4);
    expect(doc.getElementsByTagName('edge').length).toBe(4);
    const keys = Array.from({ length: doc.getElementsByTagName('key').length }, (_, i) => doc.getElementsByTagName('key')[i].getAttribute('attr.name'));
    expect(keys).toEqual(expect.arrayContaining(['label', 'weight', 'jaccard', 'npmi', 'community', 'betweenness']));
    expect(doc.getElementsByTagName('img').length).toBe(0);
  });

  it('JSON round-trips through the schema', () => {
    const back = JSON.parse(toJson(g));
    expect(validateGraph(back).ok).toBe(true);
    expect(back).toEqual(JSON.parse(JSON.stringify(g)));
  });

  it('edges CSV has a BOM, the header, one quoted-as-needed row per edge', () => {
    const csv = toEdgesCsv(g);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(EDGE_CSV_HEADER.join(','));
    expect(lines).toHaveLength(5);
    expect(lines).toContain('compute,scaling,算力 / Compute,规模化 / Scaling,2,0.666667,0.557385,p1 p4');
    expect(lines.find((l) => l.startsWith('scaling,transformer'))).toContain('"<img src=x onerror=alert(1)> & ""T""');
  });

  it('nodes CSV guards against spreadsheet formulas in text cells but keeps negative numbers', () => {
    const csv = toNodesCsv(g);
    expect(csv).toContain(",通用人工智能,'=1+1 AGI,");
    expect(toEdgesCsv(g)).toContain(',-0.138346,');
  });
});
