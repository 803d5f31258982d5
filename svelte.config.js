// SvelteKit configuration: a fully static, prerendered site (adapter-static).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
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
