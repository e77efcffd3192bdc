/**
 * The applicant groups of contract version 2, typed through the form in Debian's Chromium against the
 * built site: a visitor, a student, an exchange visitor, a fiancé(e), a family immigrant (twice: once
 * with "At NVC" after the refusal) and an employment immigrant, two diversity visas and an H-1B
 * worker. Each journey checks the verdict, a milestone (or that there is none), a next step, and the
 * questions its class is not asked (on the step and on "Check your answers").
 * Axe (WCAG 2.2 AA) on every result page, and on EVERY step of the form (visa, interview, history
 * before and after adding statuses, letter, notes, check your answers) for the student (F-1), the
 * fiancé(e) (K-1), the family immigrant with "At NVC" (IR-CR) and the diversity visa (DV-2027): the
 * interview step without "How did you apply?" but with what the officer said, the status list with
 * "At NVC" and "In Transit", the letter's new sections (212(a)(4), 212(e), 222(g), another section)
 * and requests (the passport, "Nothing", "I'm not sure").
 * Keyboard only (Tab, Space, arrow keys in a radio group, Enter, typing; no click): a DV-2027 case
 * (ending on its deadline line), a B-2 visitor refused under 214(b) and a K-1 case, each step's
 * heading taking focus after Continue. The DV result at 320 px; no request to another origin
 * (./fixtures.ts) and no error in the console.
 */
import { expect, test, type Locator, type Page } from './fixtures';
import { answerLetter, axe, cont, h1, newPage, problemsOf, tabTo, typeHistory, type TypedLetter, type TypedStatus } from './helpers/page';




const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The questions some classes are not asked, as the step shows them.
const petitionGroup = (page: Page) => page.getByRole('group', { name: /What is happening with the petition/ });
const petitionEnd = (page: Page) => page.getByLabel('Petition end date (optional)');
const programStart = (page: Page) => page.getByLabel('Program start date (optional)');
const dvYear = (page: Page) => page.getByLabel('DV program year');
const kindGroup = (page: Page) => page.getByRole('group', { name: 'How did you apply?' });
const officerGroup = (page: Page) => page.getByRole('group', { name: /What did the officer tell you/ });
/** A row of "Check your answers", by its title (exactly). */
const reviewRow = (page: Page, key: string): Locator => page.locator('main dt').filter({ hasText: new RegExp(`^${escape(key)}$`) });
const region = (page: Page, name: string) => page.getByRole('region', { name });
const milestone = (page: Page, what: RegExp) => region(page, 'Dates').getByRole('row', { name: what });

interface Journey {
  visaClass: string;
  /** The petition question's exact wording, when the class is asked it. */
  petitionLabel?: string;
  petition?: RegExp;
  programStart?: string;
  dvYear?: string;
  /** "How did you apply?": absent for fiancé(e) and immigrant visas (the journey checks it is not asked). */
  kind?: RegExp;
  date?: string;
  /** What the officer said: answered when the form asks it (it asks it after an interview). */
  officer?: RegExp;
  passport: RegExp;
  history: TypedStatus[];
  letter?: TypedLetter;
  verdict: string;
}

/** What the journey saw: whether the officer question was on the interview step. */
interface Seen { officerAsked: boolean }

/**
 * Where `complete` calls its check: on each step once its answers are given, just before Continue
 * (the history step also on arrival, with the empty "Add a status" form open).
 */
type Where = 'visa step' | 'interview step' | 'history step' | 'history step, statuses added' | 'letter step' | 'notes step'
  | 'check your answers';
type Check = (where: Where) => Promise<void>;

/** A check for `complete` that runs `also` (checks of its own, by step) and then axe, on every step. */
const axeEveryStep = (page: Page, name: string, also?: Check): Check => async (where) => {
  await also?.(where);
  await axe(page, `${where} (${name})`);
};

/**
 * Types the journey through the form, checking on each step that the questions its class is not
 * asked are absent; `check` runs on every step (see `Where`).
 */
async function complete(page: Page, j: Journey, check?: Check): Promise<Seen> {
  await page.getByLabel('Visa class').selectOption(j.visaClass);
  if (j.petition) {
    await expect(petitionGroup(page)).toHaveAccessibleName(j.petitionLabel!);
    await petitionGroup(page).getByRole('radio', { name: j.petition }).check();
    await expect(petitionEnd(page)).toBeVisible();
  } else {
    await expect(petitionGroup(page)).toHaveCount(0);
    await expect(petitionEnd(page)).toHaveCount(0);
  }
  if (j.programStart) await programStart(page).fill(j.programStart);
  else await expect(programStart(page)).toHaveCount(0);
  if (j.dvYear) await dvYear(page).selectOption(j.dvYear);
  else await expect(dvYear(page)).toHaveCount(0);
  await check?.('visa step');
  await cont(page);

  await expect(h1(page)).toHaveText('Interview');
  if (j.kind) await kindGroup(page).getByRole('radio', { name: j.kind }).check();
  else await expect(kindGroup(page)).toHaveCount(0);
  // No drop-off for the classes never asked "How did you apply?": they are always interviewed.
  const dateLabel = j.kind ? 'Date of the interview or document drop-off (optional)' : 'Date of the interview (optional)';
  await expect(page.getByLabel(dateLabel, { exact: true })).toBeVisible();
  if (j.date) await page.getByLabel(dateLabel, { exact: true }).fill(j.date);
  const officerAsked = (await officerGroup(page).count()) > 0;
  if (j.officer && officerAsked) await officerGroup(page).getByRole('radio', { name: j.officer }).check();
  await page.getByRole('group', { name: /passport kept or given back/ }).getByRole('radio', { name: j.passport }).check();
  await check?.('interview step');
  await cont(page);

  await expect(h1(page)).toHaveText('CEAC status history');
  // the status-history editor loads on demand, with its texts (src/ui/historyModule.ts)
  await expect(page.getByLabel('Status shown on CEAC')).toBeVisible();
  await check?.('history step');
  await typeHistory(page, j.history);
  await check?.('history step, statuses added');
  await cont(page);

  await expect(h1(page)).toHaveText('Refusal letter');
  await answerLetter(page, j.letter);
  await check?.('letter step');
  await cont(page);

  await expect(h1(page)).toHaveText('Notes');
  await check?.('notes step');
  await cont(page);

  await expect(h1(page)).toHaveText('Check your answers');
  await expect(reviewRow(page, 'Visa class')).toHaveCount(1);
  // the questions not asked have no row
  await expect(reviewRow(page, 'Petition')).toHaveCount(j.petition ? 1 : 0);
  await expect(reviewRow(page, 'Petition end date')).toHaveCount(j.petition ? 1 : 0);
  await expect(reviewRow(page, 'Program start date')).toHaveCount(j.programStart ? 1 : 0);
  await expect(reviewRow(page, 'DV program year')).toHaveCount(j.dvYear ? 1 : 0);
  await expect(reviewRow(page, 'How you applied')).toHaveCount(j.kind ? 1 : 0);
  await expect(reviewRow(page, 'What the officer said')).toHaveCount(officerAsked ? 1 : 0);
  await check?.('check your answers');
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(h1(page)).toHaveText(j.verdict);
  await expect(page.getByText('Worked out for 20 Nov 2026, from the answers you gave.')).toBeVisible();
  return { officerAsked };
}

/** The value shown in a row of "Check your answers" (the dd after the dt). */
const reviewValueOf = (page: Page, key: string): Locator => reviewRow(page, key).locator('xpath=following-sibling::dd[1]');

const done = async (page: Page, foreign: string[]) => {
  expect(problemsOf(page), 'errors in the console').toEqual([]);
  expect(foreign, 'requests to other origins').toEqual([]);
  await page.context().close();
};

// ---- the journeys ----

const VISITOR: Journey = {
  visaClass: 'B-2', kind: /I had an interview/, date: '2026-10-14',
  officer: /That the visa was refused/, passport: /given back/,
  history: [{ status: 'Refused', seen: '2026-10-15' }],
  letter: { grounds: [/Section 214\(b\)/], slip: 'Pink' },
  verdict: 'Final refusal',
};

const student = (visaClass: 'F-1' | 'J-1'): Journey => ({
  visaClass, programStart: '2027-01-11', kind: /I had an interview/, date: '2026-11-02',
  officer: /administrative processing \(221\(g\)\)/, passport: /kept my passport/,
  history: [{ status: 'Refused', seen: '2026-11-03', updated: '2026-11-02' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'Blue' },
  verdict: 'Administrative processing',
});

const FIANCE: Journey = {
  visaClass: 'K-1', petitionLabel: 'What is happening with the petition (Form I-129F)?', petition: /sent it back to USCIS/,
  date: '2026-09-10', officer: /That the visa was refused/, passport: /given back/,
  history: [{ status: 'Refused', seen: '2026-09-11' }],
  verdict: 'Likely temporary refusal',
};

const FAMILY: Journey = {
  visaClass: 'IR-CR', petitionLabel: 'What is happening with the petition (Form I-130)?', petition: /^Approved/,
  date: '2026-10-05', officer: /need more documents from me/, passport: /given back/,
  history: [{ status: 'Refused', seen: '2026-10-06' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'White', requests: [/^Send more documents/] },
  verdict: 'Likely temporary refusal',
};

/** Refused under 221(g); CEAC later shows "At NVC": the case went back to the National Visa Center. */
const FAMILY_AT_NVC: Journey = {
  visaClass: 'IR-CR', petitionLabel: 'What is happening with the petition (Form I-130)?', petition: /^Approved/,
  date: '2026-09-15', officer: /That the visa was refused/, passport: /given back/,
  history: [{ status: 'Refused', seen: '2026-09-16' }, { status: 'At NVC', seen: '2026-11-10', updated: '2026-11-09' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'White', requests: [/^I.m not sure/] },
  verdict: 'Likely temporary refusal',
};

const EMPLOYMENT: Journey = {
  visaClass: 'EB', petitionLabel: 'What is happening with the petition (Form I-140, I-526 or I-360)?', petition: /^Approved/,
  date: '2026-08-20', officer: /administrative processing \(221\(g\)\)/, passport: /kept my passport/,
  history: [{ status: 'Refused', seen: '2026-08-21' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'Blue' },
  verdict: 'Administrative processing',
};

const DV_2027: Journey = {
  visaClass: 'DV', dvYear: '2027', date: '2026-11-05', officer: /administrative processing \(221\(g\)\)/, passport: /kept my passport/,
  history: [{ status: 'Refused', seen: '2026-11-06' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'Blue' },
  verdict: 'Administrative processing',
};

const DV_2026: Journey = {
  visaClass: 'DV', dvYear: '2026', date: '2026-06-01', officer: /administrative processing \(221\(g\)\)/, passport: /kept my passport/,
  history: [{ status: 'Refused', seen: '2026-06-02' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'Blue' },
  verdict: 'Final refusal',
};

const WORKER: Journey = {
  visaClass: 'H-1B', petitionLabel: 'What is happening with the petition (Form I-129)?', petition: /^Approved/,
  kind: /I had an interview/, date: '2026-10-20', officer: /need more documents from me/, passport: /given back/,
  history: [{ status: 'Refused', seen: '2026-10-21' }],
  letter: { grounds: [/Section 221\(g\)/], slip: 'White', requests: [/^Send in the passport/] },
  verdict: 'Likely temporary refusal',
};

test.describe('a journey for each applicant group, typed through the form', () => {
  test('visitor (B-2) refused under 214(b): final, apply again with a new DS-160, no petition asked', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await complete(page, VISITOR);
    await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
    await expect(region(page, 'Why')).toContainText('The letter names section 214(b)');
    await expect(page.getByText('What would decide it:')).toHaveCount(0);
    // no petition, no program, no DV year: no milestone at all
    await expect(region(page, 'Dates')).toContainText('No milestones apply to this result.');
    await expect(region(page, 'Dates').getByRole('table')).toHaveCount(0);
    const next = region(page, 'Next steps');
    await expect(next).toContainText('To try again, fill in a new DS-160, pay a new fee and book a new interview. There is no waiting period');
    await expect(next).not.toContainText('employer');
    await axe(page, 'B-2 result');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(h1(page)).toHaveText('Check your answers');
    await expect(reviewRow(page, 'Petition')).toHaveCount(0);
    await expect(reviewValueOf(page, 'Visa class')).toHaveText('B-2: tourist');
    await done(page, foreignRequests);
  });

  test('student (F-1) in administrative processing, program start ahead: contact the post and the DSO before it', async ({ browser, foreignRequests }) => {
    test.slow(); // axe on every step of the form and on the result: eight scans
    const page = await newPage(browser);
    await complete(page, student('F-1'), axeEveryStep(page, 'F-1, program start', async (where) => {
      if (where === 'visa step') await expect(programStart(page)).toHaveValue('2027-01-11');
    }));
    await expect(page.getByText('High confidence', { exact: false }).first()).toBeVisible();
    const start = milestone(page, /Program start on your I-20/); // the student's own form, as on the timeline
    await expect(start).toContainText('11 Jan 2027');
    await expect(start).toContainText('52 days left');
    await expect(milestone(page, /Day 180/)).toContainText('1 May 2027');
    await expect(region(page, 'Why')).toContainText('Your program starts on 11 Jan 2027, in 52 days.');
    const next = region(page, 'Next steps');
    await expect(next.getByText(/^Do not wait 180 days: your program start date \(11 Jan 2027\) comes before the day many posts ask you to wait for \(1 May 2027\)\. Contact the post before 11 Jan 2027/))
      .toContainText(/talk to your school.s designated school official \(DSO\)\./);
    await expect(next).toContainText(/Tell your school.s designated school official \(DSO\) that your visa is delayed/);
    expect((await next.locator('label').allInnerTexts()).join('\n')).not.toContain('responsible officer');
    await axe(page, 'F-1 result');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(reviewValueOf(page, 'Program start date')).toHaveText('11 Jan 2027');
    await done(page, foreignRequests);
  });

  test('exchange visitor (J-1) in administrative processing: the DS-2019 sponsor\'s responsible officer, not a DSO', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await complete(page, student('J-1'));
    await expect(milestone(page, /Program start on your DS-2019/)).toContainText('11 Jan 2027');
    await expect(region(page, 'Dates').getByRole('table')).not.toContainText('I-20');
    const next = region(page, 'Next steps');
    await expect(next.getByText(/^Do not wait 180 days: your program start date \(11 Jan 2027\)/))
      .toContainText(/Contact the post before 11 Jan 2027.*talk to your program sponsor.s responsible officer \(the contact on your DS-2019\)\./);
    await expect(next).toContainText(/Tell your program sponsor.s responsible officer \(the contact on your DS-2019\) that your visa is delayed/);
    // the steps themselves (their sources may name the I-20 and DSOs in a title)
    const steps = (await next.locator('label').allInnerTexts()).join('\n');
    expect(steps).not.toContain('DSO');
    expect(steps).not.toContain('designated school official');
    expect(steps).not.toContain('I-20');
    await axe(page, 'J-1 result');
    await done(page, foreignRequests);
  });

  test('fiancé(e) (K-1), petition sent back to USCIS: likely temporary, says what would decide it, no "How did you apply?"', async ({ browser, foreignRequests }) => {
    test.slow(); // axe on every step of the form and on the result: eight scans
    const page = await newPage(browser);
    await complete(page, FIANCE, axeEveryStep(page, 'K-1', async (where) => {
      if (where === 'interview step') {
        // decided at an interview: not asked how they applied, asked what the officer said
        await expect(kindGroup(page)).toHaveCount(0);
        await expect(officerGroup(page)).toBeVisible();
      }
    }));
    await expect(page.getByText(/^Low confidence/)).toBeVisible();
    await expect(page.locator('p.decides')).toHaveText(
      'What would decide it: What USCIS decides about the returned petition, or whether a new petition is filed.');
    await expect(region(page, 'Why')).toContainText('The consulate sent the petition (Form I-129F) back to USCIS for review.');
    await expect(region(page, 'Dates')).toContainText('No milestones apply to this result.');
    await expect(region(page, 'Next steps')).toContainText(
      'Ask an immigration attorney about the options: waiting for USCIS to review the returned I-129F, your U.S. citizen fiancé(e) filing a new I-129F');
    await axe(page, 'K-1 result');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(reviewValueOf(page, 'Petition')).toHaveText('The consulate sent it back to USCIS for review');
    await expect(reviewRow(page, 'How you applied')).toHaveCount(0);
    await done(page, foreignRequests);
  });

  test('family immigrant (IR-CR), documents asked and not sent: last day to send, one year after the interview', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await complete(page, FAMILY);
    const due = milestone(page, /Last day to send what the letter asked for/);
    await expect(due).toContainText('5 Oct 2027');
    await expect(due).toContainText('319 days left');
    await expect(milestone(page, /Day 180/)).toHaveCount(0);
    await expect(region(page, 'Why')).toContainText('within a year of the refusal: until 5 Oct 2027');
    const next = region(page, 'Next steps');
    await expect(next.getByText(/^Send additional documents exactly as the letter says, before 5 Oct 2027\./)).toBeVisible();
    await expect(next).toContainText('When you have sent everything, enter the date here');
    await axe(page, 'IR-CR result');
    await done(page, foreignRequests);
  });

  test('family immigrant (IR-CR), "At NVC" after the refusal: likely temporary, ask the NVC; axe on every step', async ({ browser, foreignRequests }) => {
    test.slow(); // axe on every step of the form and on the result: eight scans
    const page = await newPage(browser);
    const status = page.getByLabel('Status shown on CEAC');
    await complete(page, FAMILY_AT_NVC, axeEveryStep(page, 'IR-CR, At NVC', async (where) => {
      if (where === 'interview step') {
        await expect(kindGroup(page)).toHaveCount(0);
        await expect(officerGroup(page)).toBeVisible();
      }
      if (where === 'history step') {
        const offered = await status.locator('option').allTextContents();
        expect(offered).toEqual(expect.arrayContaining(['At NVC', 'In Transit']));
      }
      if (where === 'history step, statuses added') {
        await expect(page.locator('ol.history-list > li')).toHaveCount(2);
        await expect(page.locator('ol.history-list > li').nth(1)).toContainText('At NVC');
        await expect(page.locator('ol.history-list > li').nth(1)).toContainText('Seen on 10 Nov 2026');
      }
      if (where === 'letter step') {
        const grounds = page.getByRole('group', { name: /Which sections of the law/ });
        for (const g of [/^Section 212\(a\)\(4\)/, /^Section 212\(e\)/, /^Section 222\(g\)/, /^Another section$/]) {
          await expect(grounds.getByRole('checkbox', { name: g })).toBeVisible();
        }
        const asks = page.getByRole('group', { name: /What does the letter ask/ });
        for (const r of [/^Send in the passport$/, /^Nothing: the letter asks for nothing$/, /^I.m not sure$/]) {
          await expect(asks.getByRole('checkbox', { name: r })).toBeVisible();
        }
        await expect(asks.getByRole('checkbox', { name: /^I.m not sure$/ })).toBeChecked();
      }
    }));
    await expect(page.getByText(/^Low confidence/)).toBeVisible();
    await expect(page.locator('p.decides')).toHaveText('What would decide it: What the National Visa Center says about why the case came back.');
    await expect(region(page, 'Why')).toContainText('CEAC showed Refused and now shows "At NVC": the case went back to the National Visa Center.');
    await expect(region(page, 'Next steps')).toContainText('Ask the National Visa Center, through its public inquiry form, why the case came back');
    await axe(page, 'IR-CR result, At NVC');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(reviewValueOf(page, 'Asked for')).toHaveText("I'm not sure");
    await expect(reviewRow(page, 'How you applied')).toHaveCount(0);
    await done(page, foreignRequests);
  });

  test('employment immigrant (EB), 221(g) asking nothing: administrative processing, petition named I-140', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await complete(page, EMPLOYMENT);
    await expect(milestone(page, /Day 180/)).toContainText('16 Feb 2027');
    await expect(milestone(page, /Last day to send/)).toHaveCount(0);
    await expect(milestone(page, /diversity visa/)).toHaveCount(0);
    const next = region(page, 'Next steps');
    await expect(next).toContainText('Administrative processing has no fixed length, and no one can promise how long it will take.');
    await expect(next).toContainText('many posts ask you not to inquire before 16 Feb 2027 (180 days)');
    await expect(page.getByText(/^Diversity visa deadline/)).toHaveCount(0);
    await axe(page, 'EB result');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(reviewValueOf(page, 'Petition')).toHaveText('Approved (I have an I-797 approval notice)');
    await done(page, foreignRequests);
  });

  test('diversity visa DV-2027, interview in Nov 2026: the deadline in the first lines, with the days left', async ({ browser, foreignRequests }) => {
    test.slow(); // axe on every step of the form and on the result: eight scans
    const page = await newPage(browser);
    await complete(page, DV_2027, axeEveryStep(page, 'DV, program year', async (where) => {
      if (where === 'visa step') await expect(dvYear(page)).toHaveValue('2027');
      if (where === 'interview step') {
        await expect(kindGroup(page)).toHaveCount(0);
        await expect(officerGroup(page)).toBeVisible();
      }
    }));
    const first = page.locator('main p.dv-deadline');
    await expect(first).toHaveText(/^Diversity visa deadline: 30 Sep 2027 \(314 days left\)\. No diversity visa of this program year can be issued after that day/);
    // in the first lines: before the confidence, the reasons and the dates
    const order = await page.locator('main').evaluate((main) => {
      const at = (sel: string) => [...main.querySelectorAll('*')].indexOf(main.querySelector(sel)!);
      return { deadline: at('p.dv-deadline'), confidence: at('p.confidence'), why: at('#why-title') };
    });
    expect(order.deadline).toBeGreaterThan(-1);
    expect(order.deadline).toBeLessThan(order.confidence);
    expect(order.deadline).toBeLessThan(order.why);
    const deadline = milestone(page, /Last day a DV-2027 visa can be issued/);
    await expect(deadline).toContainText('30 Sep 2027');
    await expect(deadline).toContainText('314 days left');
    await expect(region(page, 'Next steps').getByText(/^Everything must be finished by 30 Sep 2027 \(314 days from now\): no DV-2027 visa can be issued after 30 September/))
      .toBeVisible();
    await axe(page, 'DV-2027 result');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(reviewValueOf(page, 'DV program year')).toHaveText('DV-2027');
    await expect(reviewRow(page, 'Petition')).toHaveCount(0);
    await done(page, foreignRequests);
  });

  test('diversity visa DV-2026, seen on 20 Nov 2026: final, the program year has ended', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await complete(page, DV_2026);
    await expect(page.getByText(/^High confidence/)).toBeVisible();
    await expect(region(page, 'Why')).toContainText('DV-2026 ended on 30 Sep 2026.');
    // the deadline has passed: not in the first lines, and the milestone says so
    await expect(page.locator('main p.dv-deadline')).toHaveCount(0);
    await expect(page.getByText(/^Diversity visa deadline/)).toHaveCount(0);
    const deadline = milestone(page, /Last day a DV-2026 visa can be issued/);
    await expect(deadline).toContainText('30 Sep 2026');
    await expect(deadline).toContainText('Passed 51 days ago');
    const next = region(page, 'Next steps');
    await expect(next).toContainText('You can enter a later DV program during its registration period if you are eligible');
    await expect(next).not.toContainText('Everything must be finished by');
    await axe(page, 'DV-2026 result');
    await done(page, foreignRequests);
  });

  test('H-1B worker, 221(g) asking for the passport: likely temporary, send the passport before the year is out', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await complete(page, WORKER);
    await expect(milestone(page, /Last day to send what the letter asked for/)).toContainText('20 Oct 2027');
    const next = region(page, 'Next steps');
    await expect(next.getByText(/^Send your passport exactly as the letter instructs, as soon as you can \(at the latest before 20 Oct 2027, or any earlier date the letter gives\)\. A request for the passport usually means the visa is ready to be printed\./))
      .toBeVisible();
    await expect(next).not.toContainText('Send additional documents');
    await axe(page, 'H-1B result');
    await page.getByRole('link', { name: 'Check or change your answers' }).click();
    await expect(reviewValueOf(page, 'Asked for')).toHaveText('Send in the passport');
    await done(page, foreignRequests);
  });
});

test('the DV result is usable at 320 px wide', async ({ browser, foreignRequests }) => {
  const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.getByLabel('Visa class').selectOption('DV');
  await expect(dvYear(page)).toBeVisible();
  expect(await width(), 'visa step with the DV year').toBeLessThanOrEqual(320);
  await complete(page, DV_2027);
  await expect(page.locator('main p.dv-deadline')).toBeVisible();
  expect(await width(), 'DV result').toBeLessThanOrEqual(320);
  await done(page, foreignRequests);
});

test('fiancé(e) and immigrant applicants are asked what the officer said, and it decides a case with no letter', async ({ browser, foreignRequests }) => {
  // Found by this spec: the question used to hang on "How did you apply?", which these classes are not asked.
  const page = await newPage(browser);
  const seen = await complete(page, {
    visaClass: 'IR-CR', petitionLabel: 'What is happening with the petition (Form I-130)?', petition: /^Approved/,
    date: '2026-10-05', officer: /administrative processing \(221\(g\)\)/, passport: /given back/,
    history: [{ status: 'Refused', seen: '2026-10-06' }],
    verdict: 'Administrative processing',
  });
  expect(seen.officerAsked).toBe(true);
  await expect(region(page, 'What would make this surer').getByRole('link', { name: 'What the officer said' })).toHaveCount(0);
  await done(page, foreignRequests);
});

// ---- keyboard only: Tab, Space, the arrow keys of a radio group, Enter and typing; no click, check or fill ----

/** Tabs to a control and presses Space (a radio: checks the first choice), then ArrowDown `down` times (the next choices of its group). */
async function pick(page: Page, id: string, down = 0) {
  await tabTo(page, id);
  await page.keyboard.press('Space');
  for (let i = 0; i < down; i++) await page.keyboard.press('ArrowDown');
}

/** Tabs to a control (a select, a date) and types into it (a select: its type-ahead; a date: mmddyyyy). */
async function typeInto(page: Page, id: string, text: string) {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** Tabs to a button by its text and presses Enter; the next page's heading has this text and the focus. */
async function press(page: Page, button: string, heading: string) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(heading);
  await expect(h1(page)).toBeFocused();
}

/** The CEAC status history step, keyboard only: one status, added with Enter. */
async function addStatus(page: Page, status: string, seen: string) {
  await typeInto(page, 'entry-status', status);
  await expect(page.locator('#entry-status')).toHaveValue(status);
  await typeInto(page, 'entry-seenOn', seen);
  await tabTo(page, 'Add this status');
  await page.keyboard.press('Enter');
  await expect(page.locator('ol.history-list > li')).toHaveCount(1);
}

test.describe('keyboard only: journeys of the new groups', () => {
  test('diversity visa DV-2027: the program year by type-ahead, no petition, no "How did you apply?", the deadline line on the result', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await typeInto(page, 'visaClass', 'DV');
    await expect(page.locator('#visaClass')).toHaveValue('DV');
    await typeInto(page, 'dvYear', 'DV-2027');
    await expect(page.locator('#dvYear')).toHaveValue('2027');
    await expect(petitionGroup(page)).toHaveCount(0);
    await press(page, 'Continue', 'Interview');

    await expect(kindGroup(page)).toHaveCount(0);
    await typeInto(page, 'appDate', '11052026');
    await pick(page, 'officerSaid', 2); // administrative processing (221(g))
    await expect(officerGroup(page).getByRole('radio', { name: /administrative processing \(221\(g\)\)/ })).toBeChecked();
    await pick(page, 'passport'); // kept
    await expect(page.locator('#passport')).toBeChecked();
    await press(page, 'Continue', 'CEAC status history');

    await addStatus(page, 'Refused', '11062026');
    await press(page, 'Continue', 'Refusal letter');

    await pick(page, 'hasLetter'); // yes
    await pick(page, 'grounds'); // 221(g)
    await pick(page, 'slipColor', 1); // blue
    await expect(page.getByRole('radio', { name: 'Blue' })).toBeChecked();
    await pick(page, 'requests-requestsNothing');
    await press(page, 'Continue', 'Notes');
    await press(page, 'Continue', 'Check your answers');

    await expect(reviewValueOf(page, 'Visa class')).toHaveText('DV: the "green card lottery"');
    await expect(reviewValueOf(page, 'DV program year')).toHaveText('DV-2027');
    await expect(reviewValueOf(page, 'Interview date')).toHaveText('5 Nov 2026');
    await expect(reviewRow(page, 'Petition')).toHaveCount(0);
    await expect(reviewRow(page, 'How you applied')).toHaveCount(0);
    await press(page, 'See the result', 'Administrative processing');
    await expect(page.locator('main p.dv-deadline')).toHaveText(/^Diversity visa deadline: 30 Sep 2027 \(314 days left\)\./);
    await expect(page.locator('main p.dv-deadline')).toBeVisible();
    await done(page, foreignRequests);
  });

  test('visitor (B-2) refused under 214(b): no petition, the section ticked with Space, "Final refusal"', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await typeInto(page, 'visaClass', 'B-2');
    await expect(page.locator('#visaClass')).toHaveValue('B-2');
    await expect(petitionGroup(page)).toHaveCount(0);
    await expect(dvYear(page)).toHaveCount(0);
    await press(page, 'Continue', 'Interview');

    await pick(page, 'appKind'); // an interview
    await typeInto(page, 'appDate', '10142026');
    await pick(page, 'officerSaid', 4); // that the visa was refused
    await expect(officerGroup(page).getByRole('radio', { name: 'That the visa was refused' })).toBeChecked();
    await pick(page, 'passport', 1); // given back
    await expect(page.getByRole('radio', { name: 'My passport was given back' })).toBeChecked();
    await press(page, 'Continue', 'CEAC status history');

    await addStatus(page, 'Refused', '10152026');
    await press(page, 'Continue', 'Refusal letter');

    await pick(page, 'hasLetter'); // yes
    await pick(page, 'grounds-1'); // 214(b)
    await expect(page.getByRole('checkbox', { name: /^Section 214\(b\)/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Section 221\(g\)/ })).not.toBeChecked();
    await pick(page, 'slipColor', 3); // pink
    await expect(page.getByRole('radio', { name: 'Pink' })).toBeChecked();
    await pick(page, 'requests-requestsNothing');
    await press(page, 'Continue', 'Notes');
    await press(page, 'Continue', 'Check your answers');

    await expect(reviewValueOf(page, 'Visa class')).toHaveText('B-2: tourist');
    await expect(reviewValueOf(page, 'Interview or drop-off date')).toHaveText('14 Oct 2026');
    await expect(reviewRow(page, 'Petition')).toHaveCount(0);
    await press(page, 'See the result', 'Final refusal');
    await expect(region(page, 'Why')).toContainText('The letter names section 214(b)');
    await expect(region(page, 'Next steps')).toContainText('To try again, fill in a new DS-160');
    await done(page, foreignRequests);
  });

  test('fiancé(e) (K-1), petition sent back to USCIS, no letter: "Likely temporary refusal"', async ({ browser, foreignRequests }) => {
    const page = await newPage(browser);
    await typeInto(page, 'visaClass', 'K-1');
    await expect(page.locator('#visaClass')).toHaveValue('K-1');
    await expect(petitionGroup(page)).toHaveAccessibleName('What is happening with the petition (Form I-129F)?');
    await pick(page, 'petitionStatus', 1); // sent back to USCIS
    await expect(petitionGroup(page).getByRole('radio', { name: /sent it back to USCIS/ })).toBeChecked();
    await press(page, 'Continue', 'Interview');

    await expect(kindGroup(page)).toHaveCount(0);
    await typeInto(page, 'appDate', '09102026');
    await pick(page, 'officerSaid', 4); // that the visa was refused
    await expect(officerGroup(page).getByRole('radio', { name: 'That the visa was refused' })).toBeChecked();
    await pick(page, 'passport', 1); // given back
    await press(page, 'Continue', 'CEAC status history');

    await addStatus(page, 'Refused', '09112026');
    await press(page, 'Continue', 'Refusal letter');

    await pick(page, 'hasLetter', 1); // no letter
    await expect(page.getByRole('radio', { name: /I don't have a letter/ })).toBeChecked();
    await press(page, 'Continue', 'Notes');
    await press(page, 'Continue', 'Check your answers');

    await expect(reviewValueOf(page, 'Petition')).toHaveText('The consulate sent it back to USCIS for review');
    await expect(reviewValueOf(page, 'Interview date')).toHaveText('10 Sep 2026');
    await expect(reviewRow(page, 'Interview or drop-off date')).toHaveCount(0);
    await expect(reviewRow(page, 'How you applied')).toHaveCount(0);
    await press(page, 'See the result', 'Likely temporary refusal');
    await expect(page.locator('p.decides')).toHaveText(
      'What would decide it: What USCIS decides about the returned petition, or whether a new petition is filed.');
    await done(page, foreignRequests);
  });
});
