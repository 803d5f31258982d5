/**
 * Issue 15, command line: nothing lost, nothing hangs, nothing wrong without a word. In-process runs of the CLI
 * (tests/support/cli.ts); the Ctrl-C test, which needs a real process and a signal, is
 * tests/integration/cli-interrupt.test.ts.
 * Each case failed before its fix; the comment says what happened then.
 */
import { chmodSync, linkSync, lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/lib/core/contract/schema';
import type { SerializedConceptGraph } from '../../src/lib/core/contract/types';
import { runCli } from '../support/cli';

const ROOT = resolve(__dirname, '../..');
const MINI = join(ROOT, 'tests/fixtures/cli/mini.md');
const CONCEPTS = join(ROOT, 'tests/fixtures/cli/mini.concepts.json');
const DIALOGUE_CONCEPTS = join(ROOT, 'tests/fixtures/defects/dialogue.concepts.json');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'topicgraph-safety-'));
});

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const cli = runCli;
const build = (transcript: string, out: string, ...more: string[]) => cli(['build', '--transcript', transcript, '--concepts', CONCEPTS, '--out', out, ...more]);
const readGraph = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as SerializedConceptGraph;

describe('--out never destroys what it must not', () => {
  // before: each of these was overwritten (or replaced) with exit 0
  it.each([
    ['the transcript', () => MINI],
    ['the catalog', () => CONCEPTS],
    ['the transcript by another spelling', () => join(ROOT, 'tests/fixtures/cli/../cli/mini.md')]
  ])('refuses %s', async (_name, out) => {
    const before = readFileSync(out());
    const r = await build(MINI, out());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--out names the (transcript|concept catalog) of this run/);
    expect(readFileSync(out())).toEqual(before);
  });

  it('refuses a symlink or a hard link to an input', async () => {
    const transcript = file('input.md', readFileSync(MINI));
    symlinkSync(transcript, join(dir, 'link-to-input.json'));
    linkSync(transcript, join(dir, 'hard-to-input.json'));
    for (const out of ['link-to-input.json', 'hard-to-input.json']) {
      const r = await build(transcript, join(dir, out));
      expect(r.code, out).toBe(1);
      expect(r.stderr).toMatch(/names the transcript/);
    }
    expect(readFileSync(transcript)).toEqual(readFileSync(MINI));
  });

  it('writes through a symlink to its target and keeps the link (before: the link was replaced, the target left stale)', async () => {
    const target = file('real.graph.json', '{}');
    const link = join(dir, 'link.graph.json');
    symlinkSync(target, link);
    const r = await build(MINI, link);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(validateGraph(readGraph(target)).ok).toBe(true);
  });

  it('refuses a dangling symlink', async () => {
    const link = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'nowhere/graph.json'), link);
    const r = await build(MINI, link);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/symbolic link to a file that does not exist/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a device and a FIFO (before: /dev/null was replaced by a regular file)', async () => {
    const r = await build(MINI, '/dev/null');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/output path is a device; it is never replaced/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const f = await build(MINI, fifo);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/named pipe/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a read-only file and keeps an existing file mode (before: mode reset to 0644)', async () => {
    const ro = file('ro.json', 'keep me');
    chmodSync(ro, 0o444);
    const r = await build(MINI, ro);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/read-only/);
    expect(readFileSync(ro, 'utf8')).toBe('keep me');

    const private_ = file('private.json', '{}');
    chmodSync(private_, 0o600);
    expect((await build(MINI, private_)).code).toBe(0);
    expect(statSync(private_).mode & 0o777).toBe(0o600);
    expect(validateGraph(readGraph(private_)).ok).toBe(true);
  });
});

describe('bad input that used to pass without a word', () => {
  it('a wrong --input-format fails instead of writing an empty graph (before: exit 0, empty graph)', async () => {
    const out = file('srt-out.json', 'previous');
    const r = await build(MINI, out, '--input-format', 'srt');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--input-format srt was given, but the content looks like markdown/);
    expect(r.stderr).toMatch(/mini\.md: no passage found reading it as srt/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });

  it('a speaker named "Constructor" gives a graph that stats accepts (before: bySpeaker held a function)', async () => {
    const t = file('constructor.md', '# Talk\n\n**Constructor:**\nwe talk about scaling and compute.\n\n**Russ:**\nscaling again and compute.\n\n**Constructor:**\nyes scaling.\n');
    const out = join(dir, 'constructor.json');
    expect((await build(t, out)).code).toBe(0);
    const g = readGraph(out);
    expect(validateGraph(g).ok).toBe(true);
    expect(g.nodes.find((n) => n.key === 'scaling')!.attributes.bySpeaker).toEqual({ constructor: 2, russ: 1 });
    const s = await cli(['stats', out]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/2 speakers \(Constructor, Russ\)/);
  });

  it('stats escapes terminal control codes from labels (before: ESC [ 2 J cleared the screen)', async () => {
    const out = join(dir, 'escape.json');
    await build(MINI, out);
    const g = readGraph(out);
    g.nodes[0].attributes.label = { en: 'Red\u001b[31m\u001b[2J\u202eevil' };
    g.attributes.title = 'Title\u0007';
    writeFileSync(out, JSON.stringify(g));
    const s = await cli(['stats', out]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(s.stdout).toContain('Red\\x1b[31m\\x1b[2J\\u202eevil');
    expect(s.stdout).toContain('Title\\x07');
  });

  it('counts nouns in every message: "1 concept", "1 passage" (before: "1 concepts")', async () => {
    const t = file('one.md', 'We talk about scaling.\n');
    const r = await build(t, join(dir, 'one.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/1 passage, 0 sections, 0 speakers, 1 concept, 0 edges, 1 community in/);
    const s = await cli(['stats', join(dir, 'one.json'), '--top', '1']);
    expect(s.stdout).toMatch(/^1 passage, 0 sections, 0 speakers \(none\)$/m);
    expect(s.stdout).toMatch(/^1 concept, 0 edges, 1 community .*; 5 catalog concepts never mentioned$/m);
    expect(s.stdout).toMatch(/^Top 1 concept by passages$/m);
  });

  it('a transcript that is one passage warns (before: exit 0, every concept linked to every other, silently)', async () => {
    const t = file('blob.md', '# Notes\n\nscaling and compute\nand the Transformer\nand AGI and a hive mind\n');
    const r = await build(t, join(dir, 'blob.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/blob\.md:3: the whole transcript is one passage, so every concept it mentions is linked to every other/);
  });

  it('a host with a role and a guest who speaks once are two speakers (before: the guest words went to the host)', async () => {
    const t = file('host-guest.md', '# Episode\n\n**Russ Roberts (host):** Welcome. Today: chips.\n\n**Dwarkesh:** Thanks. Robots too.\n');
    const out = join(dir, 'host-guest.json');
    const r = await cli(['build', '--transcript', t, '--concepts', DIALOGUE_CONCEPTS, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const g = readGraph(out);
    expect(g.attributes.speakers.map((s) => s.id)).toEqual(['russ-roberts', 'dwarkesh']);
    expect(g.attributes.passages.map((p) => [p.speaker, p.text])).toEqual([
      [null, 'Episode'], // the title is a heading passage
      ['russ-roberts', 'Welcome. Today: chips.'],
      ['dwarkesh', 'Thanks. Robots too.']
    ]);
    expect(g.edges.map((e) => e.key)).toEqual(['chip|welcome']); // no invented co-mention of chip and robot
  });
});

describe('regex aliases never hang the build or validate', () => {
  // before: both runs were killed after 60 s
  it('a*a*a*b on a run of 3,000 "a" finishes', async () => {
    const cat = file('aaa.json', JSON.stringify({ concepts: [{ id: 'x', label: { en: 'X' }, aliases: [{ regex: 'a*a*a*b' }] }] }));
    const t = file('aaa.md', `# A\n\n${'a'.repeat(3000)}\n`);
    const r = await cli(['build', '--transcript', t, '--concepts', cat, '--out', join(dir, 'aaa.json.out')]);
    expect(r.code, r.stderr).toBe(0);
    const v = await cli(['validate', '--concepts', cat, '--transcript', t]);
    expect(v.code, v.stderr).toBe(0);
  });

  it('scaling.*laws on a 2 MB one-paragraph transcript finishes; the paragraph is split into passages', async () => {
    const cat = file('laws.json', JSON.stringify({ concepts: [{ id: 'x', label: { en: 'X' }, aliases: [{ regex: 'scaling.*laws' }] }] }));
    const sentence = 'Scaling is what we talk about when we talk about compute and data. ';
    const t = file('big-paragraph.md', sentence.repeat(Math.ceil(2_000_000 / sentence.length)) + 'Scaling laws.\n');
    const out = join(dir, 'laws.graph.json');
    const r = await cli(['build', '--transcript', t, '--concepts', cat, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/big-paragraph\.md:1: a passage of \d+ characters was split into \d+ passages of at most 5000 at sentence ends/);
    const g = readGraph(out);
    expect(g.attributes.passages.length).toBeGreaterThan(400);
    expect(Math.max(...g.attributes.passages.map((p) => p.text.length))).toBeLessThanOrEqual(5000);
    expect(g.nodes.map((n) => n.attributes.mentionCount)).toEqual([1]);
  }, 60_000);

  it('a pattern that rescans without end stops with a named error (alias, passage, line)', async () => {
    const cat = file('rescan.json', JSON.stringify({ concepts: [{ id: 'x', label: { en: 'X' }, aliases: ['ok', { regex: 'a.*b|a' }] }] }));
    // p1 is the title "A" (a heading passage), p2 "ok", p3 the run of "a"
    const t = file('rescan.md', `# A\n\nok\n\n${'a'.repeat(4000)}\n`);
    const out = file('rescan.out.json', 'previous');
    const r = await cli(['build', '--transcript', t, '--concepts', cat, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rescan\.json: \$\.concepts\[0\]\.aliases\[1\]: regex alias \/a\.\*b\|a\/ of concept "x" did too much work on passage p3 \(transcript line 5\)/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });
});

describe('did you mean', () => {
  it.each([
    [['build', '--transcrpt', MINI], /Unknown option '--transcrpt'\. Did you mean --transcript\?/],
    [['biuld'], /unknown command "biuld" .*Did you mean build\?/],
    [['constructor'], /unknown command "constructor"/], // before: an internal error (exit 70)
    [['build', '--transcript', MINI, '--concepts', CONCEPTS, '--out', 'x.json', '--unit', 'pasage'], /--unit must be one of passage, sentence \(got "pasage"\)\. Did you mean passage\?/]
  ])('%j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
