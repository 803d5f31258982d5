/** Data exports of a concept graph: GEXF, GraphML, JSON, CSV. Pure functions of a SerializedConceptGraph. */
export { toGexf } from './gexf';
export { toGraphML } from './graphml';
export { toJson } from './json';
export { toEdgesCsv, toNodesCsv, EDGE_CSV_HEADER, NODE_CSV_HEADER } from './csv';
export { displayLabel, communityColor, COMMUNITY_PALETTE } from './labels';
export { escapeXml, xmlSafe } from './xml';
