// SvelteKit configuration: a fully static, prerendered site (adapter-static).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
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
