/**
 * The kind of a discovered concept, from the evidence at hand: speakers are persons; titles in 《》 are works;
 * jieba's name tags give person (with a verb of saying after the word), place (with a place suffix) or
 * organization; a Latin full name (two or three Title-case words) is a person unless the
 * text puts an organisation word after it (Stripe Press, Anthropic公司); a single Latin name followed by a verb of
 * saying (Patel认为, Moravec said) is a person. Everything else is a concept. Pure.
 */
import type { TermGroup } from './merge';
import { topSurface } from './merge';
import type { CommonWords } from './types';

const ORG_AFTER = /^(?:\s?(?:Inc|Corp|Corporation|Labs?|Press|University|Institute|Foundation|Company|Group|Capital|Research|Ventures|Partners)\b|公司|集团|实验室|研究所|研究院|大学|基金会|出版社)/u;
const SAYS_AFTER = /^(?:\s?(?:said|says|thinks|argues|argued|wrote|writes|believes|told|asks|asked)\b|说|认为|指出|表示|解释|提到|写道|问道|回答)/u;
const ORG_WORD = /\b(?:Inc|Corp|Corporation|Labs?|Press|University|Institute|Foundation|Company|Group|Capital|Research|Ventures|Partners)$/;

/**
 * A Latin full name that reads as a person's: two or three Title-case words whose first word is a given name
 * (mostly capitalised in general English) or no common word at all (Dario, Dwarkesh). `Hive Mind`,
 * `Inference Scaling`, `Federal Express` start with common words and are not persons.
 */
/** First words of place names that the name list also holds (United States, South Australia, New York). */
const PLACE_FIRST_WORDS = new Set(['united', 'north', 'south', 'east', 'west', 'new', 'san', 'los', 'las', 'saint', 'great', 'upper', 'lower', 'central']);

export function looksLikePersonName(surface: string, enCommon: CommonWords | undefined): boolean {
  const words = surface.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(w))) return false;
  const first = words[0].toLowerCase();
  if (/(?:ing|ism|ion|ity|ence|ance|ment|ness)$/.test(first) || PLACE_FIRST_WORDS.has(first)) return false;
  return !enCommon || enCommon.isName(first) || enCommon.ic(first) === undefined;
}

export type DiscoveredKind = 'person' | 'organization' | 'place' | 'work' | 'concept';

/** How often each surface of the group is directly followed by an organisation word / a verb of saying. */
function contextCounts(surfaces: string[], texts: readonly string[]): { org: number; says: number; all: number } {
  let org = 0;
  let says = 0;
  let all = 0;
  for (const text of texts) {
    for (const s of surfaces) {
      let at = text.indexOf(s);
      while (at >= 0) {
        const after = text.slice(at + s.length, at + s.length + 14);
        all++;
        if (ORG_AFTER.test(after)) org++;
        if (SAYS_AFTER.test(after)) says++;
        at = text.indexOf(s, at + s.length);
      }
    }
  }
  return { org, says, all };
}

export function groupKind(group: TermGroup, texts: readonly string[], enCommon?: CommonWords, zhCommon?: CommonWords): DiscoveredKind {
  if (group.speaker) return 'person';
  if (group.title) return 'work';
  const top = group.members[0];
  if (!top) return 'concept';
  const classes = top.stats.classes;
  // jieba's name tags also fall on everyday words (纳米/nr, 华为/nr, 深度/ns): a person tag needs a verb of
  // saying after the word somewhere (王建国认为), a place tag a place suffix (蒙大拿州, 英国).
  const rareWord = zhCommon?.ic(top.stats.key) === undefined;
  if (classes.length === 1 && classes[0] === 'person' && rareWord && contextCounts([topSurface(top.stats)], texts).says > 0) return 'person';
  if (classes.length === 1 && classes[0] === 'place' && /[国州省市县岛洲]$/u.test(top.stats.key)) return 'place';
  if (classes.every((c) => c === 'org')) return 'organization';
  const latinNames = group.members.filter((m) => m.stats.classes.every((c) => c === 'latin')).map((m) => topSurface(m.stats));
  if (latinNames.length === 0 || latinNames.some((s) => /\d/.test(s))) return 'concept';
  const { org, says, all } = contextCounts(latinNames, texts);
  if (latinNames.some((s) => ORG_WORD.test(s)) || (org > 0 && org * 3 >= all)) return 'organization';
  if (latinNames.some((s) => looksLikePersonName(s, enCommon))) return 'person';
  if (says > 0 && says * 4 >= all && latinNames.every((s) => /^[A-Z][a-z]+$/.test(s))) return 'person';
  return 'concept';
}
