/**
 * What every browser journey starts with, written once: the built site's address, the fixed "today"
 * (20 Nov 2026 in every zone the suite uses), a fresh page with the service worker blocked that
 * records console errors, an axe scan against WCAG 2.2 AA, and Tab to a control (keyboard-only journeys).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContextOptions, type Page } from '../fixtures';

export const BASE = 'http://127.0.0.1:4173';
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// 09:00 UTC on 20 Nov 2026 is 20 Nov both in Kiritimati (UTC+14) and in Los Angeles (UTC-8).
export const FIXED = new Date('2026-11-20T09:00:00Z');

/** A page in a new context, clock fixed, errors in the console and on the page recorded (`problemsOf`). */
export async function blankPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  (page as Page & { problems: string[] }).problems = problems;
  return page;
}

/** A `blankPage` opened on the first step of the form. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await blankPage(browser, options);
  await page.goto(`${BASE}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Visa and petition' })).toBeVisible();
  return page;
}

export const problemsOf = (page: Page): string[] => (page as Page & { problems: string[] }).problems;

export async function axe(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
export const cont = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

/**
 * Keyboard only: presses Tab until the focused element has this id or this text (a button's), and
 * fails after 80 presses. explainer.spec.ts still has a copy of its own.
 */
export async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((t) => {
      const el = document.activeElement as HTMLElement | null;
      return !!el && (el.id === t || el.textContent?.trim() === t);
    }, target);
    if (hit) return;
  }
  throw new Error(`Could not reach "${target}" with Tab`);
}

/** A CEAC status as a journey types it into the history step. */
export interface TypedStatus { status: string; seen: string; updated?: string }
/** The refusal letter as a journey answers it: sections, slip colour, what it asks (none: "Nothing"), the sending date. */
export interface TypedLetter { grounds: RegExp[]; slip: string; requests?: RegExp[]; responded?: string }

/** Types each status into the history step, as a user adds them one by one. */
export async function typeHistory(page: Page, history: readonly TypedStatus[]): Promise<void> {
  for (const [i, h] of history.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add another status' }).click();
    await page.getByLabel('Status shown on CEAC').selectOption(h.status);
    await page.getByLabel('Day you saw it').fill(h.seen);
    await page.getByLabel(/Case Last Updated/).fill(h.updated ?? '');
    await page.getByRole('button', { name: 'Add this status' }).click();
  }
}

/** Answers the letter step: the letter's facts, or "I don't have a letter". */
export async function answerLetter(page: Page, l: TypedLetter | undefined): Promise<void> {
  const letter = page.getByRole('group', { name: 'Do you have a refusal letter?' });
  if (!l) {
    await letter.getByRole('radio', { name: /I don't have a letter/ }).check();
    return;
  }
  await letter.getByRole('radio', { name: /Yes/ }).check();
  const grounds = page.getByRole('group', { name: /Which sections of the law/ });
  for (const g of l.grounds) await grounds.getByRole('checkbox', { name: g }).check();
  await page.getByRole('group', { name: /What colour is the letter/ }).getByRole('radio', { name: l.slip }).check();
  const asks = page.getByRole('group', { name: /What does the letter ask/ });
  for (const r of l.requests ?? []) await asks.getByRole('checkbox', { name: r }).check();
  if (!l.requests?.length) await asks.getByRole('checkbox', { name: /^Nothing/ }).check();
  if (l.responded) await page.getByLabel(/Day you sent what was asked for/).fill(l.responded);
}
