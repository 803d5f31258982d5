import { describe, expect, it } from 'vitest';
import mini from '../../../tests/fixtures/graphs/mini.graph.json';
import { parseGraphJson, renderFieldProblem, renderProblem } from './graph-file';
import { validateGraphValue } from './graph-validate';

const text = JSON.stringify(mini);

describe('parseGraphJson', () => {
  it('parses a graph file', () => {
    expect(parseGraphJson(text, '/data/g.json')).toEqual({ value: mini });
  });
  it.each<[string, string, RegExp]>([
    ['empty', '  \n', /^\/data\/g\.json is empty$/],
    ['not JSON', '{oops', /^\/data\/g\.json is not JSON \(.+\)/],
    ['truncated', text.slice(0, 500), /^\/data\/g\.json is not JSON \(.+\); it stops after 500 characters, so the file looks truncated$/]
  ])('%s: the not-json problem naming the file', (_, body, problem) => {
    const r = parseGraphJson(body, '/data/g.json');
    expect('problem' in r && r.problem.kind).toBe('not-json');
    expect('problem' in r && r.problem.problem).toMatch(problem);
  });
});

describe('renderProblem', () => {
  const g = () => JSON.parse(text);
  it.each<[string, (v: any) => unknown, string | null]>([
    ['the fixture', (v) => v, null],
    ['not an object', () => 'graph', '$'],
    ['no attributes', (v) => ({ ...v, attributes: null }), '$.attributes'],
    ['passages not a list', (v) => ((v.attributes.passages = {}), v), '$.attributes.passages'],
    ['nodes not a list', (v) => ((v.nodes = 3), v), '$.nodes'],
    ['a node without key', (v) => (delete v.nodes[2].key, v), '$.nodes[2].key'],
    ['a position that is not a number', (v) => ((v.nodes[1].attributes.x = '12'), v), '$.nodes[1].attributes'],
    ['an infinite count', (v) => ((v.nodes[0].attributes.degree = 1e400), v), '$.nodes[0].attributes.degree'],
    ['an edge to an unknown node', (v) => ((v.edges[3].target = 'ghost'), v), '$.edges[3].source'],
    ['an edge weight that is text', (v) => ((v.edges[0].attributes.weight = 'many'), v), '$.edges[0].attributes']
  ])('%s', (_, change, path) => {
    expect(renderProblem(change(g()))).toBe(path);
  });
  it('words a field the render cannot draw', () => {
    expect(renderFieldProblem('$.nodes[0].attributes', '/data/g.json')).toEqual({ kind: 'invalid', problem: 'unexpected value at $.nodes[0].attributes in /data/g.json' });
  });
});

describe('validateGraphValue', () => {
  const g = () => JSON.parse(text);
  it('answers the graph when it matches the schema', () => {
    expect(validateGraphValue(g(), '/data/g.json')).toEqual({ graph: mini });
  });
  it.each<[string, (v: any) => unknown, RegExp]>([
    ['wrong version', (v) => ((v.attributes.schemaVersion = 99), v), /at \$\.attributes\.schemaVersion in \/data\/g\.json$/],
    ['wrong shape', (v) => ((v.nodes = 3), v), /at \$\.nodes in \/data\/g\.json/],
    ['bad reference', (v) => ((v.edges[0].source = 'ghost'), v), /unknown node "ghost" at \$\.edges\[0\]\.source in \/data\/g\.json/],
    ['two problems', (v) => ((v.nodes[1].attributes.passageCount = 'x'), (v.nodes[2].attributes.passageCount = 'y'), v), /at \$\.nodes\[1\]\.attributes\.passageCount in \/data\/g\.json \(and 1 more\)$/]
  ])('%s: the invalid problem with the first JSON path', (_, change, problem) => {
    const r = validateGraphValue(change(g()), '/data/g.json');
    expect('problem' in r && r.problem.kind).toBe('invalid');
    expect('problem' in r && r.problem.problem).toMatch(problem);
  });
});
