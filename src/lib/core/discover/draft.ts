/**
 * Discovered concepts -> catalog JSON: a draft catalog of its own (`suggest --write`, `build` without a catalog)
 * or an existing catalog extended with the best candidates it lacks (`build --discover N`). The evidence fields
 * are left out: the result is a plain catalog that `validate` and `build` accept as written. Pure.
 */
import type { Catalog, CatalogConcept } from '../contract/types';
import type { DiscoveredConcept } from './types';

export function toCatalogEntry(c: DiscoveredConcept): CatalogConcept {
  return { id: c.id, label: { ...c.label }, kind: c.kind, aliases: [...c.aliases] };
}

export function toDraftCatalog(candidates: readonly DiscoveredConcept[], title?: string, language?: string): Catalog {
  return { ...(title ? { title } : {}), ...(language ? { language } : {}), concepts: candidates.map(toCatalogEntry) };
}

export function extendCatalog(catalog: Catalog, candidates: readonly DiscoveredConcept[]): Catalog {
  return { ...catalog, concepts: [...catalog.concepts, ...candidates.map(toCatalogEntry)] };
}
