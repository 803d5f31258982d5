/**
 * The CLI in-process (main(argv) with stdout / stderr captured, tests/support/cli.ts): success paths, every
 * bad-input path (table-driven: exit status, a one-line message naming the file and line or JSON path, no stack
 * trace, the previous output untouched, no temporary file left), byte-identical rebuilds, help and warnings.
 * As a real process (bin shim, exit status, working directory, a 50 MB input): tests/integration/cli-process.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/lib/core/contract/schema';
import { runCli as run } from '../support/cli';

const ROOT = resolve(__dirname, '../..');
const FIX = join(ROOT, 'tests/fixtures/cli');
const MINI = join(FIX, 'mini.md');
const CONCEPTS = join(FIX, 'mini.concepts.json');

let dir: string;
const PREVIOUS = '{"previous": "good output"}\n';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-cli-'));
});

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const validCatalog = (concepts: unknown) => JSON.stringify({ concepts });
const X = { id: 'x', label: { en: 'X' }, aliases: ['scaling'] };

type Case = {
  name: string;
  setup: () => string[];
  code: number;
  /** Regular expression the single error line must match. */
  message: RegExp;
};

// Each case builds its own inputs; `OUT` is replaced by a path holding a previous good output.
const BAD: Case[] = [
  { name: 'missing transcript file', setup: () => ['build', '--transcript', join(dir, 'nope.md'), '--concepts', CONCEPTS, '--out', 'OUT'], code: 1, message: /nope\.md: transcript not found/ },
  { name: 'transcript is a directory', setup: () => ['build', '--transcript', dir, '--concepts', CONCEPTS, '--out', 'OUT'], code: 1, message: /is a directory/ },
  { name: 'empty transcript', setup: () => ['build', '--transcript', file('empty.md', ''), '--concepts', CONCEPTS, '--out', 'OUT'], code: 1, message: /empty\.md.*empty/ },
  { name: 'whitespace-only transcript', setup: () => ['build', '--transcript', file('ws.md', ' \n\t\n  \n'), '--concepts', CONCEPTS, '--out', 'OUT'], code: 1, message: /ws\.md.*(whitespace|empty)/ },
  { name: 'NUL bytes (binary)', setup: () => ['build', '--transcript', file('bin.md', Buffer.from('line one\nline two\0\0\x01\x02')), '--concepts', CONCEPTS, '--out', 'OUT'], code: 1, message: /bin\.md:2\b.*(NUL|binary)/i },
  { name: 'invalid UTF-8', setup: () => ['build', '--transcript', file('latin1.md', Buffer.from([0x6f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a])), '--concepts', CONCEPTS, '--out', 'OUT'], code: 1, message: /latin1\.md:2\b.*UTF-8/ },
  { name: 'missing catalog', setup: () => ['build', '--transcript', MINI, '--concepts', join(dir, 'none.json'), '--out', 'OUT'], code: 1, message: /none\.json: concept catalog not found/ },
  { name: 'empty catalog', setup: () => ['build', '--transcript', MINI, '--concepts', file('e.json', ''), '--out', 'OUT'], code: 1, message: /e\.json:1:1: the catalog file is empty/ },
  { name: 'catalog not JSON', setup: () => ['build', '--transcript', MINI, '--concepts', file('bad.json', '{\n "concepts": [\n  {"id": "x",}\n ]\n}'), '--out', 'OUT'], code: 1, message: /bad\.json:3:\d+: not valid JSON/ },
  { name: 'catalog without concepts', setup: () => ['build', '--transcript', MINI, '--concepts', file('nc.json', '{"items": []}'), '--out', 'OUT'], code: 1, message: /nc\.json: .* at \$/ },
  { name: 'wrong types', setup: () => ['build', '--transcript', MINI, '--concepts', file('types.json', validCatalog([{ id: 'x', label: { en: 'X' }, aliases: 'x' }])), '--out', 'OUT'], code: 1, message: /types\.json: aliases must be an array.* at \$\.concepts\[0\]\.aliases/ },
  { name: 'bad id', setup: () => ['build', '--transcript', MINI, '--concepts', file('id.json', validCatalog([{ ...X, id: 'Not An Id' }])), '--out', 'OUT'], code: 1, message: /at \$\.concepts\[0\]\.id/ },
  { name: 'duplicate ids', setup: () => ['build', '--transcript', MINI, '--concepts', file('dup.json', validCatalog([X, { ...X, aliases: ['compute'] }])), '--out', 'OUT'], code: 1, message: /duplicate id "x".* at \$\.concepts\[1\]\.id/ },
  { name: 'empty alias', setup: () => ['build', '--transcript', MINI, '--concepts', file('ea.json', validCatalog([{ ...X, aliases: ['  '] }])), '--out', 'OUT'], code: 1, message: /alias must not be empty at \$\.concepts\[0\]\.aliases\[0\]/ },
  { name: 'alias claimed by two concepts', setup: () => ['build', '--transcript', MINI, '--concepts', file('two.json', validCatalog([X, { id: 'y', label: { en: 'Y' }, aliases: ['Scaling'] }])), '--out', 'OUT'], code: 1, message: /claimed by both "x".*"y".* at \$\.concepts\[1\]\.aliases\[0\]/ },
  { name: 'invalid regular expression', setup: () => ['build', '--transcript', MINI, '--concepts', file('re.json', validCatalog([{ ...X, aliases: [{ regex: 'scal(ing' }] }])), '--out', 'OUT'], code: 1, message: /invalid regular expression.* at \$\.concepts\[0\]\.aliases\[0\]/ },
  { name: 'catastrophic regular expression', setup: () => ['build', '--transcript', MINI, '--concepts', file('redos.json', validCatalog([{ ...X, aliases: [{ regex: '(a+)+$' }] }])), '--out', 'OUT'], code: 1, message: /backtrack catastrophically.* at \$\.concepts\[0\]\.aliases\[0\]/ },
  { name: 'regex matching the empty string', setup: () => ['build', '--transcript', MINI, '--concepts', file('emptyre.json', validCatalog([{ ...X, aliases: [{ regex: 'x?' }] }])), '--out', 'OUT'], code: 1, message: /matches the empty string/ },
  { name: 'broader unknown id', setup: () => ['build', '--transcript', MINI, '--concepts', file('br.json', validCatalog([{ ...X, broader: 'ghost' }])), '--out', 'OUT'], code: 1, message: /broader "ghost" is not the id.* at \$\.concepts\[0\]\.broader/ },
  { name: 'broader cycle', setup: () => ['build', '--transcript', MINI, '--concepts', file('cyc.json', validCatalog([{ ...X, broader: 'y' }, { id: 'y', label: { en: 'Y' }, aliases: ['compute'], broader: 'x' }])), '--out', 'OUT'], code: 1, message: /cycle: x -> y -> x/ },
  { name: 'output path is a directory', setup: () => ['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', dir], code: 1, message: /output path is a directory/ },
  { name: 'output folder missing', setup: () => ['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', join(dir, 'no/such/dir/g.json')], code: 1, message: /does not exist/ },
  { name: 'output folder is a file', setup: () => ['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', join(MINI, 'g.json')], code: 1, message: /not a folder/ },
  { name: 'stats on a truncated graph', setup: () => ['stats', file('trunc.json', '{"attributes": {"title": "x"')], code: 1, message: /trunc\.json:1:\d+: not valid JSON.*npm run graph/ },
  { name: 'stats on a schema-invalid graph', setup: () => ['stats', file('inv.json', '{"attributes": {}, "nodes": [], "edges": [], "options": {}}')], code: 1, message: /inv\.json: not a topicgraph graph: .* at \$\.attributes/ },
  { name: 'validate: catalog with a cycle', setup: () => ['validate', '--concepts', file('vcyc.json', validCatalog([{ ...X, broader: 'x' }]))], code: 1, message: /names itself/ },
  { name: 'usage: no command', setup: () => [], code: 2, message: /Usage/ },
  { name: 'usage: unknown command', setup: () => ['draw'], code: 2, message: /unknown command "draw"/ },
  { name: 'usage: missing --transcript', setup: () => ['build', '--concepts', CONCEPTS, '--out', 'OUT'], code: 2, message: /missing --transcript/ },
  { name: 'usage: unknown option', setup: () => ['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', 'OUT', '--colour', 'red'], code: 2, message: /Unknown option '--colour'/ },
  { name: 'usage: bad --unit', setup: () => ['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', 'OUT', '--unit', 'word'], code: 2, message: /--unit must be one of passage, sentence/ },
  { name: 'usage: stats without a file', setup: () => ['stats'], code: 2, message: /missing GRAPH\.json/ },
  { name: 'usage: --media-url not http(s)', setup: () => ['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', 'OUT', '--media-url', 'javascript:alert(1)'], code: 2, message: /--media-url: the media URL must start with http:\/\/ or https:\/\// }
];

describe('CLI bad input (table)', () => {
  it.each(BAD.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const out = file(`out-${c.name.replace(/\W+/g, '-')}.json`, PREVIOUS);
    const args = c.setup().map((a) => (a === 'OUT' ? out : a));
    const r = await run(args);
    expect(r.code, r.stderr).toBe(c.code);
    const lines = r.stderr.trim().split('\n');
    expect(r.stderr).toMatch(c.message);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace without --verbose
    if (c.code === 1) {
      expect(lines.filter((l) => l.startsWith('topicgraph: error:'))).toHaveLength(1);
      expect(lines.find((l) => l.startsWith('topicgraph: error:'))!.length).toBeGreaterThan(30);
    }
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS); // the previous output is untouched
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]); // and no half-written file is left
  });

  it('--verbose adds the stack trace', async () => {
    const r = await run(['build', '--transcript', file('empty2.md', ''), '--concepts', CONCEPTS, '--out', join(dir, 'v.json'), '--verbose']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\s+at /m);
  });
});

describe('CLI success paths', () => {
  it('builds the mini fixture, writes a valid graph and reports counts', async () => {
    const out = join(dir, 'mini.graph.json');
    const r = await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*mini\.graph\.json .*6 concepts/);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateGraph(graph).ok).toBe(true);
    expect(graph.edges.map((e: { key: string }) => e.key)).toContain('scaling|transformer');
  });

  it('is byte-identical across runs', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', a])).code).toBe(0);
    expect((await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', b])).code).toBe(0);
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it('treats BOM + CRLF and CR-only files like LF files', async () => {
    const lf = readFileSync(MINI, 'utf8');
    const outs = ['lf', 'crlf', 'cr'].map((k) => join(dir, `eol-${k}.json`));
    await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', outs[0]]);
    await run(['build', '--transcript', file('crlf.md', '\uFEFF' + lf.replace(/\n/g, '\r\n')), '--concepts', CONCEPTS, '--out', outs[1]]);
    await run(['build', '--transcript', file('cr.md', lf.replace(/\n/g, '\r')), '--concepts', CONCEPTS, '--out', outs[2]]);
    const strip = (p: string) => {
      const g = JSON.parse(readFileSync(p, 'utf8'));
      delete g.attributes.source;
      return g;
    };
    expect(strip(outs[1])).toEqual(strip(outs[0]));
    expect(strip(outs[2])).toEqual(strip(outs[0]));
  });

  it('writes GEXF and GraphML', async () => {
    const gexf = join(dir, 'g.gexf');
    const graphml = join(dir, 'g.graphml');
    expect((await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', gexf, '--format', 'gexf'])).code).toBe(0);
    expect((await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', graphml, '--format', 'graphml'])).code).toBe(0);
    expect(readFileSync(gexf, 'utf8')).toContain('<gexf');
    expect(readFileSync(graphml, 'utf8')).toContain('<graphml');
  });

  it('warns about a concept that never matches, without failing', async () => {
    const cat = file('never.json', validCatalog([X, { id: 'ghost', label: { en: 'Ghost' }, aliases: ['poltergeist'] }]));
    const r = await run(['build', '--transcript', MINI, '--concepts', cat, '--out', join(dir, 'never.graph.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*never mentioned.*ghost/);
  });

  it('warns (does not fail) on a transcript without headings or speakers, and on an unclosed fence', async () => {
    const plain = file('plain.txt', 'We discussed scaling and compute.\n\nThen the Transformer.\n');
    const r1 = await run(['build', '--transcript', plain, '--concepts', CONCEPTS, '--out', join(dir, 'plain.json')]);
    expect(r1.code, r1.stderr).toBe(0);
    const fence = file('fence.md', '# T\n\nscaling and compute\n\n```\nTransformer\nscaling\n');
    const r2 = await run(['build', '--transcript', fence, '--concepts', CONCEPTS, '--out', join(dir, 'fence.json')]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stderr).toMatch(/fence\.md:5: .*(fence|code block)/i);
  });

  it('validate lists mentions per concept and stats prints the tables', async () => {
    const v = await run(['validate', '--concepts', CONCEPTS, '--transcript', MINI]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/valid catalog, 6 concepts/);
    // 4 mentions in 3 passages: the title "Mini interview about scaling" is a heading passage
    expect(v.stdout).toMatch(/^scaling\s+4\s+3$/m);
    const out = join(dir, 'stats.graph.json');
    await run(['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', out]);
    const s = await run(['stats', out, '--top', '3']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/Top 3 concepts by passages/);
    expect(s.stdout).toMatch(/Top 3 edges by co-mentions/);
    expect(s.stdout).toMatch(/Per section/);
  });

  it('prints help for each command with exit 0', async () => {
    for (const args of [['--help'], ['build', '--help'], ['validate', '--help'], ['stats', '--help']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage/);
    }
  });
});
