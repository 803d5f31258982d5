// Recent projects: which entries stay (newest first, one per name, the limit), and the store degrading quietly
// where there is no IndexedDB (Node). The store itself runs in Chromium: tests/e2e/open-project.spec.ts.
import { describe, expect, it } from 'vitest';
import { forgetAll, keepRecent, listRecent, loadRecent, rememberProject, type RecentProject } from './recent';

const entry = (name: string, savedAt: number): RecentProject => ({ name, title: name.toUpperCase(), savedAt, concepts: 3, text: '{}' });

describe('recent projects', () => {
  it('keeps the newest, one per name, at most the limit', () => {
    const list = [entry('a', 3), entry('b', 2), entry('c', 1)];
    expect(keepRecent(list, entry('b', 9)).keep.map((e) => e.name)).toEqual(['b', 'a', 'c']);
    const r = keepRecent(list, entry('d', 4), 3);
    expect(r.keep.map((e) => e.name)).toEqual(['d', 'a', 'b']);
    expect(r.drop).toEqual(['c']);
  });
  it('without IndexedDB remembers nothing and never throws', async () => {
    await rememberProject(entry('a', 1));
    expect(await listRecent()).toEqual([]);
    expect(await loadRecent('a')).toBeNull();
    await expect(forgetAll()).resolves.toBeUndefined();
  });
});
