/**
 * Types of the discovery stage: TranscriptDocument (+ optional Catalog) -> ranked candidate concepts in catalog
 * form with their evidence. Types only (and a few constants): safe to import anywhere.
 */
import type { Catalog, CatalogConcept } from '../contract/types';

/** Language pipeline used for a document. */
export type DiscoveryLanguage = 'zh' | 'en';

/**
 * Coarse word class of a token, shared by both languages:
 * noun-like classes can end a term, `modifier`/`verb` can only start or continue one (verbs in Chinese only),
 * `joiner` ("'s", "of" in "theory of mind") only sits inside a term, `stop` and `num` end none and start none,
 * `break` (punctuation) and `space` separate tokens.
 */
export type TokenClass = 'noun' | 'person' | 'place' | 'org' | 'latin' | 'unknown' | 'modifier' | 'verb' | 'joiner' | 'num' | 'stop' | 'space' | 'break';

/** One token of a passage, offsets inside the passage text. */
export interface TermToken {
  text: string;
  start: number;
  end: number;
  cls: TokenClass;
  /** Comparison form: NFKC, lower case, English nouns lemmatised (models -> model, GPUs -> gpu). */
  key: string;
  /** The tagger's own part-of-speech tag (jieba: v, vn, n, ...; wink: NOUN, ...), when there is one. */
  pos?: string;
}

/** Chinese part-of-speech tagger (jieba's `tag`): the words cover the text exactly, in order. */
export type ChineseTagger = (text: string) => { word: string; tag: string }[];

/** English tagger (wink-nlp): tokens in order with Universal POS tags and lemmas. */
export type EnglishTagger = (text: string) => { word: string; pos: string; lemma: string }[];

/** Common words of a language with their information content ln(1/p) in a general corpus. */
export interface CommonWords {
  /** ln(1/p) of a word, or undefined when the word is not common (treat as rare). */
  ic(word: string): number | undefined;
  /** True for a word mostly written with a capital (a given name or place), when the list knows names. */
  isName(word: string): boolean;
}

/** What a language pipeline needs, loaded once (see ./resources.ts). */
export interface DiscoveryResources {
  language: DiscoveryLanguage;
  zhTagger?: ChineseTagger;
  enTagger?: EnglishTagger;
  /** Common words of the document's language (English also for Latin words inside Chinese text). */
  common: CommonWords;
  enCommon?: CommonWords;
}

export interface DiscoveryProgress {
  stage: 'tokenising' | 'counting' | 'ranking' | 'checking';
  /** Passages done so far and in all (tokenising), else 1 of 1. */
  done: number;
  total: number;
}

export interface DiscoveryOptions {
  /** Existing catalog: its concepts are not proposed again and its aliases are never reused. */
  catalog?: Catalog;
  /** How many candidates to return (default 60). */
  top?: number;
  onProgress?: (p: DiscoveryProgress) => void;
}

/** Where a candidate came from: a ranked term, a rarely mentioned name, or a speaker. */
export type CandidateTier = 'term' | 'name' | 'speaker';

/** A discovered concept: a catalog entry plus its evidence in this transcript. */
export interface DiscoveredConcept extends CatalogConcept {
  kind: string;
  aliases: string[];
  /** Ranking score (higher is better); see README "How discovery ranks terms". */
  score: number;
  tier: CandidateTier;
  /** Passages that mention it (with the aliases as written, leftmost-longest like the build). */
  passages: number;
  mentions: number;
  /** Section ids and speaker ids of those passages, in document order. */
  sections: string[];
  speakers: string[];
  /** A passage that shows it (the first with the most mentions). */
  sample: string | null;
}

export interface DiscoveryResult {
  language: DiscoveryLanguage;
  candidates: DiscoveredConcept[];
  /** Distinct candidate terms considered before ranking. */
  considered: number;
}

export const DEFAULT_DISCOVERY_TOP = 60;
