/**
 * Loads what a language pipeline needs, lazily and only for that language: jieba-wasm (about 4 MB of WASM with
 * its dictionary) only for Chinese text, wink-nlp with its English model only for English, and the common-word
 * lists. Uses dynamic `import()` only, no `node:` modules, so the same code runs in Node (jieba's Node build
 * loads its WASM from node_modules by itself), vitest and a bundled Web Worker (jieba's web build is
 * initialised with `jiebaWasm`: a URL, a Response or the bytes of jieba_rs_wasm_bg.wasm).
 * The `*From` functions wrap already loaded modules, for callers that load them otherwise (the CLI: require).
 */
import { parseCommonWords } from './frequency';
import type { ChineseTagger, CommonWords, DiscoveryLanguage, DiscoveryResources, EnglishTagger } from './types';

export interface ResourceOptions {
  /** Browser only: where jieba-wasm's .wasm file is (default: beside the bundled module, jieba's own default). */
  jiebaWasm?: URL | string | Response | BufferSource;
}

/** The part of jieba-wasm's API discovery uses. */
export interface JiebaModule {
  tag: (text: string, hmm?: boolean) => { word: string; tag: string }[];
}

/** The part of wink-nlp's API discovery uses (`winkNLP(model, ['sbd', 'pos'])`). */
export interface WinkNlp {
  its: { pos: unknown; lemma: unknown };
  readDoc(text: string): { tokens(): { each(fn: (t: { out(what?: unknown): unknown }) => void): void } };
}

/** Tags with jieba (HMM on for new words). Warms jieba up: its first call builds the dictionary (1-2 s). */
export function chineseTaggerFrom(jieba: JiebaModule): ChineseTagger {
  jieba.tag('预热', true);
  return (text) => jieba.tag(text, true);
}

export function englishTaggerFrom(nlp: WinkNlp): EnglishTagger {
  const its = nlp.its;
  return (text) => {
    const out: { word: string; pos: string; lemma: string }[] = [];
    nlp.readDoc(text)
      .tokens()
      .each((t) => {
        out.push({ word: t.out() as string, pos: t.out(its.pos) as string, lemma: t.out(its.lemma) as string });
      });
    return out;
  };
}

/** Resources from loaded parts. */
export function resourcesFrom(language: DiscoveryLanguage, parts: { zhTagger?: ChineseTagger; enTagger?: EnglishTagger; zhCommon?: CommonWords; enCommon: CommonWords }): DiscoveryResources {
  if (language === 'zh') {
    if (!parts.zhTagger || !parts.zhCommon) throw new Error('discovery: Chinese text needs jieba and the Chinese common-word list');
    return { language, zhTagger: parts.zhTagger, common: parts.zhCommon, enCommon: parts.enCommon };
  }
  if (!parts.enTagger) throw new Error('discovery: English text needs wink-nlp');
  return { language, enTagger: parts.enTagger, common: parts.enCommon, enCommon: parts.enCommon };
}

let zhTagger: Promise<ChineseTagger> | null = null;
let enTagger: Promise<EnglishTagger> | null = null;
let zhCommon: Promise<CommonWords> | null = null;
let enCommon: Promise<CommonWords> | null = null;

export function loadChineseTagger(options: ResourceOptions = {}): Promise<ChineseTagger> {
  zhTagger ??= (async () => {
    const mod = (await import('jieba-wasm')) as unknown as Partial<JiebaModule> & { default?: unknown };
    // The web build exports an async initialiser as default; the Node build initialises itself.
    if (typeof mod.default === 'function') {
      const init = mod.default as (arg?: { module_or_path: unknown }) => Promise<unknown>;
      await init(options.jiebaWasm === undefined ? undefined : { module_or_path: options.jiebaWasm });
    }
    return chineseTaggerFrom(typeof mod.tag === 'function' ? (mod as JiebaModule) : (mod.default as JiebaModule));
  })();
  return zhTagger;
}

export function loadEnglishTagger(): Promise<EnglishTagger> {
  enTagger ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
    return englishTaggerFrom(winkNLP(model, ['sbd', 'pos']) as unknown as WinkNlp);
  })();
  return enTagger;
}

export function loadCommonWords(language: DiscoveryLanguage): Promise<CommonWords> {
  if (language === 'zh') return (zhCommon ??= import('./data/zh-common').then((m) => parseCommonWords(m.ZH_COMMON)));
  return (enCommon ??= import('./data/en-common').then((m) => parseCommonWords(m.EN_COMMON, m.EN_COMMON_NAMES)));
}

/** Everything the pipeline of `language` needs. */
export async function loadDiscoveryResources(language: DiscoveryLanguage, options: ResourceOptions = {}): Promise<DiscoveryResources> {
  if (language === 'zh') {
    const [zh, common, en] = await Promise.all([loadChineseTagger(options), loadCommonWords('zh'), loadCommonWords('en')]);
    return resourcesFrom('zh', { zhTagger: zh, zhCommon: common, enCommon: en });
  }
  const [en, common] = await Promise.all([loadEnglishTagger(), loadCommonWords('en')]);
  return resourcesFrom('en', { enTagger: en, enCommon: common });
}
