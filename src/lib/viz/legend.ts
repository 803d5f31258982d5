/**
 * Legend entries for communities: each community named by its two or three most-mentioned concepts in the
 * current view, in the community's colour. Pure.
 */
import type { SerializedNode } from '$lib/core/contract/types';
import { labelText } from './labels';
import type { LabelLanguage } from './measures';
import { communityColour } from './palette';

export interface CommunityLegendEntry {
  community: number;
  colour: string;
  /** Short: "规模化 · 算力". */
  label: string;
  /** Long: all members count. */
  title: string;
  size: number;
}

export function communityLegend(nodes: readonly SerializedNode[], lang: LabelLanguage, top = 2): CommunityLegendEntry[] {
  const by = new Map<number, SerializedNode[]>();
  for (const n of nodes) {
    const c = n.attributes.community;
    if (!by.has(c)) by.set(c, []);
    by.get(c)!.push(n);
  }
  return [...by]
    .sort((a, b) => a[0] - b[0])
    .map(([community, members]) => {
      const ranked = [...members].sort((a, b) => b.attributes.passageCount - a.attributes.passageCount || (a.key < b.key ? -1 : 1));
      const names = ranked.slice(0, top).map((n) => labelText(n.attributes.label, lang === 'en' ? 'en' : 'zh'));
      return {
        community,
        colour: communityColour(community),
        label: names.join(' · ') + (members.length > top ? ' …' : ''),
        title: `Community ${community + 1}, ${members.length} concepts: ${ranked.map((n) => labelText(n.attributes.label, lang === 'en' ? 'en' : 'zh')).join(', ')}`,
        size: members.length
      };
    });
}
