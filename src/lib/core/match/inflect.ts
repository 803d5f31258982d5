/**
 * English plurals of Latin literal aliases, so a catalog lists "chip" and matches "chips" too. Only the last
 * word of an alias is inflected ("scaling law" -> "scaling laws"), and only when it is made of at least two
 * Latin letters: CJK aliases, aliases ending in a digit or a symbol ("GPT-4", "C++") and single letters get no
 * forms. Rules: a small table of irregular nouns (person -> people, analysis -> analyses, ...); acronyms in
 * capitals take -s (GPU -> GPUs); -s/-x/-z/-ch/-sh take -es; consonant + y -> -ies; -f/-fe also -ves; everything
 * else, -o included, -s ("goes" is no plural of "Go"). A form that is not a word ("chipses") costs nothing: it never occurs. The matcher adds
 * these forms with the alias's concept (./compile.ts); explicit aliases win over generated forms.
 * Pure: no fs, no DOM.
 */

const IRREGULAR = new Map<string, string[]>([
  ['man', ['men']],
  ['woman', ['women']],
  ['child', ['children']],
  ['person', ['people', 'persons']],
  ['mouse', ['mice']],
  ['foot', ['feet']],
  ['tooth', ['teeth']],
  ['goose', ['geese']],
  ['analysis', ['analyses']],
  ['thesis', ['theses']],
  ['hypothesis', ['hypotheses']],
  ['crisis', ['crises']],
  ['axis', ['axes']],
  ['basis', ['bases']],
  ['diagnosis', ['diagnoses']],
  ['criterion', ['criteria']],
  ['phenomenon', ['phenomena']],
  ['datum', ['data']],
  ['medium', ['media', 'mediums']],
  ['index', ['indices', 'indexes']],
  ['matrix', ['matrices', 'matrixes']],
  ['vertex', ['vertices', 'vertexes']],
  ['appendix', ['appendices', 'appendixes']],
  ['life', ['lives']],
  ['wife', ['wives']],
  ['knife', ['knives']]
]);

const LAST_WORD = /\p{Script=Latin}+$/u;
const VOWEL = /[aeiou]/;

/** Plural forms of one lower-case word (without the word itself). */
function pluralsOfWord(word: string, acronym: boolean): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (acronym) return [`${word}s`];
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (word.endsWith('y') && !VOWEL.test(word[word.length - 2] ?? 'a')) return [`${word.slice(0, -1)}ies`];
  if (word.endsWith('fe')) return [`${word}s`, `${word.slice(0, -2)}ves`];
  if (word.endsWith('f')) return [`${word}s`, `${word.slice(0, -1)}ves`];
  return [`${word}s`];
}

/**
 * The English plural forms of a literal alias (the alias itself excluded), keeping its spelling up to the last
 * word; [] when the alias does not end in a Latin word of two letters or more.
 */
export function englishPlurals(alias: string): string[] {
  const text = alias.trimEnd();
  const m = LAST_WORD.exec(text);
  if (!m || m[0].length < 2) return [];
  const word = m[0];
  const stem = text.slice(0, m.index);
  const lower = word.toLowerCase();
  const acronym = word === word.toUpperCase() && word !== lower;
  // keep the alias's own spelling for the part the plural shares with it ("Company" -> "Companies")
  return pluralsOfWord(lower, acronym).map((p) => {
    let k = 0;
    while (k < lower.length && p[k] === lower[k]) k++;
    return stem + word.slice(0, k) + p.slice(k);
  });
}
