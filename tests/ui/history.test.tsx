import { screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { cont, radio, reset, setDate, toHistory } from './helpers';

beforeEach(reset);


it('adds entries typed out of order and shows them in date order; new rows default to the last values', async () => {
  const { user } = await toHistory();
  expect(screen.getByText('No statuses added yet.')).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), 'Refused');
  // the Refused wording question appears only for Refused
  expect(screen.getByRole('group', { name: /Which Refused message/ })).toBeInTheDocument();
  await radio(user, /Which Refused message/, /longer message/);
  setDate('Day you saw it', '2026-07-15');
  setDate(/Case Last Updated/, '2026-07-14');
  await user.click(screen.getByRole('button', { name: 'Add this status' }));

  await user.click(screen.getByRole('button', { name: 'Add another status' }));
  expect(screen.getByLabelText('Status shown on CEAC')).toHaveValue('Refused');
  expect(screen.getByLabelText('Day you saw it')).toHaveValue('2026-07-15');
  expect(screen.getByLabelText(/Case Last Updated/)).toHaveValue('2026-07-14');
  await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), 'Application Received');
  setDate('Day you saw it', '2026-07-01');
  setDate(/Case Last Updated/, '2026-07-01');
  await user.click(screen.getByRole('button', { name: 'Add this status' }));

  const list = screen.getByRole('heading', { name: /Statuses you saw/ }).nextElementSibling as HTMLElement;
  const rows = within(list).getAllByRole('listitem');
  expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['Application Received', 'Refused']);
  expect(rows[0]).toHaveTextContent('Seen on 1 Jul 2026');
  expect(rows[1]).toHaveTextContent('Seen on 15 Jul 2026');
  expect(rows[1]).toHaveTextContent(/mentions administrative processing/);
});

it('changes and removes an entry, and validates an entry on Add', async () => {
  const { user } = await toHistory();
  await user.click(screen.getByRole('button', { name: 'Add this status' }));
  const alert = screen.getByRole('alert');
  expect(alert).toHaveFocus();
  expect(within(alert).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#entry-status', '#entry-seenOn']);
  expect(document.title).toMatch(/^Error: /);

  await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), 'Ready');
  setDate('Day you saw it', '2026-12-25'); // after "today" (20 Nov 2026)
  await user.click(screen.getByRole('button', { name: 'Add this status' }));
  expect(screen.getByRole('alert')).toHaveTextContent('today or earlier');
  setDate('Day you saw it', '2026-06-01');
  await user.click(screen.getByRole('button', { name: 'Add this status' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: /Change status 1: Ready, seen on 1 Jun 2026/ }));
  expect(screen.getByRole('group', { name: 'Change this status' })).toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), 'Issued');
  await user.click(screen.getByRole('button', { name: 'Save this status' }));
  expect(screen.getByRole('button', { name: /Remove status 1: Issued, seen on 1 Jun 2026/ })).toBeInTheDocument();
  expect(screen.queryByText('Ready')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: /Remove status 1: Issued/ }));
  expect(screen.getByText('No statuses added yet.')).toBeInTheDocument();
});

it('Continue adds a filled-in entry that was not added yet, and allows an empty history', async () => {
  const { user } = await toHistory();
  await user.selectOptions(screen.getByLabelText('Status shown on CEAC'), 'Issued');
  setDate('Day you saw it', '2026-08-01');
  await cont(user);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Refusal letter');
  await user.click(screen.getByRole('link', { name: 'Back' }));
  expect(screen.getByRole('button', { name: /Remove status 1: Issued, seen on 1 Aug 2026/ })).toBeInTheDocument();
  // an untouched "Add another" form is simply closed
  await user.click(screen.getByRole('button', { name: 'Add another status' }));
  await cont(user);
  await user.click(screen.getByRole('link', { name: 'Back' }));
  expect(screen.getAllByRole('button', { name: /^Remove status/ })).toHaveLength(1);
});
