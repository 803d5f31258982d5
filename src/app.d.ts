// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /** The transcript's language, for the page's <html lang> (src/hooks.server.ts). */
      lang?: 'zh' | 'en';
    }
  }
}
export {};
