import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Two vitest projects. `unit` (npm run test:unit): pure code, the CLI in-process, small fixtures and the bundled
// transcript where it is quick. `integration` (npm run test:integration): what spawns processes, builds sites,
// drives Chromium or runs the bench harness. Both share the setup below: every fast-check property is seeded
// (tests/support/fc.ts) and every test must assert something.
export default defineConfig({
  plugins: [sveltekit()],
  // ES module workers (they are created with type: 'module'): the build worker loads discovery's language tools
  // (jieba-wasm, wink-nlp and its model, the common-word lists) as separate chunks, only for the language at hand
  worker: { format: 'es' },
  test: {
    environment: 'node',
    setupFiles: ['tests/support/fc.ts'],
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // One module registry per worker instead of one per file: the import cost is paid once (halves the
          // tier's CPU time). Unit tests must not rely on module state: no vi.mock (vi.doMock + vi.resetModules
          // inside the test instead), restore every spy, never mutate an imported fixture.
          isolate: false,
          testTimeout: 30_000
        }
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000
        }
      }
    ]
  }
});
