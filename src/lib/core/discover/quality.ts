/**
 * Recall of discovered concepts against an answer key (a catalog written by hand for the same transcript): a key
 * concept is found when a candidate shares a form with it (an alias or a label, case-folded). Used by the
 * quality tests and the bench. Pure.
 */
import { aliasKey } from '../catalog/check';
import type { Catalog } from '../contract/types';
import type { DiscoveredConcept } from './types';

function forms(c: { aliases: Catalog['concepts'][number]['aliases']; label: { zh?: string; en?: string } }): Set<string> {
  const out = new Set<string>();
  for (const a of c.aliases) if (typeof a === 'string') out.add(aliasKey(a));
  if (c.label.zh) out.add(aliasKey(c.label.zh));
  if (c.label.en) out.add(aliasKey(c.label.en));
  return out;
}

/** How many key concepts the first `n` candidates find. */
export function recallAt(candidates: readonly DiscoveredConcept[], key: Catalog, n: number): number {
  const keyForms = key.concepts.map(forms);
  const found = new Set<number>();
  for (const c of candidates.slice(0, n)) {
    const mine = forms(c);
    keyForms.forEach((kf, i) => {
      for (const f of mine) if (kf.has(f)) found.add(i);
    });
  }
  return found.size;
}
