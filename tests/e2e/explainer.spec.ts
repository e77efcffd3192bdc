/**
 * The whole journey in Debian's Chromium against the built site: five form journeys (one per
 * verdict), imports, axe on every step, keyboard only, no foreign requests, and time zones.
 */
import { expect, test, type Page } from './fixtures';
import { answerLetter, axe, BASE, cont, FIXED, h1, newPage, tabTo, typeHistory, type TypedLetter, type TypedStatus } from './helpers/page';




interface Journey {
  visaClass: string;
  petition: RegExp;
  kind: RegExp;
  date?: string;
  officer?: RegExp;
  passport: RegExp;
  history: TypedStatus[];
  letter?: TypedLetter;
  verdict: string;
}


async function complete(page: Page, j: Journey, check?: (where: string) => Promise<void>) {
  await check?.('visa step (empty)');
  await cont(page);
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await check?.('visa step with errors');
  await page.getByLabel('Visa class').selectOption(j.visaClass);
  await page.getByRole('group', { name: /What is happening with the petition/ }).getByRole('radio', { name: j.petition }).check();
  await cont(page);

  await expect(h1(page)).toHaveText('Interview');
  await page.getByRole('group', { name: 'How did you apply?' }).getByRole('radio', { name: j.kind }).check();
  if (j.date) await page.getByLabel(/Date of the interview or document drop-off/).fill(j.date);
  if (j.officer) await page.getByRole('group', { name: /What did the officer tell you/ }).getByRole('radio', { name: j.officer }).check();
  await page.getByRole('group', { name: /passport kept or given back/ }).getByRole('radio', { name: j.passport }).check();
  await check?.('interview step');
  await cont(page);

  await expect(h1(page)).toHaveText('CEAC status history');
  await typeHistory(page, j.history);
  await check?.('history step');
  await cont(page);

  await expect(h1(page)).toHaveText('Refusal letter');
  await answerLetter(page, j.letter);
  await check?.('letter step');
  await cont(page);

  await expect(h1(page)).toHaveText('Notes');
  await check?.('notes step');
  await cont(page);

  await expect(h1(page)).toHaveText('Check your answers');
  await check?.('check answers');
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(h1(page)).toHaveText(j.verdict);
}

const JOURNEYS: Journey[] = [
  {
    visaClass: 'H-1B', petition: /^Approved/, kind: /I had an interview/, date: '2026-09-01',
    officer: /That the visa was approved/, passport: /kept my passport/,
    history: [{ status: 'Refused', seen: '2026-09-03', updated: '2026-09-02' }, { status: 'Refused', seen: '2026-09-01' }],
    letter: { grounds: [/Section 221\(g\)/], slip: 'Blue' },
    verdict: 'Administrative processing',
  },
  {
    visaClass: 'L-1A', petition: /^Approved/, kind: /I dropped off documents/, date: '2026-08-15', passport: /I don't know/,
    history: [{ status: 'Refused', seen: '2026-08-20' }],
    letter: { grounds: [/Section 221\(g\)/], slip: 'White', requests: [/more documents/] },
    verdict: 'Likely temporary refusal',
  },
  {
    visaClass: 'O-1', petition: /^Approved/, kind: /I had an interview/, date: '2026-07-01',
    officer: /That the visa was refused/, passport: /given back/,
    history: [{ status: 'Refused', seen: '2026-07-02' }],
    letter: { grounds: [/Section 214\(b\)/], slip: 'Pink' },
    verdict: 'Final refusal',
  },
  {
    visaClass: 'H-4', petition: /^Approved/, kind: /I had an interview/, date: '2026-10-01',
    officer: /That the visa was approved/, passport: /kept my passport/,
    history: [{ status: 'Refused', seen: '2026-10-01' }, { status: 'Issued', seen: '2026-10-08', updated: '2026-10-07' }],
    verdict: 'Visa approved',
  },
  {
    visaClass: 'R-1', petition: /I don't know/, kind: /I had an interview/,
    officer: /Nothing clear/, passport: /I don't know/,
    history: [{ status: 'Application Received', seen: '2026-11-10' }],
    verdict: 'No decision yet',
  },
];

test.describe('form journeys, one per verdict', () => {
  for (const j of JOURNEYS) {
    test(`${j.verdict} (${j.visaClass})`, async ({ browser }) => {
      const page = await newPage(browser);
      await complete(page, j);
      await expect(page.getByText(/confidence:/).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
      await expect(page.getByText('Not legal advice.')).toBeVisible();
      await expect(page.getByText(/Rules last reviewed on \d+ \w{3} \d{4}/)).toBeVisible();
      // the case survives a reload
      await page.reload();
      await expect(h1(page)).toHaveText(j.verdict);
      await page.context().close();
    });
  }
});

const IMPORTS: Array<[string, object, string]> = [
  ['revoked petition', { petition: { status: 'revoked' }, ceacHistory: [{ seenOn: '2026-06-10', status: 'Refused' }] }, 'Final refusal'],
  ['petition sent back to USCIS', { petition: { status: 'returned_to_uscis' }, ceacHistory: [{ seenOn: '2026-06-10', status: 'Refused' }] }, 'Likely temporary refusal'],
  ['Administrative Processing status', { ceacHistory: [{ seenOn: '2026-06-10', status: 'Administrative Processing' }] }, 'Administrative processing'],
  ['deadline passed (R4)', { ceacHistory: [{ seenOn: '2025-06-10', status: 'Refused' }], application: { kind: 'interview', date: '2025-06-10' }, refusal: { grounds: ['221g'], requests: ['documents'] } }, 'Final refusal'],
];

test.describe('importing case files', () => {
  for (const [name, over, verdict] of IMPORTS) {
    test(`${name} → ${verdict}`, async ({ browser }) => {
      const page = await newPage(browser);
      const cf = { format: 'ceac-case', version: 1, visaClass: 'H-1B', petition: { status: 'approved' }, application: { kind: 'interview', date: '2026-06-09' }, ceacHistory: [], ...over };
      await page.getByLabel('Import case file (JSON)').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cf)) });
      await expect(h1(page)).toHaveText(verdict);
      await page.context().close();
    });
  }

  test('a bad file is explained and the case is kept; export downloads the case', async ({ browser }) => {
    const page = await newPage(browser);
    await page.getByLabel('Visa class').selectOption('L-2');
    await page.getByLabel('Import case file (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ceac-case","version":1}') });
    await expect(page.getByRole('alert')).toContainText('The file could not be imported');
    await expect(page.getByLabel('Visa class')).toHaveValue('L-2');
    await page.getByRole('group', { name: /What is happening with the petition/ }).getByRole('radio', { name: /^Approved/ }).check();
    await cont(page);
    await page.getByRole('group', { name: 'How did you apply?' }).getByRole('radio', { name: /I had an interview/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export case file (JSON)' }).click()]);
    const text = await (await download.createReadStream()).toArray();
    const cf = JSON.parse(Buffer.concat(text).toString('utf8'));
    expect(cf).toMatchObject({ format: 'ceac-case', version: 2, visaClass: 'L-2', application: { kind: 'interview' } }); // exports are version 2
    await page.context().close();
  });
});

test('axe: zero WCAG 2.2 AA violations on every step and on the assessment page', async ({ browser }) => {
  // Ten full axe scans: about 25 s on a quiet 2-core machine, more on a busy one.
  test.slow();
  const page = await newPage(browser);
  await complete(page, JOURNEYS[0]!, (where) => axe(page, where));
  await axe(page, 'assessment page');
  for (const summary of await page.locator('summary').all()) await summary.click();
  await axe(page, 'assessment page with details open');
  // the history editor in its "change" state, and the letter step with errors
  await page.goto(`${BASE}/?step=history`);
  await page.getByRole('button', { name: /^Change status 1/ }).click();
  await axe(page, 'history step, changing an entry');
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe(page, 'history step, dark scheme');
  await page.goto(`${BASE}/?step=result`);
  await expect(h1(page)).toHaveText('Administrative processing');
  await axe(page, 'assessment page, dark scheme');
  await page.context().close();
});

test('usable at 320 px wide', async ({ browser }) => {
  const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  await complete(page, JOURNEYS[1]!);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.context().close();
});

test('keyboard only: a whole journey', async ({ browser }) => {
  const page = await newPage(browser);
  const k = page.keyboard;
  await tabTo(page, 'visaClass');
  await k.type('H-1B');
  await tabTo(page, 'petitionStatus');
  await k.press('Space');
  await tabTo(page, 'Continue');
  await k.press('Enter');

  await expect(h1(page)).toHaveText('Interview');
  await expect(h1(page)).toBeFocused();
  await tabTo(page, 'appKind');
  await k.press('Space');
  await tabTo(page, 'appDate');
  await k.type('09012026');
  await tabTo(page, 'officerSaid');
  await k.press('Space');
  await tabTo(page, 'passport');
  await k.press('Space');
  await tabTo(page, 'Continue');
  await k.press('Enter');

  await expect(h1(page)).toHaveText('CEAC status history');
  await tabTo(page, 'entry-status');
  await k.type('Refused');
  await tabTo(page, 'entry-seenOn');
  await k.type('09022026');
  await tabTo(page, 'Add this status');
  await k.press('Enter');
  await tabTo(page, 'Continue');
  await k.press('Enter');

  await expect(h1(page)).toHaveText('Refusal letter');
  await tabTo(page, 'hasLetter');
  await k.press('Space');
  await tabTo(page, 'grounds');
  await k.press('Space');
  await tabTo(page, 'slipColor');
  await k.press('Space');
  await tabTo(page, 'requests-requestsNothing'); // "Nothing: the letter asks for nothing"
  await k.press('Space');
  await tabTo(page, 'Continue');
  await k.press('Enter');

  await expect(h1(page)).toHaveText('Notes');
  await tabTo(page, 'Continue');
  await k.press('Enter');
  await expect(h1(page)).toHaveText('Check your answers');
  await expect(page.getByText('1 Sep 2026')).toBeVisible();
  await tabTo(page, 'See the result');
  await k.press('Enter');
  await expect(h1(page)).toHaveText('Administrative processing');
  await page.context().close();
});

test('no request to any other origin, ever', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${BASE}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.clock.setFixedTime(FIXED);
  await page.goto(`${BASE}/`);
  await complete(page, JOURNEYS[2]!);
  for (const summary of await page.locator('summary').all()) await summary.click();
  await page.reload();
  await expect(h1(page)).toHaveText('Final refusal');
  expect(foreign).toEqual([]);
  await context.close();
});

test('the same dates in Kiritimati (UTC+14) and Los Angeles (UTC-8)', async ({ browser }) => {
  const texts: string[] = [];
  for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
    const page = await newPage(browser, { timezoneId });
    await complete(page, JOURNEYS[0]!);
    await expect(page.getByText('Worked out for 20 Nov 2026, from the answers you gave.')).toBeVisible();
    const dates = page.getByRole('region', { name: 'Dates' });
    // Version 2 has no day-60 "typical" date (it rested on 2011-era embassy pages).
    await expect(dates.getByRole('row', { name: /Day 60/ })).toHaveCount(0);
    await expect(dates.getByRole('row', { name: /Day 180/ })).toContainText('28 Feb 2027');
    texts.push(await dates.innerText());
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    texts.push(await page.locator('main form').innerText());
    await page.context().close();
  }
  expect(texts[2]).toBe(texts[0]);
  expect(texts[3]).toBe(texts[1]);
  expect(texts[1]).toContain('1 Sep 2026');
});
