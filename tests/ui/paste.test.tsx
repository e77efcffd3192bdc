import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/ui/storage';
import { REFUSED_LONG, REFUSED_SHORT } from '../intake/fixtures';
import { cont, reset, setDate, toHistory } from './helpers';

beforeEach(reset);

const APP_ID = 'AA00ABCDE1';
const LONG_PAGE = [
  'Nonimmigrant Visa (NIV)',
  `Application ID or Case Number:\t${APP_ID}`,
  'Case Created:\t02-Jul-2026',
  'Case Last Updated:\t14-Jul-2026',
  'Refused',
  REFUSED_LONG,
].join('\n');
const SHORT_PAGE = `Refused\nCase Last Updated: 03-Aug-2026\n${REFUSED_SHORT}`;
const LABEL = 'Paste the status part of the CEAC page';


async function pasteAndRead(user: Awaited<ReturnType<typeof toHistory>>['user'], text: string) {
  const area = screen.getByLabelText(LABEL);
  if (!area.closest('details')?.open) await user.click(screen.getByText('Paste from the CEAC page'));
  await user.clear(area);
  await user.click(area);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Read the pasted text' }));
}

const stored = () => localStorage.getItem(STORAGE_KEY) ?? '';

it('reads a long Refused text, drops the application ID, and "Use this" fills the add form; the entry lands in date order', async () => {
  const { user } = await toHistory();
  // an earlier status typed by hand first
  await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), 'Application Received');
  setDate('Day you saw it', '2026-07-01');
  await user.click(screen.getByRole('button', { name: 'Add this status' }));

  const area = screen.getByLabelText(LABEL);
  expect(area).toHaveAccessibleDescription(/only the status part.*never kept/);
  await pasteAndRead(user, LONG_PAGE);

  const summary = await screen.findByRole('heading', { name: 'What the pasted text says' });
  const result = summary.parentElement as HTMLElement;
  await waitFor(() => expect(result).toHaveFocus()); // focus moves after the reader has loaded
  expect(result).toHaveTextContent('StatusRefused');
  expect(result).toHaveTextContent('Case Last Updated14 Jul 2026');
  expect(result).toHaveTextContent(/the long wording about administrative processing/i);
  expect(within(result).getByText(/We removed what looked like an application ID, case number, passport number or name\. It was not saved\./)).toBeInTheDocument();
  expect(stored()).not.toContain(APP_ID);
  expect(stored()).not.toContain('consular officer');

  await user.click(within(result).getByRole('button', { name: 'Use this' }));
  // the add form is filled in, for the user to check (nothing typed twice)
  await waitFor(() => expect(screen.getByText(/Filled in from the pasted text/)).toHaveFocus());
  expect(screen.getByLabelText('Status shown on CEAC')).toHaveValue('Refused');
  expect(screen.getByLabelText('Day you saw it')).toHaveValue('2026-11-20');
  expect(screen.getByLabelText(/Case Last Updated/)).toHaveValue('2026-07-14');
  expect(screen.getByRole('radio', { name: /longer message that mentions administrative processing/ })).toBeChecked();
  // the pasted text is gone
  expect(screen.getByLabelText(LABEL)).toHaveValue('');
  expect(screen.queryByRole('heading', { name: 'What the pasted text says' })).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Add this status' }));
  const list = screen.getByRole('heading', { name: /Statuses you saw/ }).nextElementSibling as HTMLElement;
  const rows = within(list).getAllByRole('listitem');
  expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['Application Received', 'Refused']);
  expect(rows[1]).toHaveTextContent('Seen on 20 Nov 2026');
  expect(rows[1]).toHaveTextContent('Case Last Updated: 14 Jul 2026');
  expect(rows[1]).toHaveTextContent(/mentions administrative processing/);

  const saved = stored();
  expect(saved).toContain('"lastUpdated":"2026-07-14"');
  expect(saved).not.toContain(APP_ID);
  expect(saved.toLowerCase()).not.toContain(APP_ID.toLowerCase());
  expect(saved).not.toContain('adjudicated');
});

it('shows the reader\'s message for text it cannot read, keeps the text, and reads it once fixed', async () => {
  const { user } = await toHistory();
  const garbage = `hello ${APP_ID} nothing here`;
  await pasteAndRead(user, garbage);

  const area = screen.getByLabelText(LABEL);
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert).toHaveFocus()); // the error summary, linking to the text area
  expect(within(screen.getByRole('alert')).getByRole('link', { name: /No CEAC status was found/ })).toHaveAttribute('href', '#ceac-paste');
  expect(area).toHaveValue(garbage);
  expect(area).toHaveAttribute('aria-invalid', 'true');
  expect(area).toHaveAccessibleDescription(/No CEAC status was found/);
  expect(screen.queryByRole('heading', { name: 'What the pasted text says' })).not.toBeInTheDocument();
  expect(stored()).not.toContain(APP_ID);

  await pasteAndRead(user, SHORT_PAGE);
  const result = (await screen.findByRole('heading', { name: 'What the pasted text says' })).parentElement as HTMLElement;
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByLabelText(LABEL)).not.toHaveAttribute('aria-invalid');
  expect(result).toHaveTextContent(/the short wording that points to the interview letter/i);
  expect(result).not.toHaveTextContent(/We removed/);

  // "Use this", then Continue adds the filled-in entry
  await user.click(within(result).getByRole('button', { name: 'Use this' }));
  await cont(user);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Refusal letter');
  const saved = JSON.parse(stored()) as { caseFile: { ceacHistory: unknown[] } };
  expect(saved.caseFile.ceacHistory).toEqual([{ seenOn: '2026-11-20', status: 'Refused', lastUpdated: '2026-08-03', message: 'refused_short' }]);
  expect(stored()).not.toContain(APP_ID);
});
