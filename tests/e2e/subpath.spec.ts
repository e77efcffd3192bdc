/** The built site works when served from a sub-path, as on many static hosts. */
import { expect, test } from './fixtures';
import { startPreview } from './servers';

test('the built site works from /refusal-explainer/', async ({ browser }) => {
  const server = await startPreview(4192, '/refusal-explainer/');
  const context = await browser.newContext();
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByLabel('Import case file (JSON)').setInputFiles({
      name: 'case.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({
        format: 'ceac-case', version: 1, visaClass: 'H-1B', petition: { status: 'approved' },
        application: { kind: 'interview' }, ceacHistory: [{ seenOn: '2026-09-02', status: 'Issued' }],
      })),
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Visa approved' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/refusal-explainer/');
    const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).status);
    expect(manifest).toBe(200);
    expect(failed).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});
