/**
 * Discovery resources for the CLI, loaded synchronously (the commands are synchronous): jieba-wasm's Node build
 * and wink-nlp are CommonJS packages that `require` loads from node_modules, the common-word lists are plain
 * modules. Only the language the transcript needs is loaded.
 */
import { createRequire } from 'node:module';
import { EN_COMMON, EN_COMMON_NAMES } from '../lib/core/discover/data/en-common';
import { ZH_COMMON } from '../lib/core/discover/data/zh-common';
import { parseCommonWords } from '../lib/core/discover/frequency';
import { chineseTaggerFrom, englishTaggerFrom, resourcesFrom, type JiebaModule, type WinkNlp } from '../lib/core/discover/resources';
import type { DiscoveryLanguage, DiscoveryResources } from '../lib/core/discover/types';

const require = createRequire(import.meta.url);

export function loadResourcesSync(language: DiscoveryLanguage): DiscoveryResources {
  const enCommon = parseCommonWords(EN_COMMON, EN_COMMON_NAMES);
  if (language === 'zh') {
    const jieba = require('jieba-wasm') as JiebaModule;
    return resourcesFrom('zh', { zhTagger: chineseTaggerFrom(jieba), zhCommon: parseCommonWords(ZH_COMMON), enCommon });
  }
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
  const model = require('wink-eng-lite-web-model') as unknown;
  return resourcesFrom('en', { enTagger: englishTaggerFrom(winkNLP(model, ['sbd', 'pos'])), enCommon });
}
