/**
 * Offline: after the first visit the service worker serves the app with no server at all.
 * The test runs its own preview server and stops it, which is stricter than emulating offline.
 */
import { expect, test } from './fixtures';
import { encodeCaseLink } from '../../src/share';
import type { CaseFile } from '../../src/rules';
import { startPreview } from './servers';

const CASE: CaseFile = {
  format: 'ceac-case', version: 1, visaClass: 'H-1B',
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
