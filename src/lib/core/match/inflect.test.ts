/**
 * English plurals of Latin aliases: the rules (table), and what the matcher makes of them ("chip" finds "chips",
 * before: 38 of 53 mentions missed), with the per-alias and catalog-level switches.
 */
import { describe, expect, it } from 'vitest';
import type { Alias, Catalog } from '../contract/types';
import { compileMatcher, findMentions } from './index';
import { englishPlurals } from './inflect';

describe('englishPlurals', () => {
  it.each<[string, string[]]>([
    ['chip', ['chips']],
    ['robot', ['robots']],
    ['scaling law', ['scaling laws']],
    ['large language model', ['large language models']],
    ['GPU', ['GPUs']],
    ['AI', ['AIs']],
    ['company', ['companies']],
    ['key', ['keys']],
    ['box', ['boxes']],
    ['bus', ['buses']],
    ['search', ['searches']],
    ['leaf', ['leafs', 'leaves']],
    ['knife', ['knives']],
    ['Go', ['Gos']],
    ['person', ['people', 'persons']],
    ['analysis', ['analyses']],
    ['GPT-4', []],
    ['C++', []],
    ['推理扩展', []],
    ['Transformer架构', []],
    ['X', []]
  ])('%s -> %j', (alias, plurals) => {
    expect(englishPlurals(alias)).toEqual(plurals);
  });
});

const found = (catalog: Catalog, text: string) => findMentions(compileMatcher(catalog), text).map((m) => `${m.concept}:${text.slice(m.start, m.end)}`);
const one = (aliases: Alias[], inflect?: boolean): Catalog => ({ ...(inflect === undefined ? {} : { inflect }), concepts: [{ id: 'c', label: { en: 'c' }, aliases }] });

describe('the matcher and plurals', () => {
  it('matches the plural by default, on word boundaries', () => {
    expect(found(one(['chip']), 'chips, a chip, chipset, Chips')).toEqual(['c:chips', 'c:chip', 'c:Chips']);
    expect(found(one(['robot']), 'robots and robotics')).toEqual(['c:robots']);
  });

  it('{"text", "exact": true} and "inflect": false match the form as written only', () => {
    expect(found(one([{ text: 'chip', exact: true }]), 'chips and a chip')).toEqual(['c:chip']);
    expect(found(one(['chip'], false), 'chips and a chip')).toEqual(['c:chip']);
    expect(found(one([{ text: 'chip', exact: false }], false), 'chips and a chip')).toEqual(['c:chips', 'c:chip']);
  });

  it('an explicit alias of another concept wins; a plural never conflicts', () => {
    const catalog: Catalog = {
      concepts: [
        { id: 'model', label: { en: 'model' }, aliases: ['model'] },
        { id: 'models-book', label: { en: 'Models' }, aliases: ['Models'] }
      ]
    };
    expect(found(catalog, 'models and a model')).toEqual(['models-book:models', 'model:model']);
  });
});
