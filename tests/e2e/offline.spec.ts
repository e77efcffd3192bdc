/**
 * Offline: after the first visit the service worker serves the app with no server at all.
 * The test runs its own preview server and stops it, which is stricter than emulating offline.
 */
import { expect, test } from './fixtures';
import { encodeCaseLink } from '../../src/share';
import type { CaseFile } from '../../src/rules';
import { startPreview } from './servers';

const CASE: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01', officerSaid: 'approved', passport: 'kept' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
};

test('works offline after the first visit: reload, open a share link, get a verdict', async ({ browser }) => {
  const server = await startPreview(4191);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Wait until the service worker controls the page and has precached everything.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
      return reg.active?.state;
    });
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const link = await encodeCaseLink(CASE);
  await page.goto(`${server.url}${link}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Administrative processing' })).toBeVisible({ timeout: 10_000 });
  await context.close();
});

test('can be installed: the manifest names the app, its start URL and icons that load', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url()).href;
  const manifest = await (await page.request.get(manifestUrl)).json() as {
    name: string; short_name: string; start_url: string; display: string; icons: Array<{ src: string; sizes: string; type: string }>;
  };
  expect(manifest.name).toBe('Refusal explainer');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type'], icon.src).toContain(icon.type.split('+')[0]!);
  }
  const sw = await page.request.get(new URL('sw.js', page.url()).href);
  expect(sw.status()).toBe(200);
  expect(await sw.text()).toContain('PRECACHE');
});
