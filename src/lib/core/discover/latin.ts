/**
 * Latin words inside any text, kept whole: `GPT-4`, `GPT-4.5`, `H100`, `ARC-AGI`, `o1`, `C++`, `Moravec's`
 * (possessive split off). Taggers split such words (jieba: ARC / - / AGI; wink: next / - / token); discovery
 * re-joins the tagger tokens that fall inside one Latin word. Also the comparison key of a Latin word. Pure.
 */

/** A Latin word: letters/digits, inner `-` `.` `'` `’` `+` `&` `/` joining letters or digits, optional `++` / `#`. */
const LATIN_WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:[-.'’&/+][A-Za-z0-9\u00C0-\u024F]+)*(?:\+\+|#)?/g;

export interface LatinSpan {
  start: number;
  end: number;
}

/** Latin word spans of a text in order; a trailing possessive `'s` is left out of the span. */
export function latinSpans(text: string): LatinSpan[] {
  const out: LatinSpan[] = [];
  LATIN_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LATIN_WORD.exec(text)) !== null) {
    let end = m.index + m[0].length;
    const word = m[0];
    if (/['’][sS]$/.test(word) && word.length > 2) end -= 2;
    out.push({ start: m.index, end });
  }
  return out;
}

/** True for a word of digits and separators only (years, counts, versions without letters). */
export function isNumeric(word: string): boolean {
  return /^[\d.,:/+\-%]+$/.test(word);
}

/** True when a Latin word has a letter and a digit (GPT-4, H100, o1): a product or model name. */
export function isAlphanumericName(word: string): boolean {
  return /[A-Za-z]/.test(word) && /\d/.test(word);
}

/** True for an acronym: two or more capitals, maybe digits and inner hyphens (AI, LLM, ARC-AGI, GPT-4). */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/.test(word) && /[A-Z].*[A-Z0-9]/.test(word);
}

/**
 * Comparison key of a Latin word: NFKC, lower case, curly apostrophes straightened, and the plural of an acronym
 * singular (GPUs -> gpu, LLMs -> llm). Ordinary plurals are the lemmatiser's job (English) or merged later when
 * both forms occur (./merge.ts).
 */
export function latinKey(word: string): string {
  const w = word.normalize('NFKC').replace(/’/g, "'");
  if (/^[A-Z][A-Z0-9-]*[A-Z0-9]s$/.test(w) && isAcronym(w.slice(0, -1))) return w.slice(0, -1).toLowerCase();
  return w.toLowerCase();
}
