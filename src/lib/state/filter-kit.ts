/**
 * The recount behind filtered views, as one lazily loaded unit: the explorer imports this module (with the
 * pipeline's cooccur and the graphology centralities) the first time a filter is used, so the default page does
 * not ship it. Pure.
 */
import { cooccur } from '$lib/core/count/cooccur';
import type { SerializedConceptGraph } from '$lib/core/contract/types';
import { deriveFilteredGraph, type DeriveOptions } from '../core/count/recount';
import type { Filter } from '../core/count/scope';

export function filteredGraph(graph: SerializedConceptGraph, f: Filter, opts?: DeriveOptions): SerializedConceptGraph {
  return deriveFilteredGraph(graph, f, cooccur, opts);
}
