/**
 * Ranking of candidate terms: score = C-value x spread x specificity.
 *
 * - C-value (Frantzi, Ananiadou & Mima 2000): log2(1 + words) x (count - mean count of the longer candidates that
 *   contain it). Long terms that recur score high; a fragment that mostly occurs inside one longer term
 *   (扩展 inside 推理扩展) scores near zero.
 * - Spread: log2(1 + units) where units are the sections the term occurs in (or tenths of the document when it
 *   has fewer than three sections): a term of the whole conversation beats one repeated in one answer.
 * - Specificity: how rare the term's words are in general language, from a common-word list (SUBTLEX-US for
 *   English, jieba's IDF table for Chinese): information content ln(1/p) summed over the words, mapped linearly
 *   from `floor` at `low` to 1 at `high`. Everyday words (thing, people, 问题, 东西) sink; words absent from the
 *   list count as rare.
 * Pure.
 */
import type { TranscriptDocument } from '../contract/types';
import { joinKey, type TermStats } from './candidates';
import { hasHan } from './tokens';
import type { CommonWords, DiscoveryLanguage } from './types';

export interface SpecificityScale {
  /** ln(1/p) at and below which a word gets `floor`. */
  low: number;
  /** ln(1/p) from which a word counts as fully specific. */
  high: number;
  floor: number;
  /** ln(1/p) of a word missing from the list. */
  rare: number;
}

export const SPECIFICITY: Record<DiscoveryLanguage, SpecificityScale> = {
  en: { low: 8, high: 14, floor: 0.03, rare: 15 },
  zh: { low: 5, high: 10, floor: 0.03, rare: 11.5 }
};

export interface RankedTerm {
  stats: TermStats;
  score: number;
  cvalue: number;
  spread: number;
  specificity: number;
}

/** Number of content words of a term (joiners such as "'s" and "of" do not count). */
export function wordCount(stats: TermStats): number {
  return stats.classes.filter((c) => c !== 'joiner').length;
}

export function cValue(stats: TermStats): number {
  const nested = stats.nestedTypes > 0 ? stats.nestedSum / stats.nestedTypes : 0;
  return Math.log2(1 + wordCount(stats)) * Math.max(0, stats.count - nested);
}

/** Information content of a term: the sum over its words (a phrase is rarer than its rarest word). */
export function termInformation(stats: TermStats, language: DiscoveryLanguage, common: CommonWords, enCommon: CommonWords | undefined): number {
  let sum = 0;
  stats.parts.forEach((part, i) => {
    if (stats.classes[i] === 'joiner') return;
    const latinInChinese = language === 'zh' && !hasHan(part);
    const list = latinInChinese ? enCommon : common;
    const ic = list?.ic(part);
    // A Latin word inside Chinese text is marked by the switch of script: never fully common.
    sum += ic === undefined ? SPECIFICITY[language].rare : latinInChinese ? Math.max(ic, SPECIFICITY.zh.high) : ic;
  });
  return sum;
}

/** ((ic - low) / (high - low))^2, clamped to [floor, 1]: the penalty grows fast for everyday words. */
export function specificity(information: number, scale: SpecificityScale): number {
  const t = Math.min(1, Math.max(0, (information - scale.low) / (scale.high - scale.low)));
  return Math.max(scale.floor, t * t);
}

/** Unit of spread for each passage index: its section, or its tenth of the document without sections. */
export function spreadUnits(document: TranscriptDocument): (passageIndex: number) => string {
  const n = document.passages.length;
  if (document.sections.length >= 3) return (i) => document.passages[i].section ?? '_none';
  return (i) => `t${Math.floor((10 * i) / Math.max(1, n))}`;
}

/** Factor for a term that is a stronger term plus an everyday head word (AI领域, 播客作者, GPU cluster). */
export const GENERIC_HEAD_FACTOR = 0.35;

/**
 * True when `stats` = (a candidate seen at least three times as often) + one common last word: the phrase adds a
 * generic head to a term rather than naming a concept of its own.
 */
export function hasGenericHead(stats: TermStats, terms: ReadonlyMap<string, TermStats>, language: DiscoveryLanguage, common: CommonWords, enCommon?: CommonWords): boolean {
  const n = stats.parts.length;
  if (n < 2) return false;
  const head = stats.parts[n - 1];
  const list = language === 'zh' && !hasHan(head) ? enCommon : common;
  const ic = list?.ic(head);
  if (ic === undefined || ic > (SPECIFICITY[language].low + SPECIFICITY[language].high) / 2) return false;
  const prefix = terms.get(joinKey(stats.parts.slice(0, -1), stats.seps.slice(0, -1)));
  return prefix !== undefined && prefix.count >= 3 * stats.count;
}

export function rankTerms(
  terms: ReadonlyMap<string, TermStats>,
  document: TranscriptDocument,
  language: DiscoveryLanguage,
  common: CommonWords,
  enCommon?: CommonWords
): RankedTerm[] {
  const unitOf = spreadUnits(document);
  const scale = SPECIFICITY[language];
  const out: RankedTerm[] = [];
  for (const stats of terms.values()) {
    const cvalue = cValue(stats);
    if (cvalue <= 0) continue;
    const units = new Set(stats.passages.map(unitOf)).size;
    const spread = Math.log2(1 + units);
    const head = hasGenericHead(stats, terms, language, common, enCommon) ? GENERIC_HEAD_FACTOR : 1;
    const spec = specificity(termInformation(stats, language, common, enCommon), scale) * head;
    out.push({ stats, score: cvalue * spread * spec, cvalue, spread, specificity: spec });
  }
  return out.sort((a, b) => b.score - a.score || (a.stats.key < b.stats.key ? -1 : a.stats.key > b.stats.key ? 1 : 0));
}
