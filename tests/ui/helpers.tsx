import { expect } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseFile } from '../../src/rules';
import { App } from '../../src/ui/App';
import { fromCaseFile } from '../../src/intake/draft';
import { STORAGE_KEY } from '../../src/ui/storage';

export const TODAY = '2026-11-20';

export function reset(): void {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
}

export function renderApp(today = TODAY) {
  const user = userEvent.setup();
  const utils = render(<App today={today} />);
  return { user, ...utils };
}

/** Opens the app on the result page for a case file (as if saved on this device). */
export function renderResult(cf: CaseFile, today = TODAY) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ draft: fromCaseFile(cf), page: 'result' }));
  return renderApp(today);
}

export function setDate(label: RegExp | string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

export const cont = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Continue' }));

export async function radio(user: ReturnType<typeof userEvent.setup>, group: RegExp | string, option: RegExp | string) {
  const g = screen.getByRole('group', { name: group });
  await user.click(within(g).getByRole('radio', { name: option }));
}

export async function check(user: ReturnType<typeof userEvent.setup>, group: RegExp | string, option: RegExp | string) {
  const g = screen.getByRole('group', { name: group });
  await user.click(within(g).getByRole('checkbox', { name: option }));
}

export interface Journey {
  visaClass: string;
  petition: RegExp;
  kind: RegExp;
  date?: string;
  post?: string;
  officer?: RegExp;
  passport: RegExp;
  history: Array<{ status: string; seen: string; updated?: string }>;
  letter?: { grounds: RegExp[]; slip: RegExp; requests?: RegExp[]; responded?: string };
}

/** Completes the form as a user would, up to the check-answers page. */
export async function completeForm(user: ReturnType<typeof userEvent.setup>, j: Journey) {
  await user.selectOptions(screen.getByLabelText('Visa class'), j.visaClass);
  await radio(user, /What is happening with the petition/, j.petition);
  await cont(user);

  await radio(user, 'How did you apply?', j.kind);
  if (j.date) setDate(/Date of the interview or document drop-off/, j.date);
  if (j.post) await user.type(screen.getByLabelText(/Consulate or embassy/), j.post);
  if (j.officer) await radio(user, /What did the officer tell you/, j.officer);
  await radio(user, /passport kept or given back/, j.passport);
  await cont(user);

  for (const [i, h] of j.history.entries()) {
    if (i > 0) await user.click(screen.getByRole('button', { name: 'Add another status' }));
    await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), h.status);
    setDate('Day you saw it', h.seen);
    setDate(/Case Last Updated/, h.updated ?? '');
    await user.click(screen.getByRole('button', { name: 'Add this status' }));
  }
  await cont(user);

  if (j.letter) {
    await radio(user, 'Do you have a refusal letter?', /Yes/);
    for (const g of j.letter.grounds) await check(user, /Which sections of the law/, g);
    await radio(user, /What colour is the letter/, j.letter.slip);
    for (const r of j.letter.requests ?? []) await check(user, /What does the letter ask/, r);
    if (!j.letter.requests?.length) await check(user, /What does the letter ask/, /^Nothing/);
    if (j.letter.responded) setDate(/Day you sent what was asked for/, j.letter.responded);
  } else {
    await radio(user, 'Do you have a refusal letter?', /I don't have a letter/);
  }
  await cont(user);
  await cont(user); // notes
}

/** Answers the first two steps as a new user would and lands on the history step. */
export async function toHistory() {
  const r = renderApp();
  await r.user.selectOptions(screen.getByLabelText('Visa class'), 'H-1B');
  await radio(r.user, /What is happening with the petition/, /^Approved/);
  await cont(r.user);
  await radio(r.user, 'How did you apply?', /I dropped off documents/);
  await radio(r.user, /passport kept/, /I don't know/);
  await cont(r.user);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('CEAC status history');
  // the status-history editor loads on demand, with its texts (src/ui/historyModule.ts)
  await screen.findByLabelText('Status shown on CEAC');
  return r;
}
