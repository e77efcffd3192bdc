import { expect, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import type { CaseFile } from '../../src/rules';
import { actualEvents, downloadCalendarFile, expectedEvents, pinToday } from './helpers/calendar';

const TODAY = '2026-11-24';

const CASE: CaseFile = {
  format: 'ceac-case',
  version: 2,
  visaClass: 'H-1B',
  petition: { status: 'approved', validUntil: '2027-03-01' },
  application: { kind: 'interview', date: '2026-09-01', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
  ceacHistory: [{ seenOn: '2026-09-01', status: 'Refused', lastUpdated: '2026-09-01' }],
  refusal: { refusedOn: '2026-09-01', grounds: ['221g'], requests: ['documents'] },
};

async function importCase(page: import('@playwright/test').Page, cf: CaseFile) {
  await page.getByLabel('Import case file (JSON)').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cf)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/refusal|processing|approved|decision/i);
}

for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
  test(`the calendar file holds every milestone of the assessment, all-day, in ${timezoneId}`, async ({ browser }) => {
    const context = await browser.newContext({ timezoneId, acceptDownloads: true });
    const page = await context.newPage();
    await pinToday(page, TODAY);
    await page.goto('/');
    await importCase(page, CASE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Likely temporary refusal');

    const file = await downloadCalendarFile(page, { includeLink: true });
    expect(file.fileName).toBe('visa-case-dates.ics');
    expect(file.problems).toEqual([]);
    const expected = expectedEvents(CASE, TODAY);
    expect(expected.length).toBeGreaterThanOrEqual(2); // documents_due and petition_expires
    expect(actualEvents(file.calendar)).toEqual(expected);
    expect(file.text).toContain('DTSTART;VALUE=DATE:20270901');
    expect(file.text).toMatch(/#v2\./); // the case link, because the box was ticked
    await context.close();
  });
}

test('axe: zero violations with the timeline shown', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await pinToday(page, TODAY);
  await page.goto('/');
  await importCase(page, { ...CASE, refusal: { ...CASE.refusal, respondedOn: '2026-09-10' } });
  await expect(page.getByRole('img', { name: /Your case on a timeline/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await context.close();
});
