/**
 * Honesty checks for the bundled, hand-curated concept catalog
 * (data/concepts/econtalk-dwarkesh-scaling-era.concepts.json) against the bundled transcript.
 *
 * It checks the catalog's shape, its cross-entry rules (unique ids, existing acyclic `broader`, no alias claimed
 * twice) and that every literal alias really occurs in the transcript prose. It reads files with `fs` and must not
 * depend on the pipeline (parse / match): the occurrence rule is re-stated here in its simplest form.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateCatalogShape } from '$lib/core/contract/schema';
import { KNOWN_KINDS, type Alias, type Catalog, type CatalogConcept } from '$lib/core/contract/types';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const CATALOG_PATH = root('data/concepts/econtalk-dwarkesh-scaling-era.concepts.json');
const TRANSCRIPT_PATH = root('data/transcripts/econtalk-dwarkesh-scaling-era.zh.md');

const REQUIRED_IDS = ['scaling', 'transformer', 'moravec-paradox', 'hive-mind', 'agi'] as const;

const raw: unknown = JSON.parse(readFileSync(CATALOG_PATH, 'utf8'));

/**
 * The transcript as passage text: BOM removed, CRLF/CR turned into LF, and speaker-label lines such as
 * `**Russ (主持人):**` or `**旁白:**` dropped (the parser turns them into speakers, not passage text).
 */
const prose = readFileSync(TRANSCRIPT_PATH, 'utf8')
  .replace(/^\uFEFF/, '')
  .replace(/\r\n?/g, '\n')
  .split('\n')
  .filter((line) => !/^\*\*[^*\n]+[:：]\*\*\s*$/.test(line))
  .join('\n');

const LATIN = /[A-Za-z0-9]/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Literal alias rule: Latin/digit aliases case-insensitively on Latin word boundaries, CJK as a substring. */
function occurrences(alias: string, text: string): number {
  if (LATIN.test(alias)) {
    const re = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(alias)}(?![A-Za-z0-9])`, 'giu');
    return [...text.matchAll(re)].length;
  }
  let n = 0;
  for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + 1)) n++;
  return n;
}

function aliasOccurs(alias: Alias, text: string): boolean {
  if (typeof alias === 'string') return occurrences(alias, text) > 0;
  if ('text' in alias) return occurrences(alias.text, text) > 0;
  const flags = new Set([...(alias.flags ?? 'iu'), 'g']);
  return new RegExp(alias.regex, [...flags].join('')).test(text);
}

const literals = (c: CatalogConcept): string[] => c.aliases.filter((a): a is string => typeof a === 'string');

describe('bundled catalog: shape', () => {
  it('passes validateCatalogShape', () => {
    const result = validateCatalogShape(raw);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('bundled catalog: cross-entry rules', () => {
  const result = validateCatalogShape(raw);
  if (!result.ok) throw new Error(`catalog shape is invalid: ${JSON.stringify(result.problems)}`);
  const catalog: Catalog = result.value;
  const byId = new Map(catalog.concepts.map((c) => [c.id, c]));

  it('has at least 40 concepts', () => {
    expect(catalog.concepts.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dupes = catalog.concepts.map((c) => c.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(dupes).toEqual([]);
  });

  it.each(REQUIRED_IDS)('contains the required concept "%s"', (id) => {
    expect(byId.has(id)).toBe(true);
  });

  it('uses only the known kinds', () => {
    const unknown = catalog.concepts.filter((c) => !(KNOWN_KINDS as readonly string[]).includes(c.kind ?? 'concept'));
    expect(unknown.map((c) => `${c.id}: ${c.kind}`)).toEqual([]);
  });

  it('gives every concept a bilingual label and description', () => {
    const missing = catalog.concepts
      .filter((c) => !c.label.zh || !c.label.en || !c.description?.zh || !c.description?.en)
      .map((c) => c.id);
    expect(missing).toEqual([]);
  });

  it('points every broader at an existing other concept', () => {
    const bad = catalog.concepts
      .filter((c) => c.broader !== undefined && (c.broader === c.id || !byId.has(c.broader)))
      .map((c) => `${c.id} -> ${c.broader}`);
    expect(bad).toEqual([]);
  });

  it('has no cycle through broader', () => {
    const cycles: string[] = [];
    for (const start of catalog.concepts) {
      const path = [start.id];
      for (let cur = start.broader; cur !== undefined; cur = byId.get(cur)?.broader) {
        if (path.includes(cur)) {
          cycles.push([...path, cur].join(' -> '));
          break;
        }
        path.push(cur);
      }
    }
    expect(cycles).toEqual([]);
  });

  it('lets no literal alias be claimed twice (case-insensitively), within or across concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of catalog.concepts)
      for (const alias of literals(c)) {
        const key = alias.toLowerCase();
        const prev = owner.get(key);
        if (prev !== undefined) clashes.push(`"${alias}": ${prev} and ${c.id}`);
        else owner.set(key, c.id);
      }
    expect(clashes).toEqual([]);
  });
});

describe('bundled catalog: every alias occurs in the transcript prose', () => {
  const catalog = raw as Catalog;

  it('strips the speaker labels but keeps the prose', () => {
    expect(prose).not.toMatch(/^\*\*Russ \(主持人\):\*\*$/m);
    expect(occurrences('EconTalk', prose)).toBeGreaterThan(0);
  });

  it.each(catalog.concepts.map((c) => [c.id, c] as const))('%s: all its aliases occur', (_id, concept) => {
    const missing = concept.aliases.filter((a) => !aliasOccurs(a, prose));
    expect(missing).toEqual([]);
  });

  it.each(REQUIRED_IDS)('required concept "%s" has at least one alias in the transcript', (id) => {
    const concept = catalog.concepts.find((c) => c.id === id);
    expect(concept?.aliases.some((a) => aliasOccurs(a, prose))).toBe(true);
  });
});

describe('the occurrence rule used above', () => {
  it.each([
    ['GPT-4', 'GPT-4.5发布了', 1],
    ['GPT-4', 'GPT-45', 0],
    ['Transformer', 'Transformer架构', 1],
    ['transformer', 'Transformers', 0],
    ['01', '像01和03这样', 1],
    ['01', '2019-2025', 0],
    ['扩展', '推理扩展和扩展', 2],
    ['AI', 'AGI和AI', 1]
  ] as const)('occurrences(%j, %j) = %i', (alias, text, expected) => {
    expect(occurrences(alias, text)).toBe(expected);
  });
});
