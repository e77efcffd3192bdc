/**
 * The built page's Content-Security-Policy holds: no violation in a whole journey, script-like
 * notes stay inert text, and nothing is requested from another origin.
 */
import { expect, test, type Page } from './fixtures';
import { encodeCaseLink } from '../../src/share';
import type { CaseFile } from '../../src/rules';

const NASTY = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned = 3">click</a>',
  '"><svg onload="window.__pwned = 4">',
].join('\n');

const CASE: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01', post: '<b onmouseover="window.__pwned=5">Chennai</b>' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
  refusal: { grounds: ['221g'], requests: [] },
  notes: NASTY,
};

async function watch(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(r.url());
  });
  return foreign;
}

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img, main svg[onload], main a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
}

test('the built page carries the CSP and raises no violation; imported script-like notes are inert text', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = await watch(page);
  const response = await page.goto('/');
  const html = await response!.text();
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  expect(html).toMatch(/default-src 'self'/);
  expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  await page.getByLabel('Import case file (JSON)').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(CASE)) });
  await expect(page.getByRole('heading', { level: 1, name: 'Administrative processing' })).toBeVisible();
  await expect(page.getByText('<script>window.__pwned = 1</script>')).toBeVisible();
  await page.getByText('<img src=x onerror', { exact: false }).hover();
  await expectInert(page);
  expect(foreign).toEqual([]);
  await context.close();
});

test('script-like notes in a share link are inert text', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = await watch(page);
  await page.goto(`/${await encodeCaseLink(CASE)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Administrative processing' })).toBeVisible();
  await expect(page.getByText('<script>window.__pwned = 1</script>')).toBeVisible();
  await expectInert(page);
  expect(foreign).toEqual([]);
  await context.close();
});
