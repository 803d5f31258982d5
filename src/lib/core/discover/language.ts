/**
 * Which pipeline a document needs: Chinese when Han characters make up at least a fifth of its letters
 * (counting a Latin word as one letter-equivalent per two characters, so English names inside Chinese text do
 * not tip it), else English. Pure.
 */
import type { DiscoveryLanguage } from './types';

export function detectLanguage(text: string): DiscoveryLanguage {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2ebef)) han++;
    else if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) latin++;
  }
  return han > 0 && han >= (han + latin / 2) / 5 ? 'zh' : 'en';
}
