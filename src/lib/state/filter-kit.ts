/**
 * The recount behind filtered views, as one lazily loaded unit: the explorer imports this module (with the
 * pipeline's cooccur and the graphology centralities) the first time a filter is used, so the default page does
 * not ship it. Pure.
 */
import { cooccur } from '$lib/pipeline/cooccur';
import type { SerializedConceptGraph } from '$lib/contract/types';
import { deriveFilteredGraph, type DeriveOptions } from './filter';
import type { Filter } from './scope';

export function filteredGraph(graph: SerializedConceptGraph, f: Filter, opts?: DeriveOptions): SerializedConceptGraph {
  return deriveFilteredGraph(graph, f, cooccur, opts);
}
