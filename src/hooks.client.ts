// Client hooks. `init` runs before SvelteKit hydrates the prerendered page: it lets the browser paint that HTML
// first (the graph is already drawn in it, from the build-time positions), so the first paint does not wait for
// hydration's script work. Hidden pages (no frames) and slow frames do not hold hydration back: 100 ms at most.
import type { ClientInit } from '@sveltejs/kit';

export const init: ClientInit = () =>
  new Promise<void>((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0)
    );
  });
