/**
 * Unknown keys in a catalog, found before the shape check so that a misspelt key is reported as what it is
 * (`unknown key "alias" at $.concepts[0], did you mean "aliases"?`) instead of as the missing key it causes.
 * Knows the keys of each catalog object (keep in step with CatalogSchema in ../contract/schema.ts). Pure.
 */
import { jsonPath } from '../contract/schema';
import { closestMatch } from './did-you-mean';

export const CATALOG_KEYS = ['$schema', 'title', 'language', 'inflect', 'concepts'];
export const CONCEPT_KEYS = ['id', 'label', 'kind', 'aliases', 'broader', 'description'];
export const LOCALIZED_KEYS = ['zh', 'en'];
export const LITERAL_ALIAS_KEYS = ['text', 'exact'];
export const REGEX_ALIAS_KEYS = ['regex', 'flags'];

export interface UnknownKey {
  /** JSON path of the key, e.g. `$.concepts[0].alias`. */
  path: string;
  /** JSON path of the object holding it. */
  parent: string;
  key: string;
  suggestion: string | null;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(value: unknown, known: string[], at: (string | number)[], out: UnknownKey[]): void {
  if (!isObject(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const suggestion = closestMatch(key, known);
    const parent = jsonPath(at);
    out.push({
      path: jsonPath([...at, key]),
      parent,
      key,
      suggestion,
      message: `unknown key ${JSON.stringify(key)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ` (expected ${known.map((k) => JSON.stringify(k)).join(', ')})`}`
    });
  }
}

/** Every key the catalog format does not know, in document order. */
export function unknownKeys(catalog: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  check(catalog, CATALOG_KEYS, [], out);
  if (!isObject(catalog) || !Array.isArray(catalog.concepts)) return out;
  catalog.concepts.forEach((concept, i) => {
    check(concept, CONCEPT_KEYS, ['concepts', i], out);
    if (!isObject(concept)) return;
    check(concept.label, LOCALIZED_KEYS, ['concepts', i, 'label'], out);
    check(concept.description, LOCALIZED_KEYS, ['concepts', i, 'description'], out);
    if (Array.isArray(concept.aliases))
      concept.aliases.forEach((alias, j) => {
        if (!isObject(alias)) return;
        check(alias, 'regex' in alias ? REGEX_ALIAS_KEYS : 'text' in alias ? LITERAL_ALIAS_KEYS : [...LITERAL_ALIAS_KEYS, ...REGEX_ALIAS_KEYS], ['concepts', i, 'aliases', j], out);
      });
  });
  return out;
}
