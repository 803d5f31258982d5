// SvelteKit configuration: a fully static, prerendered site (adapter-static).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Another transcript's site can be built beside the default one (scripts/build-site.ts): these variables point
// the build at another static folder (holding data/<name>.graph.json, the file TOPICGRAPH_GRAPH_FILE names; read by
// src/routes/+page.server.ts), another output folder and another kit folder.
const assets = process.env.TOPICGRAPH_ASSETS_DIR ?? 'static';
const out = process.env.TOPICGRAPH_BUILD_DIR ?? 'build';
const kitDir = process.env.TOPICGRAPH_KIT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    outDir: kitDir,
    // The stylesheet (about 15 KB) goes in the HTML: a render-blocking request less before the first paint, which
    // measured 150-200 ms on a 2-core machine where the browser's network and renderer processes share the cores.
    inlineStyleThreshold: 65536,
    files: { assets },
    adapter: adapter({ pages: out, assets: out, fallback: undefined, precompress: false, strict: true }),
    prerender: {
      // A missing graph file must not stop the build: the page is prerendered with its error message
      // (src/lib/session/prerender.ts), which says how to rebuild. Any other broken link still fails the build.
      handleHttpError: ({ path, status, message }) => {
        if (path.endsWith('.graph.json')) {
          console.warn(`warning: ${path} answered ${status} during prerender; the page will show the error. Run \`npm run graph\` first.`);
          return;
        }
        throw new Error(message);
      }
    },
    // Content-Security-Policy as a <meta> tag in every prerendered page: scripts only from this site (inline
    // bootstrap scripts allowed by hash, never 'unsafe-inline'); no plugins, no remote anything.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['none']
      }
    },
    typescript: {
      config: (tsconfig) => {
        // Type-check the CLI, scripts, benches and tests too (svelte-check skips them otherwise).
        tsconfig.include.push('../src/cli/**/*.ts', '../scripts/**/*.ts', '../bench/**/*.ts', '../tests/**/*.ts', '../playwright.config.ts');
        return tsconfig;
      }
    }
  }
};

export default config;
