/**
 * Evidence for draft concepts, counted the way the build will count it: aliases already owned (by the catalog
 * being extended or a better-ranked draft) are taken away, then one matcher for the catalog and all drafts finds
 * the mentions leftmost-longest. So a fragment whose every occurrence sits inside a longer alias (扩展 inside
 * 推理扩展) ends with no passages of its own and is dropped, and the numbers shown are the graph's numbers.
 * Pure.
 */
import { aliasKey } from '../catalog/check';
import type { Catalog, Passage } from '../contract/types';
import { compileMatcher, matchPassages } from '../match';
import type { DraftConcept } from './catalog-form';

export interface DraftEvidence {
  passages: number;
  mentions: number;
  sections: string[];
  speakers: string[];
  sample: string | null;
}

/**
 * Drops drafts the catalog already covers (one of their aliases is a catalog alias: 单一超级智能 / ASI when the
 * catalog has ASI), then removes aliases an earlier draft owns; drafts left without an alias are dropped.
 */
export function claimAliases(drafts: readonly DraftConcept[], catalog: Catalog | undefined): DraftConcept[] {
  const owned = new Set<string>();
  for (const c of catalog?.concepts ?? []) for (const a of c.aliases) if (typeof a === 'string') owned.add(aliasKey(a));
  const out: DraftConcept[] = [];
  for (const d of drafts) {
    if (catalog && d.aliases.some((a) => owned.has(aliasKey(a)) && !out.some((o) => o.aliases.some((b) => aliasKey(b) === aliasKey(a))))) continue;
    const aliases = d.aliases.filter((a) => !owned.has(aliasKey(a)));
    if (aliases.length === 0) continue;
    for (const a of aliases) owned.add(aliasKey(a));
    out.push({ ...d, aliases });
  }
  return out;
}

/** Mentions of each draft when the catalog and all drafts are matched together. */
export function measureDrafts(drafts: readonly DraftConcept[], catalog: Catalog | undefined, passages: readonly Passage[]): Map<string, DraftEvidence> {
  const taken = new Set((catalog?.concepts ?? []).map((c) => c.id));
  const matcher = compileMatcher({ concepts: [...(catalog?.concepts ?? []), ...drafts.filter((d) => !taken.has(d.id))] });
  const { mentions } = matchPassages(matcher, passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  const out = new Map<string, DraftEvidence>();
  for (const d of drafts) {
    const ms = mentions.get(d.id) ?? [];
    const perPassage = new Map<string, number>();
    for (const m of ms) perPassage.set(m.passage, (perPassage.get(m.passage) ?? 0) + 1);
    const sections: string[] = [];
    const speakers: string[] = [];
    let sample: string | null = null;
    let most = 0;
    for (const [pid, n] of perPassage) {
      const p = byId.get(pid)!;
      if (p.section && !sections.includes(p.section)) sections.push(p.section);
      if (p.speaker && !speakers.includes(p.speaker)) speakers.push(p.speaker);
      if (n > most) [sample, most] = [pid, n];
    }
    out.set(d.id, { passages: perPassage.size, mentions: ms.length, sections, speakers, sample });
  }
  return out;
}
