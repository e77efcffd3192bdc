/**
 * The e2e tests' `test` and `expect`. Every browser context a test opens (its own, or the default
 * `page`'s) is watched: a request to any origin other than this machine fails the test. The app must
 * never load anything from another origin, in any journey.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isForeign(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return false;
    return !LOCAL_HOSTS.has(u.hostname);
  } catch {
    return true;
  }
}

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ browser, context }, use) => {
      const seen: string[] = [];
      const watch = (c: BrowserContext) => c.on('request', (r) => { if (isForeign(r.url())) seen.push(r.url()); });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const c = await newContext(options);
        watch(c);
        return c;
      };
      await use(seen);
      browser.newContext = newContext;
      expect(seen, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page, Browser, BrowserContext, BrowserContextOptions, Locator } from '@playwright/test';
