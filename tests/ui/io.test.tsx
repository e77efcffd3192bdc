import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../src/rules';
import { STORAGE_KEY } from '../../src/ui/storage';
import { radio, renderApp, reset } from './helpers';

beforeEach(reset);
afterEach(() => vi.restoreAllMocks());

/** A version 1 file, as version 1 of the app exported it. */
const CASE_V1 = {
  format: 'ceac-case', version: 1, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01', officerSaid: 'refused', passport: 'returned' },
  ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
  refusal: { grounds: ['214b', '212a6Ci'] },
};
/** The same case read as version 2: the facts are kept, and "asks for nothing" is written out. */
const CASE: CaseFile = {
  ...(CASE_V1 as unknown as CaseFile),
  version: 2,
  refusal: { grounds: ['214b', '212a6Ci'], requests: [] },
};

const file = (content: string, name = 'case.json') => new File([content], name, { type: 'application/json' });

it('imports a version 1 case file and goes straight to the assessment', async () => {
  const { user } = renderApp();
  await user.upload(screen.getByLabelText('Import case file (JSON)'), file(JSON.stringify({ ...CASE_V1, extra: 1 })));
  expect(await screen.findByRole('heading', { level: 1, name: 'Final refusal' })).toBeInTheDocument();
  expect(screen.getByText('Case file imported.')).toBeInTheDocument();
  expect(screen.getByText(/Ignored a field this app does not know: extra/)).toBeInTheDocument();
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).caseFile).toEqual(CASE);
});

it('a bad file lists the problems and keeps the current case', async () => {
  const { user } = renderApp();
  await user.selectOptions(screen.getByLabelText('Visa class'), 'L-1B');
  await user.upload(screen.getByLabelText('Import case file (JSON)'), file(JSON.stringify({ ...CASE, version: 3, visaClass: 'Z-9' })));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The file could not be imported');
  expect(alert).toHaveTextContent('Your current case has not changed');
  expect(within(alert).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  expect(alert).toHaveTextContent(/version 3/);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Visa and petition');
  expect(screen.getByLabelText('Visa class')).toHaveValue('L-1B');

  await user.upload(screen.getByLabelText('Import case file (JSON)'), file('{not json'));
  expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
  expect(screen.getByLabelText('Visa class')).toHaveValue('L-1B');
});

it('exports the current case as JSON', async () => {
  let blob: Blob | undefined;
  const create = vi.fn((b: Blob) => { blob = b; return 'blob:case'; });
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const { user } = renderApp();
  await user.click(screen.getByRole('button', { name: 'Export case file (JSON)' }));
  expect(await screen.findByText(/nothing to export yet/)).toBeInTheDocument();
  expect(create).not.toHaveBeenCalled();

  await user.upload(screen.getByLabelText('Import case file (JSON)'), file(JSON.stringify(CASE)));
  await screen.findByRole('heading', { level: 1, name: 'Final refusal' });
  await user.click(screen.getByRole('button', { name: 'Export case file (JSON)' }));
  expect(await screen.findByText('The case file was downloaded to this device.')).toBeInTheDocument();
  expect(create).toHaveBeenCalledTimes(1);
  expect(click).toHaveBeenCalledTimes(1);
  expect(JSON.parse(await blob!.text())).toEqual(CASE);
});

it('keeps the case across a reload, and "Clear this case" erases it', async () => {
  const { user } = renderApp();
  await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
  await radio(user, /What is happening with the petition/, /NOIR/);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(localStorage.getItem(STORAGE_KEY)).toContain('O-1');
  cleanup();
  const again = renderApp();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Interview');
  await again.user.click(screen.getByRole('link', { name: 'Back' }));
  expect(screen.getByLabelText('Visa class')).toHaveValue('O-1');
  expect(screen.getByRole('radio', { name: /NOIR/ })).toBeChecked();

  await again.user.click(screen.getByRole('button', { name: 'Clear this case' }));
  expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  expect(screen.getByText('This case was cleared from this device.')).toBeInTheDocument();
  expect(screen.getByLabelText('Visa class')).toHaveValue('');
  cleanup();
  renderApp();
  expect(screen.getByLabelText('Visa class')).toHaveValue('');
});

it('a corrupt saved value does not crash the app', () => {
  localStorage.setItem(STORAGE_KEY, '{"draft": 5, "caseFile": {"format": "nope"}');
  renderApp();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Visa and petition');
  expect(screen.getByText(/could not be read, so a new case was started/)).toBeInTheDocument();
});

it('falls back to a valid saved case file when the draft is unusable', async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ draft: 'broken', page: 'result', caseFile: CASE }));
  renderApp();
  expect(await screen.findByRole('heading', { level: 1, name: 'Final refusal' })).toBeInTheDocument();
});
