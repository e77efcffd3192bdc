import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { assess, type CaseFile } from '../../src/rules';
import { renderResult, reset } from './helpers';

beforeEach(reset);

const base = (over: Partial<CaseFile>): CaseFile => ({
  format: 'ceac-case', version: 2, visaClass: 'H-1B',
  petition: { status: 'approved' },
  application: { kind: 'interview', date: '2026-09-01' },
  ceacHistory: [],
  ...over,
});

const CASES: Array<[string, CaseFile]> = [
  ['Administrative processing', base({
    application: { kind: 'interview', date: '2026-09-01', officerSaid: '221g', passport: 'kept' },
    ceacHistory: [{ seenOn: '2026-09-01', status: 'Refused' }],
    refusal: { grounds: ['221g'], slipColor: 'blue', requests: [] },
  })],
  ['Likely temporary refusal', base({
    ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
    refusal: { grounds: ['221g'], requests: ['documents'] },
  })],
  ['Final refusal', base({
    visaClass: 'O-1',
    ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
    refusal: { grounds: ['214b'], requests: [] },
  })],
  ['Visa approved', base({ ceacHistory: [{ seenOn: '2026-09-05', status: 'Issued' }] })],
  ['No decision yet', base({ ceacHistory: [{ seenOn: '2026-08-20', status: 'Application Received' }] })],
];

describe('the assessment page, one per verdict', () => {
  for (const [label, cf] of CASES) {
    it(`names the verdict "${label}" with a summary, the confidence, reasons, dates and next steps`, async () => {
      renderResult(cf);
      const h1 = await screen.findByRole('heading', { level: 1 });
      expect(h1).toHaveTextContent(new RegExp(`^${label}$`));
      await waitFor(() => expect(document.title).toMatch(new RegExp(`^${label}: your result`)));
      const a = assess(cf, '2026-11-20');
      expect(screen.getByText(new RegExp(`^${a.confidence[0]!.toUpperCase()}${a.confidence.slice(1)} confidence`))).toBeInTheDocument();
      expect(screen.getByText('Worked out for 20 Nov 2026, from the answers you gave.')).toBeInTheDocument();
      const why = screen.getByRole('region', { name: 'Why' });
      expect(within(why).getAllByText(a.reasons[0]!.text)[0]!.closest('ul')).toHaveClass('reasons');
      const nextSteps = screen.getByRole('region', { name: 'Next steps' });
      expect(within(nextSteps).getAllByRole('checkbox')).toHaveLength(a.nextSteps.length);
      expect(screen.getByRole('region', { name: 'Dates' })).toHaveTextContent('Days since the interview or drop-off');
      expect(screen.getByText(/Not legal advice/)).toBeInTheDocument();
      expect(screen.getByText(/Rules last reviewed on 29 Nov 2026/)).toBeInTheDocument();
      // "Refused" is explained whenever CEAC shows it
      const refused = screen.queryByRole('region', { name: 'What Refused means on CEAC' });
      if (a.latestStatus === 'Refused') expect(refused).toHaveTextContent(/3 March 2020/);
      else expect(refused).not.toBeInTheDocument();
    });
  }
});

describe('details of the assessment page', () => {
  it('links sources in a new tab, safely, and lists every rule checked', async () => {
    renderResult(CASES[0]![1]);
    await screen.findByRole('heading', { level: 1, name: 'Administrative processing' });
    const why = screen.getByRole('region', { name: 'Why' });
    const links = within(why).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l).toHaveAttribute('target', '_blank');
      expect(l).toHaveAttribute('rel', 'noopener noreferrer');
      expect(l.getAttribute('href')).toMatch(/^https:\/\//);
      expect(l).toHaveAccessibleName(/opens in a new tab/);
    }
    const all = within(why).getByText('All rules checked').closest('details')!;
    expect(all.tagName).toBe('DETAILS');
    expect(within(all).getByText(/R8: decides the result/)).toBeInTheDocument();
    expect(within(all).getByText(/R1: does not apply/)).toBeInTheDocument();
  });

  it('shows milestones with dates, passed or days left, and due dates on next steps', async () => {
    renderResult(CASES[1]![1]);
    await screen.findByRole('heading', { level: 1, name: 'Likely temporary refusal' });
    const table = screen.getByRole('table', { name: 'Milestones' });
    const row = within(table).getByRole('row', { name: /one year/ });
    expect(row).toHaveTextContent('1 Sep 2027');
    expect(row).toHaveTextContent('285 days left');
    expect(screen.getByRole('region', { name: 'Next steps' })).toHaveTextContent(/Due by \d+ \w{3} \d{4}/);
  });

  it('marks passed milestones in words', async () => {
    // Version 2 has no day-60 milestone: a petition end date that has passed shows the same wording.
    renderResult({ ...CASES[0]![1], petition: { status: 'approved', validUntil: '2026-10-31' } });
    await screen.findByRole('heading', { level: 1, name: 'Administrative processing' });
    const table = screen.getByRole('table', { name: 'Milestones' });
    expect(within(table).getByRole('row', { name: /Petition end date/ })).toHaveTextContent(/31 Oct 2026.*Passed 20 days ago/);
    expect(within(table).getByRole('row', { name: /Day 180/ })).toHaveTextContent(/28 Feb 2027.*100 days left/);
  });

  it('lists what would make it surer, each linking to its step', async () => {
    const cf = base({ application: { kind: 'interview' }, ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }] });
    const { user } = renderResult(cf);
    await screen.findByRole('heading', { level: 1 });
    const missing = screen.getByRole('region', { name: 'What would make this surer' });
    await user.click(within(missing).getByRole('link', { name: 'The sections named on the refusal letter' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Refusal letter');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check your answers');
  });

  it('has a collapsible CEAC glossary and shows the notes', async () => {
    renderResult({ ...CASES[3]![1], notes: 'Passport collected.' });
    await screen.findByRole('heading', { level: 1, name: 'Visa approved' });
    const glossary = screen.getByText('What each CEAC status means').closest('details')!;
    expect(glossary).not.toHaveAttribute('open');
    expect(within(glossary).getByText('Transfer in Progress')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Passport collected.');
  });

  it('shows warnings about inconsistent facts', async () => {
    renderResult(base({ ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused', lastUpdated: '2026-09-05' }] }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('region', { name: 'Check these facts' })).toBeInTheDocument();
  });
});

it('explains the Refused label once: in its own section, not again under "Why"', async () => {
  const cf = base({
    ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
    refusal: { refusedOn: '2026-09-01', requests: ['documents'] },
  });
  expect(assess(cf, '2026-11-20').reasons.map((r) => r.rule)).toContain('refused-label');
  renderResult(cf);
  const section = await screen.findByRole('region', { name: 'What Refused means on CEAC' });
  expect(section).toBeInTheDocument();
  const why = screen.getByRole('region', { name: 'Why' });
  expect(within(why).queryByText(/that label also covers cases held under 221\(g\)/)).toBeNull();
  expect(within(why).getAllByText(/The letter asked for additional documents/).length).toBeGreaterThan(0);
});
