/**
 * The catalog editor's logic: one pure reducer `applyEdit(catalog, edit)` for every edit the page offers (rename a
 * label, change the kind, merge two concepts, split off an alias, delete, add or remove an alias, add a concept
 * from selected text), and an undo/redo history of catalogs. An edit that would break the catalog (an unknown id,
 * an alias another concept claims, the last concept deleted) throws EditError and leaves the catalog as it was;
 * every catalog it answers passes the catalog's own checks (check.ts). Pure: no DOM, never mutates its input.
 */
import type { Alias, Catalog, CatalogConcept } from '../contract/types';
import { aliasKey, checkCatalog } from '../catalog/check';
import { slugId } from '../discover/catalog-form';
import { TopicgraphError } from '../errors';

export type CatalogEdit =
  /** Sets the labels given ('' removes that language; at least one must stay). */
  | { type: 'rename'; id: string; label: { zh?: string; en?: string } }
  | { type: 'kind'; id: string; kind: string }
  /** `from` disappears; its aliases join `into` (its labels fill `into`'s missing languages). */
  | { type: 'merge'; into: string; from: string }
  /** The alias leaves `id` and becomes a concept of its own. */
  | { type: 'split'; id: string; alias: string }
  | { type: 'delete'; id: string }
  | { type: 'add-alias'; id: string; alias: string }
  | { type: 'remove-alias'; id: string; alias: string }
  /** A new concept from text selected in a passage: the text is its alias and its label. */
  | { type: 'add'; text: string; kind?: string };

/** An edit that cannot be made; the message says why and the catalog is unchanged. */
export class EditError extends TopicgraphError {
  constructor(message: string, hint = '') {
    super(message, {}, hint);
    this.name = 'EditError';
  }
}

const HAN = /\p{Script=Han}/u;
const KIND_RE = /^[a-z][a-z0-9-]*$/;

/** The text a literal alias matches ('' for a regex alias). */
export function aliasText(a: Alias): string {
  return typeof a === 'string' ? a : 'text' in a ? a.text : '';
}

/** Whether `alias` (a literal) names this alias. */
const sameAlias = (a: Alias, key: string) => aliasText(a) !== '' && aliasKey(aliasText(a)) === key;

function find(catalog: Catalog, id: string): number {
  const i = catalog.concepts.findIndex((c) => c.id === id);
  if (i < 0) throw new EditError(`no concept has the id "${id}"`, 'Reload the editor: the catalog changed');
  return i;
}

/** The id of the concept that claims this literal alias, if any. */
export function aliasOwner(catalog: Catalog, alias: string): string | undefined {
  const key = aliasKey(alias);
  return catalog.concepts.find((c) => c.aliases.some((a) => sameAlias(a, key)))?.id;
}

/** A fresh id for a label (its slug, with -2, -3... when taken). */
export function freshId(catalog: Catalog, label: { zh?: string; en?: string }): string {
  const ids = new Set(catalog.concepts.map((c) => c.id));
  const base = slugId(label);
  let id = base;
  for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
  return id;
}

function labelFor(text: string): { zh?: string; en?: string } {
  return HAN.test(text) ? { zh: text } : { en: text };
}

function withConcept(catalog: Catalog, i: number, c: CatalogConcept): Catalog {
  const concepts = catalog.concepts.slice();
  concepts[i] = c;
  return { ...catalog, concepts };
}

function newAliasText(raw: string): string {
  const t = raw.replace(/\s+/g, ' ').trim();
  if (!t) throw new EditError('the alias is empty', 'Type or select the words the transcript uses');
  if ([...t].length > 200) throw new EditError('the alias is longer than 200 characters', 'Select a shorter phrase: an alias is a name or a term');
  return t;
}

function reduce(catalog: Catalog, edit: CatalogEdit): Catalog {
  switch (edit.type) {
    case 'rename': {
      const i = find(catalog, edit.id);
      const c = catalog.concepts[i];
      const label = { ...c.label };
      for (const lang of ['zh', 'en'] as const) {
        const given = edit.label[lang];
        if (given === undefined) continue;
        const text = given.replace(/\s+/g, ' ').trim();
        if (text) label[lang] = text;
        else delete label[lang];
      }
      if (label.zh === c.label.zh && label.en === c.label.en) return catalog;
      if (!label.zh && !label.en) throw new EditError('a concept needs a label in Chinese or English', 'Keep one of the two labels');
      return withConcept(catalog, i, { ...c, label });
    }
    case 'kind': {
      const i = find(catalog, edit.id);
      const kind = edit.kind.trim().toLowerCase();
      if (!KIND_RE.test(kind)) throw new EditError(`"${edit.kind}" is not a kind`, 'A kind is one lowercase word, such as concept, person or organization');
      const c = { ...catalog.concepts[i], kind };
      return withConcept(catalog, i, c);
    }
    case 'merge': {
      if (edit.into === edit.from) throw new EditError('a concept cannot be merged with itself', 'Choose two different concepts');
      const i = find(catalog, edit.into);
      const j = find(catalog, edit.from);
      const into = catalog.concepts[i];
      const from = catalog.concepts[j];
      const keyOf = (a: Alias) => (aliasText(a) ? `l:${aliasKey(aliasText(a))}` : `r:${JSON.stringify(a)}`);
      const keys = new Set(into.aliases.map(keyOf));
      const aliases = [...into.aliases];
      for (const a of from.aliases) {
        const k = keyOf(a);
        if (!keys.has(k)) {
          keys.add(k);
          aliases.push(a);
        }
      }
      const merged: CatalogConcept = { ...into, label: { ...from.label, ...into.label }, aliases };
      const concepts = catalog.concepts
        .map((c, k) => (k === i ? merged : c))
        .filter((_, k) => k !== j)
        .map((c) => (c.broader === from.id ? (c.id === into.id ? dropBroader(c) : { ...c, broader: into.id }) : c));
      return { ...catalog, concepts: concepts.map((c) => (c.id === into.id && c.broader === into.id ? dropBroader(c) : c)) };
    }
    case 'split': {
      const i = find(catalog, edit.id);
      const c = catalog.concepts[i];
      const key = aliasKey(edit.alias);
      const k = c.aliases.findIndex((a) => sameAlias(a, key));
      if (k < 0) throw new EditError(`"${edit.id}" has no alias "${edit.alias}"`);
      if (c.aliases.length === 1) throw new EditError(`"${edit.alias}" is the only alias of "${edit.id}"`, 'Rename the concept instead, or add another alias first');
      const text = aliasText(c.aliases[k]);
      const label = labelFor(text);
      const split: CatalogConcept = { id: freshId(catalog, label), label, kind: c.kind ?? 'concept', aliases: [c.aliases[k]] };
      const concepts = catalog.concepts.slice();
      concepts[i] = { ...c, aliases: c.aliases.filter((_, m) => m !== k) };
      concepts.splice(i + 1, 0, split);
      return { ...catalog, concepts };
    }
    case 'delete': {
      const i = find(catalog, edit.id);
      if (catalog.concepts.length === 1) throw new EditError('the catalog needs at least one concept', 'Add another concept before deleting this one');
      const concepts = catalog.concepts.filter((_, k) => k !== i).map((c) => (c.broader === edit.id ? dropBroader(c) : c));
      return { ...catalog, concepts };
    }
    case 'add-alias': {
      const i = find(catalog, edit.id);
      const text = newAliasText(edit.alias);
      const owner = aliasOwner(catalog, text);
      if (owner === edit.id) return catalog;
      if (owner) throw new EditError(`"${text}" is already an alias of "${owner}"`, 'Merge the two concepts, or remove the alias there first');
      const c = catalog.concepts[i];
      return withConcept(catalog, i, { ...c, aliases: [...c.aliases, text] });
    }
    case 'remove-alias': {
      const i = find(catalog, edit.id);
      const c = catalog.concepts[i];
      const key = aliasKey(edit.alias);
      const aliases = c.aliases.filter((a) => !sameAlias(a, key));
      if (aliases.length === c.aliases.length) throw new EditError(`"${edit.id}" has no alias "${edit.alias}"`);
      if (!aliases.length) throw new EditError(`"${edit.alias}" is the only alias of "${edit.id}"`, 'Delete the concept instead');
      return withConcept(catalog, i, { ...c, aliases });
    }
    case 'add': {
      const text = newAliasText(edit.text);
      const owner = aliasOwner(catalog, text);
      if (owner) throw new EditError(`"${text}" is already an alias of "${owner}"`, 'Select other words, or edit that concept');
      const label = labelFor(text);
      const kind = edit.kind?.trim().toLowerCase() || 'concept';
      if (!KIND_RE.test(kind)) throw new EditError(`"${edit.kind}" is not a kind`);
      return { ...catalog, concepts: [...catalog.concepts, { id: freshId(catalog, label), label, kind, aliases: [text] }] };
    }
  }
}

function dropBroader(c: CatalogConcept): CatalogConcept {
  const { broader: _drop, ...rest } = c;
  return rest;
}

/** The catalog after `edit`; throws EditError (catalog unchanged) when the edit is impossible or breaks a catalog rule. */
export function applyEdit(catalog: Catalog, edit: CatalogEdit): Catalog {
  const next = reduce(catalog, edit);
  if (next === catalog) return catalog;
  const error = checkCatalog(next).find((i) => i.severity === 'error');
  if (error) throw new EditError(error.message, error.hint);
  return next;
}

/** What an edit did, in a few words (the undo button's title, the status line). */
export function describeEdit(edit: CatalogEdit): string {
  switch (edit.type) {
    case 'rename':
      return `rename ${edit.id} to "${[edit.label.zh, edit.label.en].filter(Boolean).join(' / ')}"`;
    case 'kind':
      return `make ${edit.id} a ${edit.kind}`;
    case 'merge':
      return `merge ${edit.from} into ${edit.into}`;
    case 'split':
      return `split "${edit.alias}" off ${edit.id}`;
    case 'delete':
      return `delete ${edit.id}`;
    case 'add-alias':
      return `add alias "${edit.alias}" to ${edit.id}`;
    case 'remove-alias':
      return `remove alias "${edit.alias}" from ${edit.id}`;
    case 'add':
      return `add concept "${edit.text.trim()}"`;
  }
}

// ------------------------------------------------------------------------------------------------ undo history

export interface EditHistory {
  past: Array<{ catalog: Catalog; edit: CatalogEdit }>;
  present: Catalog;
  future: Array<{ catalog: Catalog; edit: CatalogEdit }>;
}

/** At most this many steps are kept to undo. */
export const HISTORY_LIMIT = 100;

export function startHistory(catalog: Catalog): EditHistory {
  return { past: [], present: catalog, future: [] };
}

/** Applies `edit` (throws EditError, history unchanged, when it cannot be made); clears the redo steps. */
export function record(h: EditHistory, edit: CatalogEdit): EditHistory {
  const next = applyEdit(h.present, edit);
  if (next === h.present) return h;
  return { past: [...h.past, { catalog: h.present, edit }].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(h: EditHistory): EditHistory {
  const last = h.past.at(-1);
  if (!last) return h;
  return { past: h.past.slice(0, -1), present: last.catalog, future: [{ catalog: h.present, edit: last.edit }, ...h.future] };
}

export function redo(h: EditHistory): EditHistory {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, { catalog: h.present, edit: next.edit }], present: next.catalog, future: h.future.slice(1) };
}
