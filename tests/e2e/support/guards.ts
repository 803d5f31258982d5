/**
 * E2E support: a Playwright `test` whose every page is watched for what hostile or broken data must never cause:
 * a JavaScript dialog (alert / confirm / prompt), a console error or warning, an uncaught exception, a
 * Content-Security-Policy violation, or a request to anything but 127.0.0.1 / localhost (plus data: and blob:).
 * The check runs after each test body; `allowConsole` lists console messages a spec expects (e.g. a 404).
 */
import { expect, test as base, type Page } from '@playwright/test';

export interface Watch {
  dialogs: string[];
  console: string[];
  errors: string[];
  requests: string[];
  csp: string[];
}

const LOCAL = /^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/;

/** Starts watching a page; call before navigating. */
export async function watch(page: Page, allowConsole: RegExp[] = []): Promise<Watch> {
  const w: Watch = { dialogs: [], console: [], errors: [], requests: [], csp: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !allowConsole.some((re) => re.test(m.text()))) w.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    if (!LOCAL.test(r.url())) w.requests.push(r.url());
  });
  await page.exposeFunction('__tgCspViolation', (v: string) => w.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __tgCspViolation(v: string): void }).__tgCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`);
    });
  });
  return w;
}

/** Everything the watch saw, for one toEqual. */
export function findings(w: Watch) {
  return { dialogs: w.dialogs, console: w.console, errors: w.errors, requests: w.requests, csp: w.csp };
}
export const CLEAN = { dialogs: [], console: [], errors: [], requests: [], csp: [] };

export const test = base.extend<{ allowConsole: RegExp[]; watched: Watch }>({
  allowConsole: [[], { option: true }],
  watched: [
    async ({ page, allowConsole }, use) => {
      const w = await watch(page, allowConsole);
      await use(w);
      // give late handlers (a queued onerror, a CSP report) a moment to arrive before judging
      await page.waitForTimeout(50).catch(() => {});
      expect(findings(w), 'no dialog, console error, page error, CSP violation or remote request').toEqual(CLEAN);
    },
    { auto: true }
  ]
});

export { expect };
