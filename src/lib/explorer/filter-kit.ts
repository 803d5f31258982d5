/**
 * The recount behind filtered views as one lazily loaded chunk: the explorer imports this module the first time a
 * filter is used, so the default page ships neither the recount (core/count/recount: cooccur) nor graphology (its
 * centralities). Only re-exports; the recount itself is core/count/recount.ts.
 */
export { deriveFilteredGraph as filteredGraph, type DeriveOptions } from '../core/count/recount';
