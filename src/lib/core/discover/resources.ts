/**
 * Loads what a language pipeline needs, lazily and only for that language: jieba-wasm (about 4 MB of WASM with
 * its dictionary) only for Chinese text, wink-nlp with its English model only for English, and the common-word
 * lists. Uses dynamic `import()` only, no `node:` modules, so the same code runs in Node (jieba's Node build
 * loads its WASM from node_modules by itself), vitest and a bundled Web Worker (jieba's web build is
 * initialised with `jiebaWasm`: a URL, a Response or the bytes of jieba_rs_wasm_bg.wasm).
 */
import { parseCommonWords } from './frequency';
import type { ChineseTagger, CommonWords, DiscoveryLanguage, DiscoveryResources, EnglishTagger } from './types';

export interface ResourceOptions {
  /** Browser only: where jieba-wasm's .wasm file is (default: beside the bundled module, jieba's own default). */
  jiebaWasm?: URL | string | Response | BufferSource;
}

interface JiebaModule {
  default?: unknown;
  tag: (text: string, hmm?: boolean) => { word: string; tag: string }[];
}

let zhTagger: Promise<ChineseTagger> | null = null;
let enTagger: Promise<EnglishTagger> | null = null;
let zhCommon: Promise<CommonWords> | null = null;
let enCommon: Promise<CommonWords> | null = null;

export function loadChineseTagger(options: ResourceOptions = {}): Promise<ChineseTagger> {
  zhTagger ??= (async () => {
    const mod = (await import('jieba-wasm')) as unknown as JiebaModule;
    // The web build exports an async initialiser as default; the Node build initialises itself.
    if (typeof mod.default === 'function') {
      const init = mod.default as (arg?: { module_or_path: unknown }) => Promise<unknown>;
      await init(options.jiebaWasm === undefined ? undefined : { module_or_path: options.jiebaWasm });
    }
    const tag = typeof mod.tag === 'function' ? mod.tag : (mod.default as JiebaModule).tag;
    // jieba builds its dictionary on the first call (about 1-2 s): pay it while loading, not in the first passage.
    tag('预热', true);
    return (text: string) => tag(text, true);
  })();
  return zhTagger;
}

export function loadEnglishTagger(): Promise<EnglishTagger> {
  enTagger ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
    const nlp = winkNLP(model, ['sbd', 'pos']);
    const its = nlp.its;
    return (text: string) => {
      const out: { word: string; pos: string; lemma: string }[] = [];
      nlp.readDoc(text)
        .tokens()
        .each((t) => {
          out.push({ word: t.out(), pos: t.out(its.pos) as string, lemma: t.out(its.lemma) as string });
        });
      return out;
    };
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
    return { language, zhTagger: zh, common, enCommon: en };
  }
  const [en, common] = await Promise.all([loadEnglishTagger(), loadCommonWords('en')]);
  return { language, enTagger: en, common, enCommon: common };
}
