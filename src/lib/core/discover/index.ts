/**
 * Concept discovery: find the concepts of a transcript without a catalog (or the ones a catalog lacks).
 * `discoverConcepts` is synchronous and pure given the resources; `discover` loads them for the document's
 * language first (jieba only for Chinese). See ./discover.ts for the stages.
 */
import type { TranscriptDocument } from '../contract/types';
import { discoverConcepts } from './discover';
import { detectLanguage } from './language';
import { loadDiscoveryResources, type ResourceOptions } from './resources';
import type { DiscoveryOptions, DiscoveryResult } from './types';

export { discoverConcepts } from './discover';
export { detectLanguage } from './language';
export { loadDiscoveryResources, loadChineseTagger, loadEnglishTagger, loadCommonWords, type ResourceOptions } from './resources';
export { toDraftCatalog, extendCatalog } from './draft';
export * from './types';

/** Language of a parsed document, from its passages. */
export function documentLanguage(document: TranscriptDocument) {
  return detectLanguage(document.passages.map((p) => p.text).join('\n'));
}

export async function discover(document: TranscriptDocument, options: DiscoveryOptions & ResourceOptions = {}): Promise<DiscoveryResult> {
  const resources = await loadDiscoveryResources(documentLanguage(document), options);
  return discoverConcepts(document, resources, options);
}
