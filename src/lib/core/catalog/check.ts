/**
 * Cross-entry rules of a catalog whose shape is already valid: unique ids, `broader` naming an existing id and
 * forming no cycle, literal aliases that can match (not empty, not punctuation or invisible characters only; a
 * warning for an invisible character among visible ones) and
 * are claimed by one concept only, regular-expression aliases that pass ./regex.ts. Returns issues with JSON
 * paths; never throws.
 * Pure.
 */
import type { Catalog } from '../contract/types';
import { isRegexAlias, literalAliasProblem, literalAliasWarning, literalText } from './aliases';
import { regexAliasProblem } from './regex';

export interface CatalogIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  hint: string;
}

/** Case-folded key of a literal alias, as the matcher compares them. */
export function aliasKey(alias: string): string {
  return alias.trim().toLowerCase();
}

export function checkCatalog(catalog: Catalog): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const firstIndex = new Map<string, number>();
  catalog.concepts.forEach((c, i) => {
    const prev = firstIndex.get(c.id);
    if (prev !== undefined)
      issues.push({ severity: 'error', path: `$.concepts[${i}].id`, message: `duplicate id "${c.id}" (first used at $.concepts[${prev}])`, hint: 'Give every concept its own id, or merge the two entries' });
    else firstIndex.set(c.id, i);
  });

  catalog.concepts.forEach((c, i) => {
    if (c.broader === undefined) return;
    if (c.broader === c.id)
      issues.push({ severity: 'error', path: `$.concepts[${i}].broader`, message: `"${c.id}" names itself as broader`, hint: 'Remove "broader" or name a parent concept' });
    else if (!firstIndex.has(c.broader))
      issues.push({ severity: 'error', path: `$.concepts[${i}].broader`, message: `broader "${c.broader}" is not the id of any concept`, hint: 'Use the id of an existing concept, or add it to the catalog' });
  });

  // Cycles through `broader` (longer than one step; self-reference is reported above).
  const parent = new Map(catalog.concepts.filter((c) => c.broader && c.broader !== c.id).map((c) => [c.id, c.broader!]));
  const reported = new Set<string>();
  for (const start of parent.keys()) {
    const seen: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !seen.includes(cur)) {
      seen.push(cur);
      cur = parent.get(cur);
    }
    if (cur === undefined) continue;
    const cycle = seen.slice(seen.indexOf(cur));
    const key = [...cycle].sort().join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    const i = firstIndex.get(cycle[0])!;
    issues.push({ severity: 'error', path: `$.concepts[${i}].broader`, message: `"broader" forms a cycle: ${[...cycle, cycle[0]].join(' -> ')}`, hint: 'A concept cannot be broader than itself: remove one "broader" link of the cycle' });
  }

  // Literal aliases: claimed by one concept only; duplicates inside one concept are a warning.
  const owner = new Map<string, { id: string; path: string }>();
  catalog.concepts.forEach((c, i) => {
    const own = new Set<string>();
    c.aliases.forEach((alias, j) => {
      const path = `$.concepts[${i}].aliases[${j}]`;
      const text = literalText(alias);
      if (text === null) {
        const problem = isRegexAlias(alias) ? regexAliasProblem(alias.regex, alias.flags) : undefined;
        if (problem) issues.push({ severity: 'error', path, message: problem.message, hint: problem.hint });
        return;
      }
      const problem = literalAliasProblem(text);
      if (problem) {
        issues.push({ severity: 'error', path, ...problem });
        return;
      }
      const warning = literalAliasWarning(text);
      if (warning) issues.push({ severity: 'warning', path, ...warning });
      const key = aliasKey(text);
      if (own.has(key)) {
        issues.push({ severity: 'warning', path, message: `alias "${text}" is listed twice for "${c.id}"`, hint: 'Remove the repeat' });
        return;
      }
      own.add(key);
      const prev = owner.get(key);
      if (prev && prev.id !== c.id)
        issues.push({ severity: 'error', path, message: `alias "${text}" is claimed by both "${prev.id}" (${prev.path}) and "${c.id}"`, hint: 'An alias must name one concept: keep it on one entry, or make the other more specific' });
      else owner.set(key, { id: c.id, path });
    });
  });
  return issues;
}
