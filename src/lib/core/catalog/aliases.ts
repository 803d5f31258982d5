/**
 * The three alias forms of a catalog (`"chip"`, `{"text": "chip", "exact": true}`, `{"regex": "...", "flags": "iu"}`)
 * seen through one small API: the literal text of an alias, whether it also matches its English plurals, how it
 * is shown in the graph, and whether a literal can ever match typed text. Pure.
 */
import type { Alias, Catalog, LiteralAlias, RegexAlias } from '../contract/types';

export const isRegexAlias = (alias: Alias): alias is RegexAlias => typeof alias === 'object' && alias !== null && typeof (alias as RegexAlias).regex === 'string';
export const isLiteralObject = (alias: Alias): alias is LiteralAlias => typeof alias === 'object' && alias !== null && typeof (alias as LiteralAlias).text === 'string';

/** The surface form of a literal alias, or null for a regex alias. */
export function literalText(alias: Alias): string | null {
  if (typeof alias === 'string') return alias;
  return isLiteralObject(alias) ? alias.text : null;
}

/** Whether a literal alias also matches its English plurals: its own `exact`, else the catalog's `inflect` (true). */
export function inflects(alias: Alias, catalog: Pick<Catalog, 'inflect'>): boolean {
  if (isLiteralObject(alias) && alias.exact !== undefined) return !alias.exact;
  return catalog.inflect !== false;
}

/** How an alias is shown in the graph's node attributes: literals as written, regexes as `/source/flags`. */
export function formatAlias(alias: Alias): string {
  const text = literalText(alias);
  if (text !== null) return text;
  const r = alias as RegexAlias;
  return `/${r.regex}/${r.flags ?? 'iu'}`;
}

// Characters that show nothing or control the display: C0/C1 controls and the invisible format characters
// (zero-width space and joiners, bidi marks, BOM, soft hyphen...). A zero-width joiner inside an emoji
// sequence is fine.
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const VISIBLE_CONTENT = /[\p{L}\p{N}\p{S}]/u;

const codePoint = (ch: string) => `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a literal alias can never be matched as written, or null when it is fine: empty or whitespace only, only
 * punctuation (`...`, `-`, `、`), or only invisible characters (a zero-width space).
 */
export function literalAliasProblem(text: string): { message: string; hint: string } | null {
  if (text.trim() === '') return { message: 'alias is empty or only whitespace', hint: 'Remove it or write the surface form' };
  if (VISIBLE_CONTENT.test(text)) return null;
  const invisible = [...text].find((ch) => INVISIBLE.test(ch));
  if (invisible) return { message: `alias ${JSON.stringify(text)} is made of invisible characters (${codePoint(invisible)})`, hint: 'Remove it or write the surface form' };
  return { message: `alias ${JSON.stringify(text)} has no letter, digit or symbol`, hint: 'An alias made of punctuation only would match everywhere: write a word' };
}

/**
 * A warning for an alias that holds an invisible character besides visible ones ("chip\u200b"): it matches only
 * text with the same invisible character, which is rarely meant. A zero-width joiner (emoji sequences) is fine.
 */
export function literalAliasWarning(text: string): { message: string; hint: string } | null {
  const bad = [...text].find((ch) => INVISIBLE.test(ch) && ch !== '\u200d');
  if (!bad) return null;
  return {
    message: `alias ${JSON.stringify(text)} contains the invisible character ${codePoint(bad)}: it matches only text with the same character`,
    hint: 'Retype the alias without it unless the transcript has it too (it is often pasted in from a web page)'
  };
}
