/**
 * Case links and the printed memo in Debian's Chromium against the built site: a link for each
 * verdict opens read-only with the attorney's note; tampered and newer links explain themselves;
 * "Copy link" gives a link that opens in a fresh browser; the print layout has no buttons and fits
 * on one or two pages.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { axe, BASE, blankPage as newPage, h1, problemsOf } from './helpers/page';
import type { CaseFile } from '../../src/rules';
import { encodeCaseLink } from '../../src/share';

const NOTE =
  'Dear client,\nthe consulate kept your passport and asked for nothing more. This is the usual 221(g) hold. ' +
  'Please do not book travel yet; we will write as soon as CEAC changes. <b>Not bold</b>';

const base = (over: Partial<CaseFile>): CaseFile => ({
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01' },
  ceacHistory: [],
  notes: NOTE,
  ...over,
});

/** A typical case: every optional field filled, three status entries, a 221(g) letter, a note. */
const TYPICAL = base({
  petition: { status: 'approved', validUntil: '2027-09-30' },
  application: { kind: 'interview', date: '2026-09-01', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
  ceacHistory: [
    { seenOn: '2026-09-01', status: 'Refused', lastUpdated: '2026-09-01', message: 'refused_ap_text' },
    { seenOn: '2026-09-15', status: 'Refused', lastUpdated: '2026-09-14', message: 'refused_ap_text' },
    { seenOn: '2026-10-20', status: 'Refused', lastUpdated: '2026-10-19', message: 'refused_ap_text' },
  ],
  refusal: { refusedOn: '2026-09-01', grounds: ['221g'], slipColor: 'blue', requests: ['documents'], respondedOn: '2026-09-10' },
});

const VERDICTS: Array<[string, CaseFile]> = [
  ['Administrative processing', base({
    application: { kind: 'interview', date: '2026-09-01', officerSaid: '221g', passport: 'kept' },
    ceacHistory: [{ seenOn: '2026-09-01', status: 'Refused' }],
    refusal: { grounds: ['221g'], slipColor: 'blue', requests: [] },
  })],
  ['Likely temporary refusal', base({ ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }], refusal: { grounds: ['221g'], requests: ['documents'] } })],
  ['Final refusal', base({ visaClass: 'O-1', ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }], refusal: { grounds: ['214b'], requests: [] } })],
  ['Visa approved', base({ ceacHistory: [{ seenOn: '2026-09-05', status: 'Issued' }] })],
  ['No decision yet', base({ ceacHistory: [{ seenOn: '2026-08-20', status: 'Application Received' }] })],
];




/** Pages in a PDF: "/Type /Page" objects (not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? []).length;

test.describe('a link for each verdict opens read-only', () => {
  for (const [verdict, cf] of VERDICTS) {
    test(verdict, async ({ browser }) => {
      const page = await newPage(browser);
      await page.goto(`${BASE}/${await encodeCaseLink(cf)}`);
      await expect(h1(page)).toHaveText(verdict);
      await expect(page).toHaveTitle(new RegExp(`^${verdict}: the case in this link`));
      const note = page.getByRole('region', { name: 'Note from your attorney' });
      await expect(note.locator('p')).toHaveText(NOTE, { useInnerText: true });
      await expect(note.locator('b')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Edit these facts' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
      await expect(page.getByText('Not legal advice.')).toBeVisible();
      // nothing saved, and the link stays in the address bar
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(new URL(page.url()).hash).toBe(await encodeCaseLink(cf));
      await axe(page, `link page (${verdict})`);
      expect(problemsOf(page)).toEqual([]);
      await page.context().close();
    });
  }
});

test('a tampered link says so and offers a new case; the saved case is kept', async ({ browser }) => {
  const page = await newPage(browser);
  const good = await encodeCaseLink(TYPICAL);
  const tampered = good.slice(0, 30) + (good[30] === 'x' ? 'y' : 'x') + good.slice(31);
  await page.goto(`${BASE}/${tampered}`);
  await expect(h1(page)).toHaveText('This link could not be opened');
  await expect(page.getByText(/damaged|not valid|not a case/)).toBeVisible();
  await axe(page, 'broken link page');
  await page.getByRole('button', { name: 'Start a new case' }).click();
  await expect(h1(page)).toHaveText('Visa and petition');
  expect(new URL(page.url()).hash).toBe('');

  // with a case saved on this device: the way back to it, untouched
  await page.getByLabel('Visa class').selectOption('L-2');
  await page.goto(`${BASE}/${good.slice(0, 25)}`); // cut off
  await expect(h1(page)).toHaveText('This link could not be opened');
  await page.getByRole('button', { name: 'Go back to the case saved on this device' }).click();
  await expect(h1(page)).toHaveText('Visa and petition');
  await expect(page.getByLabel('Visa class')).toHaveValue('L-2');
  expect(problemsOf(page)).toEqual([]);
  await page.context().close();
});

test('a link from a newer version asks for a reload', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto(`${BASE}/#v3.${(await encodeCaseLink(TYPICAL)).slice(4)}`);
  await expect(h1(page)).toHaveText('This link could not be opened');
  await expect(page.getByText(/made by a newer version of the refusal explainer\. Reload the page/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  expect(problemsOf(page)).toEqual([]);
  await page.context().close();
});

test('Copy link on the result page gives a link that opens in a fresh browser', async ({ browser }) => {
  const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  // An attorney opens a colleague's link, edits it into their own case and shares it.
  await page.goto(`${BASE}/${await encodeCaseLink(TYPICAL)}`);
  await expect(h1(page)).toHaveText('Administrative processing');
  await page.getByRole('button', { name: 'Edit these facts' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('link', { name: /Change\s+visa class/i }).click();
  await page.getByLabel('Visa class').selectOption('L-1A');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(h1(page)).toHaveText('Administrative processing');

  await expect(page.getByText(/The link carries the case facts to wherever it is pasted/)).toBeVisible();
  const field = page.getByLabel('Link to this case', { exact: true });
  await expect(field).toHaveValue(/^http:\/\/127\.0\.0\.1:4173\/#v2\./);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/Link copied/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  // the address bar carries the same case, and a reload keeps the user's own page
  await expect.poll(() => new URL(page.url()).hash).toBe(new URL(copied).hash);
  await page.reload();
  await expect(h1(page)).toHaveText('Administrative processing');
  await expect(page.getByText('Your result')).toBeVisible();

  const fresh = await newPage(browser);
  await fresh.goto(copied);
  await expect(h1(fresh)).toHaveText('Administrative processing');
  await expect(fresh.getByRole('region', { name: 'Note from your attorney' })).toContainText('Dear client');
  await expect(fresh.getByText(/Prepared for you with this link/)).toBeVisible();
  await fresh.getByRole('button', { name: 'Edit these facts' }).click();
  await expect(h1(fresh)).toHaveText('Check your answers');
  await expect(fresh.getByText('L-1A')).toBeVisible();
  expect(problemsOf(page)).toEqual([]);
  expect(problemsOf(fresh)).toEqual([]);
  await fresh.context().close();
  await page.context().close();
});

test.describe('the printed memo', () => {
  test('a link page prints as a memo of one or two pages, without buttons', async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto(`${BASE}/${await encodeCaseLink(TYPICAL)}`);
    await expect(h1(page)).toHaveText('Administrative processing');
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Print or save as PDF', 'Edit these facts', 'Add these dates to my calendar']) {
      await expect(page.getByRole('button', { name })).toBeHidden();
    }
    await expect(page.locator('details')).toHaveCount(2);
    for (const d of await page.locator('details').all()) await expect(d).toBeHidden();
    await expect(page.getByText(/Prepared for you with this link/)).toBeHidden();
    await expect(page.getByRole('region', { name: 'Note from your attorney' })).toBeVisible();
    await expect(page.getByText('Printed on 20 Nov 2026.')).toBeVisible();
    await expect(page.getByText(/Rules last reviewed on 29 Nov 2026/)).toBeVisible();
    await expect(page.getByText('Not legal advice.')).toBeVisible();
    // citations written out, with their addresses
    const why = page.getByRole('region', { name: 'Why' });
    await expect(why.getByText(/Immigration and Nationality Act § 221\(g\).*https:\/\/www\.law\.cornell\.edu/).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Next steps' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dates' }).getByRole('table')).toBeVisible();
    if (process.env.MEMO_SCREENSHOTS) await page.screenshot({ path: `${process.env.MEMO_SCREENSHOTS}/memo-link.png`, fullPage: true });

    const pdf = await page.pdf({ format: 'Letter' });
    if (process.env.MEMO_SCREENSHOTS) writeFileSync(`${process.env.MEMO_SCREENSHOTS}/memo-link.pdf`, pdf);
    const letterPages = pdfPages(pdf);
    const a4Pages = pdfPages(await page.pdf({ format: 'A4' }));
    console.log(`memo (link page): ${letterPages} Letter page(s), ${a4Pages} A4 page(s)`);
    expect(letterPages).toBeGreaterThanOrEqual(1);
    expect(letterPages).toBeLessThanOrEqual(2);
    expect(a4Pages).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  // The longest pages of the new groups (a student with a start date, a DV case with its deadline, an
  // immigrant asked for documents): the memo must still end on page two, with the footer.
  const GROUP_MEMOS: Array<[string, CaseFile]> = [
    ['F-1 in processing, program start ahead', {
      format: 'ceac-case', version: 2, visaClass: 'F-1', program: { startDate: '2027-01-11' },
      application: { kind: 'interview', date: '2026-11-02', officerSaid: '221g_ap', passport: 'kept' },
      ceacHistory: [{ seenOn: '2026-11-03', status: 'Refused', lastUpdated: '2026-11-02' }],
      refusal: { refusedOn: '2026-11-02', grounds: ['221g'], slipColor: 'blue', requests: [] },
    }],
    ['J-1 in processing, program start ahead', {
      format: 'ceac-case', version: 2, visaClass: 'J-1', program: { startDate: '2027-01-11' },
      application: { kind: 'interview', date: '2026-11-02', officerSaid: '221g_ap', passport: 'kept' },
      ceacHistory: [{ seenOn: '2026-11-03', status: 'Refused', lastUpdated: '2026-11-02' }],
      refusal: { refusedOn: '2026-11-02', grounds: ['221g'], slipColor: 'blue', requests: [] },
    }],
    ['DV-2027 asked for documents', {
      format: 'ceac-case', version: 2, visaClass: 'DV', dv: { programYear: 2027 },
      application: { kind: 'interview', date: '2026-11-05', passport: 'kept' },
      ceacHistory: [{ seenOn: '2026-11-06', status: 'Refused' }],
      refusal: { refusedOn: '2026-11-05', grounds: ['221g'], requests: ['documents'] },
    }],
    ['IR-CR asked for documents', {
      format: 'ceac-case', version: 2, visaClass: 'IR-CR', petition: { status: 'approved' },
      application: { kind: 'interview', date: '2026-10-05', passport: 'returned' },
      ceacHistory: [{ seenOn: '2026-10-06', status: 'Refused' }],
      refusal: { refusedOn: '2026-10-05', grounds: ['221g'], requests: ['documents'] },
    }],
  ];
  for (const [name, cf] of GROUP_MEMOS) {
    test(`the memo of a link for ${name} fits on two pages, footer included`, async ({ browser }) => {
      const page = await newPage(browser);
      await page.goto(`${BASE}/${await encodeCaseLink(cf)}`);
      await expect(h1(page)).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText('Not legal advice.')).toBeVisible();
      const letterPages = pdfPages(await page.pdf({ format: 'Letter' }));
      const a4Pages = pdfPages(await page.pdf({ format: 'A4' }));
      console.log(`memo (${name}): ${letterPages} Letter page(s), ${a4Pages} A4 page(s)`);
      expect(letterPages).toBeLessThanOrEqual(2);
      expect(a4Pages).toBeLessThanOrEqual(2);
      await page.context().close();
    });
  }

  test('the own result page prints without navigation, tools or the share section', async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto(`${BASE}/`);
    await page.getByLabel('Import case file (JSON)').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(TYPICAL)) });
    await expect(h1(page)).toHaveText('Administrative processing');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Share this case' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Your case on this device' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Back' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Check or change your answers' })).toBeHidden();
    for (const b of await page.getByRole('button').all()) await expect(b).toBeHidden();
    await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Dear client');
    await expect(page.getByText('Printed on 20 Nov 2026.')).toBeVisible();
    if (process.env.MEMO_SCREENSHOTS) await page.screenshot({ path: `${process.env.MEMO_SCREENSHOTS}/memo-own.png`, fullPage: true });
    const pages = pdfPages(await page.pdf({ format: 'Letter' }));
    console.log(`memo (own result): ${pages} Letter page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});
