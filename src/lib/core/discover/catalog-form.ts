/**
 * Term groups -> catalog entries: id, label {zh?, en?}, aliases, kind. Aliases are the forms as written in the
 * transcript (every surface of every member, plus glosses), so the build matches exactly what was counted; a
 * one-character Chinese form or an English function word is never an alias (it would match everywhere).
 * Ids: a slug of the English label (`inference-scaling`), else `zh-` and a short hash of the Chinese label;
 * unique within the draft and the catalog it extends. Pure.
 */
import type { CatalogConcept } from '../contract/types';
import { aliasKey } from '../catalog/check';
import { groupKind } from './kinds';
import type { TermGroup } from './merge';
import { topSurface } from './merge';
import { EN_STOP } from './stopwords';
import { hasHan } from './tokens';
import type { CommonWords, DiscoveryLanguage } from './types';

export interface DraftConcept extends CatalogConcept {
  kind: string;
  aliases: string[];
  group: TermGroup;
}

/** 32-bit FNV-1a of a string, base 36. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function slugId(label: { zh?: string; en?: string }): string {
  const slug = (label.en ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : `zh-${shortHash(label.zh ?? label.en ?? '')}`;
}

/** Whether a form can be an alias on its own. */
export function isUsableAlias(form: string): boolean {
  const f = form.trim();
  if (!f) return false;
  if (hasHan(f)) return [...f].length >= 2;
  return /[A-Za-z0-9]/.test(f) && !EN_STOP.has(f.toLowerCase());
}

function englishLabel(group: TermGroup, language: DiscoveryLanguage): string | undefined {
  if (group.speaker && !hasHan(group.speaker.name)) {
    // The full name the text gives for the speaker (Dwarkesh -> Dwarkesh Patel), else the label's name.
    const name = group.speaker.name;
    const full = group.members.map((m) => topSurface(m.stats)).find((s) => s !== name && s.split(' ').includes(name));
    return full ?? name;
  }
  if (group.title) return hasHan(group.title) ? undefined : group.title;
  const latin = group.members.find((m) => !hasHan(m.stats.key));
  if (group.glossEn && !latin) return group.glossEn;
  if (!latin) return group.glossEn;
  // The most frequent spelling whose own key is the member's key (a singular, for lemmatised nouns).
  const key = latin.stats.key;
  const surfaces = [...latin.stats.surfaces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const same = surfaces.find(([s]) => s.toLowerCase().replace(/’/g, "'") === key);
  let label = same ? same[0] : surfaces[0][0].toLowerCase() === key ? surfaces[0][0] : key;
  if (language === 'en' && /^[a-z]/.test(label)) label = label[0].toUpperCase() + label.slice(1);
  return label;
}

function chineseLabel(group: TermGroup): string | undefined {
  if (group.speaker && hasHan(group.speaker.name)) return group.speaker.name;
  if (group.title) return hasHan(group.title) ? group.title : undefined;
  const han = group.members.find((m) => hasHan(m.stats.key));
  return han ? topSurface(han.stats) : undefined;
}

/** One catalog entry per group (ids still to be made unique by the caller). */
export function toCatalogConcept(group: TermGroup, language: DiscoveryLanguage, texts: readonly string[], enCommon?: CommonWords, zhCommon?: CommonWords): DraftConcept {
  const label: { zh?: string; en?: string } = {};
  const zh = chineseLabel(group);
  const en = englishLabel(group, language);
  if (zh) label.zh = zh;
  if (en) label.en = en;
  const forms: [string, number][] = [];
  for (const m of group.members) for (const [s, n] of m.stats.surfaces) forms.push([s, n]);
  for (const a of group.extraAliases) forms.push([a, 0]);
  if (group.speaker) forms.push([group.speaker.name, 0]);
  forms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const [form] of forms) {
    const key = aliasKey(form);
    if (seen.has(key) || !isUsableAlias(form)) continue;
    seen.add(key);
    aliases.push(form.trim());
  }
  return { id: slugId(label), label, kind: groupKind(group, texts, enCommon, zhCommon), aliases, group };
}
