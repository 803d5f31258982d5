// Project files: round trip, errors with file and JSON path (shape and the catalog inside), sniffing a project
// among opened files, and names. The CLI reading a project: tests/unit/project-cli.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, ProjectError } from '../errors';
import { looksLikeProject, parseProject, projectNameFor, serializeCatalog, serializeProject, type Project } from './project';
import { parseCatalog } from '../catalog/load';

const ROOT = join(import.meta.dirname, '../../../..');
const text = readFileSync(join(ROOT, 'tests/fixtures/cli/mini.md'), 'utf8');
const catalog = parseCatalog(readFileSync(join(ROOT, 'tests/fixtures/cli/mini.concepts.json'), 'utf8'), 'mini.concepts.json').catalog;
const project: Project = { name: 'mini', transcript: { name: 'mini.md', text }, catalog, view: 'c=scaling&lang=en' };

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('did not throw');
}

describe('project files', () => {
  it('round-trips: parse(serialize(p)) is p, and serialize is stable', () => {
    const s = serializeProject(project);
    const back = parseProject(s, 'mini.topicgraph.json');
    expect(back.project).toEqual(project);
    expect(back.warnings).toEqual([]);
    expect(serializeProject(back.project)).toBe(s);
    expect(JSON.parse(s)).toMatchObject({ format: 'topicgraph-project', version: 1, view: { query: 'c=scaling&lang=en' } });
  });

  it('a project without a catalog keeps how many concepts to discover', () => {
    const p: Project = { name: 'x', transcript: { name: 'x.md', text }, discoverTop: 25, view: '' };
    const back = parseProject(serializeProject(p, new Date(0)), 'x.topicgraph.json').project;
    expect(back).toEqual(p);
  });

  it('the catalog it saves is one the catalog reader accepts as written', () => {
    expect(parseCatalog(serializeCatalog(catalog), 'c.json').catalog).toEqual(catalog);
  });

  it.each([
    ['empty', '  ', /empty/, '$'],
    ['not JSON', '{"format": ', /not valid JSON/, undefined],
    ['wrong format', JSON.stringify({ format: 'x', version: 1, name: 'n', transcript: { name: 'a.md', text: 'x' } }), /format must be "topicgraph-project"/, '$.format'],
    ['wrong version', JSON.stringify({ format: 'topicgraph-project', version: 2, name: 'n', transcript: { name: 'a.md', text: 'x' } }), /version must be 1/, '$.version'],
    ['text missing', JSON.stringify({ format: 'topicgraph-project', version: 1, name: 'n', transcript: { name: 'a.md' } }), /transcript\.text/, '$.transcript.text'],
    ['unknown key', JSON.stringify({ format: 'topicgraph-project', version: 1, name: 'n', transcript: { name: 'a.md', text: 'x' }, extra: 1 }), /extra|nrecognized/, '$']
  ])('%s: ProjectError with the JSON path', (_, body, message, path) => {
    const e = thrown(() => parseProject(body, 'p.topicgraph.json'));
    expect(e).toBeInstanceOf(ProjectError);
    expect(e.message).toMatch(message);
    if (path) expect((e as ProjectError).where.path).toBe(path);
    expect((e as ProjectError).format()).toMatch(/^p\.topicgraph\.json/);
  });

  it('a bad catalog inside names its path under $.catalog', () => {
    const bad = JSON.parse(serializeProject(project));
    bad.catalog.concepts[2].aliases = [];
    const e = thrown(() => parseProject(JSON.stringify(bad), 'p.topicgraph.json'));
    expect(e).toBeInstanceOf(CatalogError);
    expect((e as CatalogError).where.path).toBe('$.catalog.concepts[2].aliases');
    expect((e as CatalogError).format()).toMatch(/^p\.topicgraph\.json: .*at \$\.catalog\.concepts\[2\]\.aliases/);
  });

  it('tells a project from a transcript by its name or its content', () => {
    expect(looksLikeProject('talk.topicgraph.json', '')).toBe(true);
    expect(looksLikeProject('TALK.TOPICGRAPH.JSON', '')).toBe(true);
    expect(looksLikeProject('saved.json', '\uFEFF  {\n "format": "topicgraph-project", "version": 1')).toBe(true);
    expect(looksLikeProject('talk.md', text)).toBe(false);
    expect(looksLikeProject('catalog.json', '{"concepts": []}')).toBe(false);
  });

  it('names a project after its file', () => {
    expect(projectNameFor('talk.zh.md')).toBe('talk.zh');
    expect(projectNameFor('dir/My Talk.srt')).toBe('My-Talk');
    expect(projectNameFor('x.topicgraph.json')).toBe('x');
    expect(projectNameFor('访谈.txt')).toBe('访谈');
    expect(projectNameFor('???.md')).toBe('transcript');
  });
});
