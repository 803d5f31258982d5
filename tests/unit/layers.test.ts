/**
 * The layers stay one-way: the pure core (src/lib/core) imports nothing from Node, Svelte, SvelteKit or the rest of
 * the app and leaves its folder only for packages; the hosts (engine, session) never import the page's state or
 * components, and the render layers never import the explorer's state. The type-level half of the rule (no DOM or Node globals in the core) is `tsc -p tsconfig.core.json`,
 * which `npm run check` runs against the WebWorker library only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|svelte)$/.test(e.name) && !/\.test\.ts$/.test(e.name) && !/\.manual\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Import specifiers of a module: static, dynamic, re-exports and worker URLs. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|new URL\(\s*)(['"])([^'"\n]+)\1/g)) out.push(m[2]);
  return out;
}

const inside = (file: string, spec: string, folder: string) => !spec.startsWith('.') || resolve(dirname(file), spec).startsWith(folder + '/');

describe('layers', () => {
  it('the core imports no node:, svelte, $app or $lib module and stays in its folder', () => {
    const core = join(LIB, 'core');
    const bad = sources(core).flatMap((f) =>
      specifiers(f)
        .filter((s) => /^(node:|svelte|\$app|\$lib)/.test(s) || !inside(f, s, core))
        .map((s) => `${relative(ROOT, f)}: ${s}`)
    );
    expect(bad).toEqual([]);
  });

  it('the render layers (viz) and the image export never import the explorer state or the UI', () => {
    const bad = ['viz', 'export'].flatMap((layer) =>
      sources(join(LIB, layer)).flatMap((f) =>
        specifiers(f)
          .filter((s) => /\$lib\/(explorer|ui)\//.test(s) || (s.startsWith('.') && /\/lib\/(explorer|ui)\//.test(resolve(dirname(f), s))))
          .map((s) => `${relative(ROOT, f)}: ${s}`)
      )
    );
    expect(bad).toEqual([]);
  });

  it('engine and session never import the page state, components or routes', () => {
    const bad = ['engine', 'session'].flatMap((layer) =>
      sources(join(LIB, layer)).flatMap((f) =>
        specifiers(f)
          .filter((s) => /\$lib\/(state|ui|explorer)|\.svelte$|routes\//.test(s) || (s.startsWith('.') && /\/(state|ui|explorer|routes)\//.test(resolve(dirname(f), s) + '/')))
          .map((s) => `${relative(ROOT, f)}: ${s}`)
      )
    );
    expect(bad).toEqual([]);
  });
});
