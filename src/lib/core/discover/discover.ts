/**
 * The discovery stage: TranscriptDocument (+ optional catalog) -> ranked candidate concepts in catalog form.
 *
 *   tokenise (jieba / wink, ./chinese.ts ./english.ts) -> candidates (./candidates.ts) -> rank (./rank.ts)
 *   -> merge variants (./merge.ts, ./glosses.ts) -> catalog form (./catalog-form.ts) -> evidence (./evidence.ts)
 *
 * Two tiers: terms ranked by score (seen at least twice), and names seen one to three times (full Latin names,
 * jieba's person/place/organisation words), which no frequency ranking surfaces; a share of the result past its
 * first 30 is kept for them (NAME_SHARE). Speakers are always candidates (kind person) when the text names them.
 * Synchronous and pure given the loaded resources (./resources.ts loads them): runs in Node, tests and workers.
 */
import type { TranscriptDocument } from '../contract/types';
import { countCandidates, type TermStats } from './candidates';
import { toCatalogConcept, type DraftConcept } from './catalog-form';
import { tokenizeChineseTexts } from './chinese';
import { tokenizeEnglish } from './english';
import { claimAliases, measureDrafts } from './evidence';
import { findGlosses } from './glosses';
import { looksLikePersonName } from './kinds';
import { groupTerms, isFullName, topSurface } from './merge';
import { rankTerms, type RankedTerm } from './rank';
import { EN_STOP, ZH_FUNCTION_CHARS } from './stopwords';
import { hasHan } from './tokens';
import { DEFAULT_DISCOVERY_TOP, type CandidateTier, type DiscoveredConcept, type DiscoveryOptions, type DiscoveryResources, type DiscoveryResult, type TermToken } from './types';

/** Share of the result past the first 30 kept for rarely mentioned names (top 50: 6, top 100: 21). */
export const NAME_SHARE = 0.3;
export const NAME_FREE_TOP = 30;

/**
 * A name seen one to three times: a Latin full name; a rare Chinese person/organisation/place word; a single
 * Latin name that is no common English word (OpenAI, DeepSeek, Toyota) or has a digit (GPT-4.5, o3).
 */
function isRareName(stats: TermStats, resources: DiscoveryResources): boolean {
  if (stats.count > 3) return false;
  const c = stats.classes;
  if (c.length === 1 && (c[0] === 'person' || c[0] === 'org' || c[0] === 'place'))
    return hasHan(stats.key) && !ZH_FUNCTION_CHARS.test(stats.key) && resources.common.ic(stats.key) === undefined;
  const surface = topSurface(stats);
  if (c.length === 1 && c[0] === 'latin') {
    if (/^[A-Za-z]+(?:-[A-Za-z]+)*-?\d+(?:\.\d+)?[a-z]?$/.test(surface)) return true; // GPT-4.5, H100, o3
    if (/\d/.test(surface)) return false;
    const lower = surface.toLowerCase();
    return /^[A-Z]/.test(surface) && surface.length >= 3 && !EN_STOP.has(lower) && (resources.enCommon?.ic(lower) === undefined || resources.enCommon.isName(lower));
  }
  return isFullName(stats, surface);
}

/** Titles in Chinese book-title marks (《规模化时代》), with how often each is written so: works. */
function bookTitles(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(/《([^《》\n]{1,30})》/gu)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}

/**
 * Order inside the names tier: titles and Latin full names first (the surest names), then single Latin names,
 * then Chinese words jieba tagged as names (its name tags also fall on everyday words: 高中生, 小巷子).
 */
function namePriority(d: DraftConcept): number {
  if (d.group.title) return 3;
  const top = d.group.members[0]?.stats;
  if (!top) return 0;
  if (isFullName(top, topSurface(top))) return 3;
  return hasHan(top.key) ? 1 : 2;
}

function tokenize(document: TranscriptDocument, resources: DiscoveryResources, options: DiscoveryOptions): TermToken[][] {
  const texts = document.passages.map((p) => p.text);
  const total = texts.length;
  const report = (done: number) => options.onProgress?.({ stage: 'tokenising', done, total });
  if (resources.language === 'zh') {
    if (!resources.zhTagger) throw new Error('discovery: Chinese text needs the jieba tagger (loadDiscoveryResources("zh"))');
    return tokenizeChineseTexts(texts, resources.zhTagger, 200_000, report);
  }
  if (!resources.enTagger) throw new Error('discovery: English text needs the wink tagger (loadDiscoveryResources("en"))');
  const out: TermToken[][] = [];
  let chars = 0;
  texts.forEach((t, i) => {
    out.push(tokenizeEnglish(t, resources.enTagger!));
    chars += t.length;
    if (chars >= 100_000 || i === total - 1) {
      report(i + 1);
      chars = 0;
    }
  });
  return out;
}

function uniqueIds(concepts: DraftConcept[], taken: Set<string>): void {
  for (const c of concepts) {
    let id = c.id;
    for (let n = 2; taken.has(id); n++) id = `${c.id}-${n}`;
    c.id = id;
    taken.add(id);
  }
}

export function discoverConcepts(document: TranscriptDocument, resources: DiscoveryResources, options: DiscoveryOptions = {}): DiscoveryResult {
  const top = Math.max(1, options.top ?? DEFAULT_DISCOVERY_TOP);
  const language = resources.language;
  const tokens = tokenize(document, resources, options);
  options.onProgress?.({ stage: 'counting', done: 1, total: 1 });
  const { terms } = countCandidates(document.passages, tokens, language, resources.common.ic);
  options.onProgress?.({ stage: 'ranking', done: 1, total: 1 });
  const ranked = rankTerms(terms, document, language, resources.common, resources.enCommon);

  // Pools: the best recurring terms, and the rarely mentioned names.
  const poolSize = Math.max(150, 3 * top);
  const names = ranked.filter((r) => isRareName(r.stats, resources)).slice(0, poolSize);
  const nameSet = new Set(names.map((r) => r.stats.key));
  const main = ranked.filter((r) => r.stats.count >= 2 && !nameSet.has(r.stats.key)).slice(0, poolSize);
  const nameKeys = new Set(names.map((r) => r.stats.key));
  const texts = document.passages.map((p) => p.text);
  const groups = groupTerms([...main, ...names], findGlosses(texts), document.speakers, new Map(ranked.map((r) => [r.stats.key, r] as [string, RankedTerm])), (s) => looksLikePersonName(s, resources.enCommon));

  for (const [title, count] of bookTitles(texts)) groups.push({ members: [], extraAliases: [title], title: title.slice(1, -1), score: count });
  const tierOf = (d: DraftConcept): CandidateTier => (d.group.speaker ? 'speaker' : d.group.members.every((m) => nameKeys.has(m.stats.key)) ? 'name' : 'term');
  const taken = new Set((options.catalog?.concepts ?? []).map((c) => c.id));
  const drafts = claimAliases(groups.map((g) => toCatalogConcept(g, language, texts, resources.enCommon, language === 'zh' ? resources.common : undefined)), options.catalog);
  uniqueIds(drafts, new Set(taken));
  options.onProgress?.({ stage: 'checking', done: 1, total: 1 });
  const evidence = measureDrafts(drafts, options.catalog, document.passages);

  const keep = drafts.filter((d) => {
    const e = evidence.get(d.id)!;
    const tier = tierOf(d);
    return tier === 'term' ? e.passages >= 2 : e.passages >= 1;
  });
  const nameSlots = Math.round(Math.max(0, top - NAME_FREE_TOP) * NAME_SHARE);
  // Speakers the text names always come first; then terms by score; then the rare names' share.
  const speakersKept = keep.filter((d) => tierOf(d) === 'speaker').slice(0, top);
  const namesKept = keep.filter((d) => tierOf(d) === 'name').sort((a, b) => namePriority(b) - namePriority(a) || b.group.score - a.group.score);
  const termsKept = keep.filter((d) => tierOf(d) === 'term');
  const chosenNames = namesKept.slice(0, Math.max(0, Math.min(nameSlots, namesKept.length, top - speakersKept.length)));
  const chosen = [...speakersKept, ...termsKept.slice(0, Math.max(0, top - speakersKept.length - chosenNames.length)), ...chosenNames];
  if (chosen.length < top) chosen.push(...namesKept.slice(chosenNames.length, chosenNames.length + top - chosen.length));

  const candidates: DiscoveredConcept[] = chosen.map((d) => {
    const e = evidence.get(d.id)!;
    const { group, ...concept } = d;
    return { ...concept, score: Math.round(group.score * 100) / 100, tier: tierOf(d), ...e };
  });
  return { language, candidates, considered: terms.size };
}
