import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/ui/storage';
import { check, completeForm, cont, radio, renderApp, reset, setDate } from './helpers';

beforeEach(reset);

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('the steps', () => {
  it('starts on the visa step with a progress indicator, and the disclaimer and review date', () => {
    renderApp();
    expect(h1()).toHaveTextContent('Visa and petition');
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
    const progress = screen.getByRole('navigation', { name: 'Progress' });
    expect(within(progress).getAllByRole('listitem')).toHaveLength(6);
    expect(within(progress).getByText('Visa and petition').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText(/Not legal advice/)).toBeInTheDocument();
    expect(screen.getByText(/Rules last reviewed on 29 Nov 2026/)).toBeInTheDocument();
    expect(screen.getByLabelText('Petition end date (optional)')).toHaveAttribute('type', 'date');
    expect(screen.queryByRole('link', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('shows an error summary that takes focus, links to each field, and prefixes the title', async () => {
    const { user } = renderApp();
    await cont(user);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Error: Visa and petition/);
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#visaClass', '#petitionStatus']);
    // inline messages, linked by aria-describedby
    const select = screen.getByLabelText('Visa class');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Select the visa class'));
    await user.click(links[1]!);
    expect(screen.getByRole('radio', { name: /Approved \(I have an I-797/ })).toHaveFocus();
    // fixing the answers clears the errors and the title prefix
    await user.selectOptions(select, 'H-1B');
    await radio(user, /What is happening with the petition/, "I don't know");
    await cont(user);
    expect(h1()).toHaveTextContent('Interview');
    expect(h1()).toHaveFocus();
    expect(document.title).toMatch(/^Interview/);
  });

  it('keeps everything typed across errors and Back', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'O-1');
    await radio(user, /What is happening with the petition/, /USCIS revoked/);
    setDate('Petition end date (optional)', '2027-05-31');
    await cont(user);
    await user.type(screen.getByLabelText(/Consulate or embassy/), 'Toronto');
    setDate(/Date of the interview/, '2026-10-01');
    await cont(user); // errors: how you applied, passport
    expect(screen.getByRole('alert')).toHaveTextContent(/how you applied|interview waiver/i);
    expect(screen.getByLabelText(/Consulate or embassy/)).toHaveValue('Toronto');
    expect(screen.getByLabelText(/Date of the interview/)).toHaveValue('2026-10-01');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(h1()).toHaveTextContent('Visa and petition');
    expect(screen.getByLabelText('Visa class')).toHaveValue('O-1');
    expect(screen.getByRole('radio', { name: /USCIS revoked/ })).toBeChecked();
    expect(screen.getByLabelText('Petition end date (optional)')).toHaveValue('2027-05-31');
    await cont(user);
    expect(screen.getByLabelText(/Consulate or embassy/)).toHaveValue('Toronto');
  });

  it('asks what the officer said only after an interview, each with "I don\'t know"', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'H-4');
    await radio(user, /What is happening with the petition/, /^Approved/);
    await cont(user);
    expect(screen.queryByRole('group', { name: /What did the officer tell you/ })).not.toBeInTheDocument();
    await radio(user, 'How did you apply?', /I had an interview/);
    const officer = screen.getByRole('group', { name: /What did the officer tell you/ });
    expect(within(officer).getByRole('radio', { name: "I don't know" })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: /passport kept/ })).getByRole('radio', { name: "I don't know" })).toBeInTheDocument();
    await cont(user);
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#officerSaid', '#passport']);
  });

  it('removes identifiers typed into the post, with a visible message', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'H-1B');
    await radio(user, /What is happening with the petition/, /^Approved/);
    await cont(user);
    await user.type(screen.getByLabelText(/Consulate or embassy/), 'Chennai AA0012ABCD ');
    expect(screen.getByLabelText(/Consulate or embassy/)).toHaveValue('Chennai [removed] ');
    expect(screen.getByText(/We removed what looked like a case number/)).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).not.toContain('AA0012ABCD');
  });

  it('letter step: grounds in plain words with section numbers, "I don\'t know", slip colour as a hint', async () => {
    const { user } = renderApp();
    await completeForm(user, {
      visaClass: 'H-1B', petition: /^Approved/, kind: /I had an interview/, officer: /I don't know/, passport: /I don't know/, history: [],
    });
    await user.click(await screen.findByRole('link', { name: /Change refusal letter/ })); // loads on demand
    expect(h1()).toHaveTextContent('Refusal letter');
    expect(screen.getByRole('radio', { name: "I don't have a letter / I don't know" })).toBeChecked();
    await radio(user, 'Do you have a refusal letter?', /Yes/);
    const grounds = screen.getByRole('group', { name: /Which sections of the law/ });
    expect(within(grounds).getByRole('checkbox', { name: /Section 221\(g\)/ })).toBeInTheDocument();
    expect(within(grounds).getByRole('checkbox', { name: /Section 214\(b\)/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /What colour is the letter/ })).toHaveAccessibleDescription(/not official/);
    expect(screen.getByRole('group', { name: /What does the letter ask you to do\?/ })).toBeInTheDocument();
    await cont(user);
    expect(within(screen.getByRole('alert')).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual(['#grounds', '#slipColor', '#requests']);
    // "I don't know" clears ticked grounds (exclusive), and a ground clears "I don't know"
    await check(user, /Which sections of the law/, /Section 214\(b\)/);
    await check(user, /Which sections of the law/, "I don't know");
    expect(within(grounds).getByRole('checkbox', { name: /Section 214\(b\)/ })).not.toBeChecked();
    await check(user, /Which sections of the law/, /Section 221\(g\)/);
    expect(within(grounds).getByRole('checkbox', { name: "I don't know" })).not.toBeChecked();
    await radio(user, /What colour is the letter/, 'Pink');
    await check(user, /What does the letter ask/, /more documents/);
    setDate(/Day you sent what was asked for/, '2026-11-01');
    await cont(user);
    // after a change from check answers, Continue returns there
    expect(h1()).toHaveTextContent('Check your answers');
    expect(screen.getByText(/Section 221\(g\): incomplete application/)).toBeInTheDocument();
    expect(screen.getByText('1 Nov 2026')).toBeInTheDocument();
  });

  it('notes: optional, counts characters, rejects more than 1,000', async () => {
    const { user } = renderApp();
    await completeForm(user, {
      visaClass: 'H-1B', petition: /^Approved/, kind: /I had an interview/, officer: /I don't know/, passport: /I don't know/, history: [],
    });
    await user.click(screen.getByRole('link', { name: /Change notes/ }));
    const notes = screen.getByLabelText('Notes (optional)');
    await act(async () => {
      (await import('@testing-library/react')).fireEvent.change(notes, { target: { value: 'x'.repeat(1005) } });
    });
    expect(screen.getByText('You have 5 characters too many.')).toBeInTheDocument();
    await cont(user);
    expect(screen.getByRole('alert')).toHaveTextContent('The note must be 1,000 characters or fewer');
    expect(notes).toHaveValue('x'.repeat(1005));
  });
});

describe('check answers', () => {
  it('lists every answer with Change links that go to the step and back', async () => {
    const { user } = renderApp();
    await completeForm(user, {
      visaClass: 'H-1B', petition: /^Approved/, kind: /I had an interview/, date: '2026-09-01', post: 'Chennai',
      officer: /That the visa was approved/, passport: /kept my passport/,
      history: [{ status: 'Refused', seen: '2026-09-01' }],
    });
    expect(h1()).toHaveTextContent('Check your answers');
    expect(document.title).toMatch(/^Check your answers/);
    expect(screen.getByText('1 Sep 2026')).toBeInTheDocument();
    expect(screen.getByText('Chennai')).toBeInTheDocument();
    expect(screen.getAllByText('Not provided').length).toBeGreaterThan(0);
    const change = screen.getByRole('link', { name: 'Change consulate or embassy' });
    await user.click(change);
    expect(h1()).toHaveTextContent('Interview');
    expect(screen.getByLabelText(/Consulate or embassy/)).toHaveFocus();
    await user.clear(screen.getByLabelText(/Consulate or embassy/));
    await user.type(screen.getByLabelText(/Consulate or embassy/), 'Hyderabad');
    await cont(user);
    expect(h1()).toHaveTextContent('Check your answers');
    expect(screen.getByText('Hyderabad')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the result' }));
    // The result page loads on demand: on a busy machine that can take more than the default second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Administrative processing' }, { timeout: 5000 })).toBeInTheDocument();
  });
});

describe('the questions follow the visa class', () => {
  it('a visitor is not asked about a petition; a student is asked the program start; DV the program year', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'B-2');
    expect(screen.queryByRole('group', { name: /What is happening with the petition/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Petition end date (optional)')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'F-1');
    expect(screen.getByLabelText('Program start date (optional)')).toHaveAttribute('type', 'date');
    await user.selectOptions(screen.getByLabelText('Visa class'), 'DV');
    expect(screen.queryByLabelText('Program start date (optional)')).not.toBeInTheDocument();
    await cont(user);
    expect(screen.getByRole('alert')).toHaveTextContent(/DV program year/);
    await user.selectOptions(screen.getByLabelText('DV program year'), '2026');
    await cont(user);
    expect(h1()).toHaveTextContent('Interview');
    // a diversity visa is decided at an interview: no interview-waiver question
    expect(screen.queryByRole('group', { name: 'How did you apply?' })).not.toBeInTheDocument();
  });

  it('a fiancé(e) is asked about the I-129F, an immigrant relative about the I-130', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'K-1');
    expect(screen.getByRole('group', { name: 'What is happening with the petition (Form I-129F)?' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Visa class'), 'IR-CR');
    expect(screen.getByRole('group', { name: 'What is happening with the petition (Form I-130)?' })).toBeInTheDocument();
  });
});

it('changing the class keeps what still applies and says what was set aside', async () => {
  const { user } = renderApp();
  await user.selectOptions(screen.getByLabelText('Visa class'), 'H-1B');
  await radio(user, /What is happening with the petition/, /^Approved/);
  setDate('Petition end date (optional)', '2027-05-31');
  await user.selectOptions(screen.getByLabelText('Visa class'), 'B-2');
  expect(screen.getByText(/^Set aside/)).toHaveTextContent('Set aside, because a B-2 case does not need them: petition, petition end date.');
  await user.selectOptions(screen.getByLabelText('Visa class'), 'L-1A');
  expect(screen.queryByText(/Set aside/)).not.toBeInTheDocument();
  expect(screen.getByRole('radio', { name: /^Approved/ })).toBeChecked();
  expect(screen.getByLabelText('Petition end date (optional)')).toHaveValue('2027-05-31');
});
