/** Nothing lost on this device: a refused save, a case changed in another tab, a saved value that cannot be read. */
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../src/rules';
import { fromCaseFile } from '../../src/intake/draft';
import { ASIDE_KEY, STORAGE_KEY } from '../../src/ui/storage';
import { renderApp, reset } from './helpers';

beforeEach(reset);
afterEach(() => vi.restoreAllMocks());

const CASE: CaseFile = {
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01', officerSaid: 'refused', passport: 'returned' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
  refusal: { grounds: ['214b', '212a6Ci'], requests: [] },
};

const KEPT = /Your answers are kept in this browser only/;
const NOT_KEPT = 'Your case is not being kept on this device';
const ELSEWHERE = 'This case was changed in another tab';
const ASIDE = /A case saved earlier in this browser could not be read; it has been kept aside/;

const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY)!) as { draft: { visaClass: string }; page: string };

/** The notice region (role="status") holding a heading. */
async function notice(name: string) {
  const region = (await screen.findByRole('heading', { level: 2, name })).closest('[role="status"]');
  expect(region).not.toBeNull();
  return region as HTMLElement;
}

const quotaExceeded = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

/** Another tab of this browser writes the case (the `storage` event only reaches the other tabs). */
function writeFromAnotherTab(newValue: string | null) {
  const oldValue = localStorage.getItem(STORAGE_KEY);
  if (newValue === null) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, newValue);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, oldValue, newValue, storageArea: localStorage }));
  });
}

describe('a normal save', () => {
  it('keeps the case and says so, with no notice', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    expect(stored().draft.visaClass).toBe('O-1');
    expect(screen.getByText(KEPT)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: NOT_KEPT })).toBeNull();
    expect(screen.queryByRole('heading', { name: ELSEWHERE })).toBeNull();
    expect(screen.queryByText(ASIDE)).toBeNull();
    expect(localStorage.getItem(ASIDE_KEY)).toBeNull();
  });
});

describe('when the browser refuses to save', () => {
  it('says the case is not kept, offers the export, and the notice goes once saving works again', async () => {
    const setItem = quotaExceeded();
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'H-1B');

    const region = await notice(NOT_KEPT);
    expect(region).toHaveTextContent(/did not let the app save your answers/);
    expect(region).toHaveTextContent(/export the case file \(JSON\)/);
    expect(within(region).getByRole('button', { name: 'Export case file (JSON)' })).toBeInTheDocument();
    expect(screen.queryByText(KEPT)).toBeNull();
    expect(screen.getByText(/Your answers are not being kept on this device/)).toBeInTheDocument();
    // The form is not blocked.
    expect(screen.getByLabelText('Visa class')).toHaveValue('H-1B');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    // Saving works again: the notice goes, and the page says the case is kept.
    setItem.mockRestore();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    expect(stored().draft.visaClass).toBe('O-1');
    expect(screen.queryByRole('heading', { name: NOT_KEPT })).toBeNull();
    expect(screen.getByText(KEPT)).toBeInTheDocument();
  });

  it('exports a complete case from the notice', async () => {
    let blob: Blob | undefined;
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => { blob = b; return 'blob:case'; }), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ draft: fromCaseFile(CASE), page: 'review' }));
    quotaExceeded();
    const { user } = renderApp();
    const region = await notice(NOT_KEPT);
    await user.click(within(region).getByRole('button', { name: 'Export case file (JSON)' }));
    expect(await screen.findByText('The case file was downloaded to this device.')).toBeInTheDocument();
    expect(JSON.parse(await blob!.text())).toEqual(CASE);
  });

  it('says so too when the page may not touch localStorage at all', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    renderApp();
    expect(await notice(NOT_KEPT)).toHaveTextContent(/export the case file \(JSON\)/);
    expect(screen.queryByText(KEPT)).toBeNull();
    expect(screen.getByLabelText('Visa class')).toBeEnabled();
  });
});

describe('a case changed in another tab', () => {
  const NEWER = JSON.stringify({ draft: fromCaseFile(CASE), page: 'result' });

  async function changedElsewhere() {
    const r = renderApp();
    await r.user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    expect(stored().draft.visaClass).toBe('O-1');
    writeFromAnotherTab(NEWER);
    const region = await notice(ELSEWHERE);
    expect(screen.queryByText(KEPT)).toBeNull();
    // Not saved over until the user chooses, however the case here changes.
    await r.user.selectOptions(screen.getByLabelText('Visa class'), 'L-1B');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(NEWER);
    return { ...r, region };
  }

  it('"Load the newer case" opens the case the other tab saved', async () => {
    const { user, region } = await changedElsewhere();
    await user.click(within(region).getByRole('button', { name: 'Load the newer case' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Final refusal' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: ELSEWHERE })).toBeNull();
    expect(stored().draft.visaClass).toBe('H-1B');
    expect(screen.getByText(KEPT)).toBeInTheDocument();
  });

  it('"Keep the case in this tab" saves this tab\'s case over it', async () => {
    const { user, region } = await changedElsewhere();
    await user.click(within(region).getByRole('button', { name: 'Keep the case in this tab' }));
    expect(screen.queryByRole('heading', { name: ELSEWHERE })).toBeNull();
    expect(stored().draft.visaClass).toBe('L-1B');
    expect(screen.getByLabelText('Visa class')).toHaveValue('L-1B');
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    expect(stored().draft.visaClass).toBe('O-1');
  });

  it('the same case saved by another tab (on another step) needs no choice', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    const same = JSON.stringify({ ...stored(), page: 'notes' });
    writeFromAnotherTab(same);
    expect(screen.queryByRole('heading', { name: ELSEWHERE })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'L-1B');
    expect(stored().draft.visaClass).toBe('L-1B');
  });

  it('ignores other keys', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'x', storageArea: localStorage }));
    });
    expect(screen.queryByRole('heading', { name: ELSEWHERE })).toBeNull();
  });

  it('an unreadable value written by another tab is kept aside', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    writeFromAnotherTab('{broken');
    expect(await screen.findByText(ASIDE)).toBeInTheDocument();
    expect(localStorage.getItem(ASIDE_KEY)).toBe('{broken');
    await user.selectOptions(screen.getByLabelText('Visa class'), 'L-1B');
    expect(stored().draft.visaClass).toBe('L-1B');
    expect(localStorage.getItem(ASIDE_KEY)).toBe('{broken');
  });
});

describe('a saved value that cannot be read', () => {
  it('is kept aside before anything is saved over it, and the page says so', async () => {
    localStorage.setItem(STORAGE_KEY, '{"draft": 5, "caseFile": {"format": "nope"}');
    const { user } = renderApp();
    expect(localStorage.getItem(ASIDE_KEY)).toBe('{"draft": 5, "caseFile": {"format": "nope"}');
    expect(screen.getByText(ASIDE)).toBeInTheDocument();
    expect(screen.getByText(/could not be read, so a new case was started/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    expect(stored().draft.visaClass).toBe('O-1');
    expect(localStorage.getItem(ASIDE_KEY)).toBe('{"draft": 5, "caseFile": {"format": "nope"}');
  });

  it('never over a different value already kept aside', () => {
    localStorage.setItem(ASIDE_KEY, 'older');
    localStorage.setItem(STORAGE_KEY, 'not json');
    renderApp();
    expect(localStorage.getItem(ASIDE_KEY)).toBe('older');
    expect(localStorage.getItem(`${ASIDE_KEY}:2`)).toBe('not json');
    expect(screen.getByText(ASIDE)).toBeInTheDocument();
  });

  it('a case file saved beside it that turns out unreadable is kept aside too', async () => {
    const value = JSON.stringify({ draft: 'broken', page: 'result', caseFile: { format: 'ceac-case', version: 9 } });
    localStorage.setItem(STORAGE_KEY, value);
    renderApp();
    expect(await screen.findByText(ASIDE)).toBeInTheDocument();
    expect(localStorage.getItem(ASIDE_KEY)).toBe(value);
  });

  it('when it cannot be kept aside, it is left as it was and the page says the case is not kept', async () => {
    localStorage.setItem(STORAGE_KEY, 'not json');
    quotaExceeded();
    const { user } = renderApp();
    const region = await notice(NOT_KEPT);
    expect(region).toHaveTextContent(/could not be read, and there was no room to keep it aside/);
    expect(within(region).getByRole('button', { name: 'Export case file (JSON)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('not json');
    expect(screen.queryByText(KEPT)).toBeNull();
  });
});
