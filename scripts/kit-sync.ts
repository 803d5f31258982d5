// `svelte-kit sync` when a checkout has never been synced: right after `npm ci` there is no .svelte-kit/ and
// tsconfig.json extends its tsconfig, so any `vite build` (scripts/build-site.ts, the page bench's sites) fails with
// "Tsconfig not found". Used by every script that builds the site; harmless when already synced.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `svelte-kit sync` in `root` unless `.svelte-kit/tsconfig.json` exists; the exit status (0 = ready). */
export function ensureSynced(root: string, stdio: 'pipe' | 'inherit'): number {
  if (existsSync(join(root, '.svelte-kit', 'tsconfig.json'))) return 0;
  const env = { ...process.env };
  delete env.TOPICGRAPH_KIT_DIR; // sync the default kit folder, the one tsconfig.json extends
  return spawnSync(process.execPath, [join(root, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], { cwd: root, stdio, env }).status ?? 1;
}
