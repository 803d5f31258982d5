/** Graph stage: assemble the serialised concept graph; communities, centralities, layout. */
export { assembleGraph, type AssembleInput } from './assemble';
export { detectCommunities, type CommunityResult } from './communities';
export { computeCentralities, type Centralities } from './centrality';
export { computeLayout, nodeRadius } from '../layout/initial';
export { seededRandom } from '../layout/random';
