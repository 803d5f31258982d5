// The catalog editor's reducer and undo history: each edit on the bundled catalog and a small one, the edits it
// refuses (catalog unchanged), and properties over random edit sequences: every catalog answered passes the
// catalog checks, aliases are never lost by a merge, undo walks back to the start and redo forward again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../catalog/load';
import { checkCatalog } from '../catalog/check';
import { validateCatalogShape } from '../contract/schema';
import type { Catalog } from '../contract/types';
import { runsOf } from '../../../../tests/support/fc';
import { EditError, aliasText, applyEdit, record, redo, startHistory, undo, type CatalogEdit } from './edit';

const ROOT = join(import.meta.dirname, '../../../..');
const read = (p: string) => parseCatalog(readFileSync(join(ROOT, p), 'utf8'), p).catalog;
const mini = read('tests/fixtures/cli/mini.concepts.json');
const bundled = read('data/concepts/econtalk-dwarkesh-scaling-era.concepts.json');
const byId = (c: Catalog, id: string) => c.concepts.find((x) => x.id === id);
const texts = (c: Catalog, id: string) => byId(c, id)!.aliases.map(aliasText);

describe('catalog edits', () => {
  it('rename sets or clears one language, never both', () => {
    const c = applyEdit(mini, { type: 'rename', id: 'transformer', label: { zh: '  变换器 ' } });
    expect(byId(c, 'transformer')!.label).toEqual({ en: 'Transformer', zh: '变换器' });
    expect(byId(applyEdit(c, { type: 'rename', id: 'transformer', label: { en: '' } }), 'transformer')!.label).toEqual({ zh: '变换器' });
    expect(byId(applyEdit(c, { type: 'rename', id: 'transformer', label: { en: 'T', zh: 'T2' } }), 'transformer')!.label).toEqual({ zh: 'T2', en: 'T' });
    expect(applyEdit(c, { type: 'rename', id: 'transformer', label: { zh: '变换器' } })).toBe(c);
    expect(() => applyEdit(mini, { type: 'rename', id: 'transformer', label: { en: '' } })).toThrow(EditError);
    expect(byId(mini, 'transformer')!.label).toEqual({ en: 'Transformer' }); // input untouched
  });

  it('kind takes a lowercase word', () => {
    expect(byId(applyEdit(mini, { type: 'kind', id: 'agi', kind: 'Field' }), 'agi')!.kind).toBe('field');
    expect(() => applyEdit(mini, { type: 'kind', id: 'agi', kind: 'two words' })).toThrow(/not a kind/);
  });

  it('merge joins the aliases, fills missing labels and repoints broader', () => {
    const c = applyEdit(mini, { type: 'merge', into: 'compute', from: 'scaling' });
    expect(byId(c, 'scaling')).toBeUndefined();
    expect(texts(c, 'compute')).toEqual(['compute', 'scaling']);
    expect(byId(c, 'compute')!.broader).toBeUndefined(); // was "scaling": would point at itself
    const d = applyEdit(mini, { type: 'merge', into: 'agi', from: 'scaling' });
    expect(byId(d, 'compute')!.broader).toBe('agi');
    expect(byId(d, 'agi')!.label).toEqual({ zh: '通用人工智能', en: 'AGI' });
    const e = applyEdit(mini, { type: 'merge', into: 'transformer', from: 'hive-mind' });
    expect(byId(e, 'transformer')!.label).toEqual({ zh: '蜂巢思维', en: 'Transformer' });
    expect(() => applyEdit(mini, { type: 'merge', into: 'agi', from: 'agi' })).toThrow(EditError);
  });

  it('split makes a concept of one alias, labelled in its language', () => {
    const c = applyEdit(mini, { type: 'add-alias', id: 'agi', alias: '通用人工智能' });
    const d = applyEdit(c, { type: 'split', id: 'agi', alias: '通用人工智能' });
    expect(texts(d, 'agi')).toEqual(['AGI']);
    const split = d.concepts.find((x) => x.id !== 'agi' && x.label.zh === '通用人工智能')!;
    expect(split.id).toMatch(/^zh-/);
    expect(split.aliases).toEqual(['通用人工智能']);
    expect(() => applyEdit(mini, { type: 'split', id: 'agi', alias: 'AGI' })).toThrow(/only alias/);
  });

  it('delete removes the concept and the broader links to it', () => {
    const c = applyEdit(mini, { type: 'delete', id: 'scaling' });
    expect(byId(c, 'scaling')).toBeUndefined();
    expect(byId(c, 'compute')!.broader).toBeUndefined();
    expect(() => applyEdit({ concepts: [mini.concepts[0]] }, { type: 'delete', id: 'scaling' })).toThrow(/at least one/);
  });

  it('add-alias refuses an alias another concept claims (case-insensitively)', () => {
    expect(texts(applyEdit(mini, { type: 'add-alias', id: 'agi', alias: ' general  intelligence ' }), 'agi')).toEqual(['AGI', 'general intelligence']);
    expect(() => applyEdit(mini, { type: 'add-alias', id: 'agi', alias: 'SCALING' })).toThrow(/already an alias of "scaling"/);
    expect(applyEdit(mini, { type: 'add-alias', id: 'agi', alias: 'agi' })).toBe(mini);
  });

  it('add makes a concept from selected text, with a fresh id', () => {
    const c = applyEdit(mini, { type: 'add', text: 'easy things' });
    expect(c.concepts.at(-1)).toEqual({ id: 'easy-things', label: { en: 'easy things' }, kind: 'concept', aliases: ['easy things'] });
    const d = applyEdit(bundled, { type: 'add', text: '蜂巢思维模型' });
    expect(d.concepts.at(-1)!.label).toEqual({ zh: '蜂巢思维模型' });
    expect(() => applyEdit(mini, { type: 'add', text: 'hive mind' })).toThrow(/already an alias/);
    expect(() => applyEdit(mini, { type: 'add', text: '   ' })).toThrow(/empty/);
    expect(() => applyEdit(mini, { type: 'add', text: '...' })).toThrow(EditError); // the catalog's own rule: punctuation only
  });

  it('an unknown id is an EditError', () => {
    expect(() => applyEdit(mini, { type: 'delete', id: 'nope' })).toThrow(/no concept has the id "nope"/);
  });
});

describe('catalog edits: properties', () => {
  const ids = (c: Catalog) => c.concepts.map((x) => x.id);
  const editOf = (c: Catalog, pick: number[], words: string[], kind: number): CatalogEdit => {
    const id = (k: number) => ids(c)[k % ids(c).length];
    const a = id(pick[0]);
    const b = id(pick[1]);
    const alias = (k: number) => aliasText(byId(c, a)!.aliases[k % byId(c, a)!.aliases.length]) || 'x';
    switch (kind % 8) {
      case 0:
        return { type: 'rename', id: a, label: pick[2] % 2 ? { zh: words[0] } : { en: words[0] } };
      case 1:
        return { type: 'kind', id: a, kind: ['concept', 'person', 'place', 'Bad Kind'][pick[2] % 4] };
      case 2:
        return { type: 'merge', into: a, from: b };
      case 3:
        return { type: 'split', id: a, alias: alias(pick[2]) };
      case 4:
        return { type: 'delete', id: a };
      case 5:
        return { type: 'add-alias', id: a, alias: words[1] };
      case 6:
        return { type: 'remove-alias', id: a, alias: alias(pick[2]) };
      default:
        return { type: 'add', text: words[2] };
    }
  };
  const word = fc.oneof(fc.constantFrom('scaling', 'compute', 'AGI', '算力', '蜂巢思维', 'hive mind', '', ' ', '!!', 'new term', 'Transformer'), fc.string({ maxLength: 12 }));
  const step = fc.tuple(fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), fc.array(word, { minLength: 3, maxLength: 3 }), fc.nat(7));

  it('every catalog an edit sequence answers is valid; a refused edit changes nothing; merges keep the aliases', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let h = startHistory(mini);
        for (const [pick, words, kind] of steps) {
          const edit = editOf(h.present, pick, words, kind);
          const before = h;
          try {
            h = record(h, edit);
          } catch (e) {
            expect(e).toBeInstanceOf(EditError);
            expect(h).toBe(before);
            continue;
          }
          expect(validateCatalogShape(h.present).ok).toBe(true);
          expect(checkCatalog(h.present).filter((i) => i.severity === 'error')).toEqual([]);
          if (edit.type === 'merge') {
            const joined = new Set(texts(h.present, edit.into).map((t) => t.toLowerCase()));
            for (const t of [...texts(before.present, edit.into), ...texts(before.present, edit.from)]) expect(joined.has(t.toLowerCase())).toBe(true);
          }
        }
        // undo walks back to the first catalog, redo forward to the last
        const last = h.present;
        let u = h;
        while (u.past.length) u = undo(u);
        expect(u.present).toEqual(mini);
        while (u.future.length) u = redo(u);
        expect(u.present).toEqual(last);
      }),
      { numRuns: runsOf(0.3) }
    );
  });
});

describe('undo history', () => {
  it('undo then a new edit drops the redo steps', () => {
    let h = record(startHistory(mini), { type: 'delete', id: 'agi' });
    h = record(h, { type: 'delete', id: 'transformer' });
    h = undo(h);
    expect(byId(h.present, 'transformer')).toBeDefined();
    expect(h.future).toHaveLength(1);
    h = record(h, { type: 'kind', id: 'scaling', kind: 'field' });
    expect(h.future).toEqual([]);
    expect(undo(undo(h)).present).toEqual(mini);
    expect(undo(startHistory(mini)).present).toBe(mini);
  });
});
