import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import type { CaseFile } from '../../src/rules';
import { encodeCaseLink } from '../../src/share';
import { fromCaseFile } from '../../src/intake/draft';
import { STORAGE_KEY } from '../../src/ui/storage';
import { decodeLink, loadResultModule } from '../../src/ui/resultModule';
import { renderApp, reset } from './helpers';

beforeEach(() => {
  reset();
  sessionStorage.clear();
});

const NOTE = 'Hello!\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\nWe will send the documents on Monday.';

const LINKED: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'O-1',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01', officerSaid: 'refused', passport: 'returned' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
  refusal: { grounds: ['214b'], requests: [] },
  notes: NOTE,
};

const SAVED: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'L-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview_waiver', date: '2026-08-15' },
  ceacHistory: [{ seenOn: '2026-08-20', status: 'Refused' }],
  refusal: { grounds: ['221g'], requests: ['documents'] },
};

function save(cf: CaseFile, page = 'result'): string {
  const raw = JSON.stringify({ draft: fromCaseFile(cf), page });
  localStorage.setItem(STORAGE_KEY, raw);
  return raw;
}

async function openWith(fragment: string) {
  window.history.replaceState(null, '', `/${fragment}`);
  return renderApp();
}

it('opens a link read-only: the verdict, the note as plain text, and nothing saved', async () => {
  const raw = save(SAVED);
  await openWith(await encodeCaseLink(LINKED));
  expect(screen.getByText('Opening the case link…')).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 1, name: 'Final refusal' })).toBeInTheDocument();
  await waitFor(() => expect(document.title).toMatch(/^Final refusal: the case in this link/));
  expect(screen.getByText(/Prepared for you with this link\. Nothing from it is saved on this device/)).toBeInTheDocument();

  const note = screen.getByRole('region', { name: 'Note from your attorney' });
  expect(note.querySelector('p')!.textContent).toBe(NOTE);
  expect(note).toHaveTextContent('<script>alert(1)</script>');
  expect(note).toHaveTextContent('<img src=x onerror=alert(1)>');
  expect(document.querySelector('main img')).toBeNull();
  expect(document.querySelector('main script')).toBeNull();

  // the explanation, without the form or the tools that change the saved case
  expect(screen.getByRole('region', { name: 'Why' })).toBeInTheDocument();
  expect(screen.getByText(/from the facts in this link/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  expect(screen.queryByText('Check or change your answers')).toBeNull();
  expect(screen.queryByLabelText('Import case file (JSON)')).toBeNull();
  expect(screen.queryByRole('region', { name: 'Share this case' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();

  // the saved case and the link are untouched
  await act(() => new Promise((r) => setTimeout(r, 400)));
  expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);
  expect(window.location.hash).toBe(await encodeCaseLink(LINKED));
});

it('"Edit these facts" asks before replacing a different saved case, then fills the form', async () => {
  save(SAVED);
  const { user } = await openWith(await encodeCaseLink(LINKED));
  await screen.findByRole('heading', { level: 1, name: 'Final refusal' });

  await user.click(screen.getByRole('button', { name: 'Edit these facts' }));
  const confirm = screen.getByRole('region', { name: 'Replace the case saved on this device?' });
  expect(confirm).toHaveFocus();
  await user.click(within(confirm).getByRole('button', { name: 'Keep the saved case' }));
  expect(screen.queryByRole('region', { name: 'Replace the case saved on this device?' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Edit these facts' })).toHaveFocus();
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).draft.visaClass).toBe('L-1B');

  await user.click(screen.getByRole('button', { name: 'Edit these facts' }));
  await user.click(screen.getByRole('button', { name: 'Replace it and edit these facts' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
  expect(await screen.findByText('O-1: extraordinary ability')).toBeInTheDocument(); // the check-answers page loads on demand
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
  expect(stored.caseFile).toEqual(LINKED);
  expect(new URLSearchParams(window.location.search).get('step')).toBe('review');
});

it('"Edit these facts" goes straight to the form when nothing is saved', async () => {
  const { user } = await openWith(await encodeCaseLink(LINKED));
  await screen.findByRole('heading', { level: 1, name: 'Final refusal' });
  await user.click(screen.getByRole('button', { name: 'Edit these facts' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).caseFile).toEqual(LINKED);
});

it('a link to the case saved here opens that case as usual (a reload of the own result page)', async () => {
  save(SAVED, 'result');
  await openWith(await encodeCaseLink(SAVED));
  expect(await screen.findByRole('heading', { level: 1, name: 'Likely temporary refusal' })).toBeInTheDocument();
  expect(screen.getByText('Your result')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Edit these facts' })).toBeNull();
  expect(screen.getByRole('region', { name: 'Share this case' })).toBeInTheDocument();
});

it('the result page offers the link to the case, and the address bar follows it', async () => {
  save(SAVED, 'result');
  const { user } = renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Likely temporary refusal' });
  const fragment = await encodeCaseLink(SAVED);
  const field = screen.getByLabelText('Link to this case');
  await waitFor(() => expect(field).toHaveValue(`${window.location.origin}/${fragment}`));
  expect(screen.getByText(/The link carries the case facts to wherever it is pasted/)).toBeInTheDocument();
  await waitFor(() => expect(window.location.hash).toBe(fragment));

  let copied = '';
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { copied = t; } } });
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(copied).toBe(`${window.location.origin}/${fragment}`);
  expect(await screen.findByText(/Link copied/)).toBeInTheDocument();
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByText(/It is selected in the field above/)).toBeInTheDocument();
  expect(field).toHaveFocus();

  // an edit made through a "Change" link moves the address bar on, without history entries
  // (each move to another page adds one, so that the browser's Back button goes back a step)
  let historyLength = window.history.length;
  await user.click(screen.getByRole('link', { name: 'Check or change your answers' }));
  await user.click(await screen.findByRole('link', { name: /Change.*visa class/i }));
  expect(window.history.length).toBe(historyLength + 2);
  historyLength = window.history.length;
  await user.selectOptions(screen.getByLabelText('Visa class'), 'L-1A');
  const changed = await encodeCaseLink({ ...SAVED, visaClass: 'L-1A' });
  await waitFor(() => expect(window.location.hash).toBe(changed));
  expect(window.history.length).toBe(historyLength);
});

it('a tampered link says so, keeps the saved case and offers the way back', async () => {
  save(SAVED);
  const good = await encodeCaseLink(LINKED);
  const tampered = `${good.slice(0, 20)}${good[20] === 'A' ? 'B' : 'A'}${good.slice(21, -6)}`;
  const { user } = await openWith(tampered);
  expect(await screen.findByRole('heading', { level: 1, name: 'This link could not be opened' })).toBeInTheDocument();
  expect(screen.getByText(/damaged|not valid|not a case/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Start a new case' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Go back to the case saved on this device' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Likely temporary refusal' })).toBeInTheDocument();
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).draft).toEqual(fromCaseFile(SAVED));
  expect(window.location.hash).not.toBe(tampered);
});

it('a broken link with nothing saved offers a new case; a newer link asks for a reload', async () => {
  const { user, unmount } = await openWith('#v1.not-a-real-link!');
  expect(await screen.findByRole('heading', { level: 1, name: 'This link could not be opened' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Start a new case' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Visa and petition' })).toBeInTheDocument();
  expect(window.location.hash).toBe('');
  unmount();

  await openWith('#v3.AAAA');
  expect(await screen.findByRole('heading', { level: 1, name: 'This link could not be opened' })).toBeInTheDocument();
  expect(screen.getByText(/made by a newer version of the refusal explainer/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
});

it('a link pasted into the address bar of an open tab opens on hashchange', async () => {
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Visa and petition' });
  const fragment = await encodeCaseLink(LINKED);
  await act(async () => {
    window.location.hash = fragment;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  expect(await screen.findByRole('heading', { level: 1, name: 'Final refusal' })).toBeInTheDocument();
});

it('a link decoded before the first render (as src/main.tsx does) opens on its result at once, and focus stays put', async () => {
  save(SAVED);
  const fragment = await encodeCaseLink(LINKED);
  const m = await loadResultModule();
  await decodeLink(m, fragment);
  await openWith(fragment);
  // No "Opening" line first: the verdict is there on the first render.
  expect(screen.queryByText('Opening the case link…')).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: 'Final refusal' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Final refusal' })).not.toHaveFocus();
  expect(screen.getByRole('button', { name: 'Edit these facts' })).toBeInTheDocument();
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).draft.visaClass).toBe('L-1B');
});

it('the own case decoded before the first render opens the app as usual, on its result', async () => {
  save(SAVED, 'visa');
  const fragment = await encodeCaseLink(SAVED);
  await decodeLink(await loadResultModule(), fragment);
  await openWith(fragment);
  expect(screen.getByRole('heading', { level: 1, name: 'Likely temporary refusal' })).toBeInTheDocument();
  expect(screen.getByText('Your result')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Edit these facts' })).toBeNull();
});
