import type { ReactNode } from 'react';
import { I18nProvider } from '@lingui/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarButton } from '../../src/ui/CalendarButton';
import { apAssessment, apCase, AS_OF, finalAssessment, finalCase } from './fixtures';
import { parseCalendar } from './parse-ics';
import { i18n } from '../../src/i18n';

/** The page's language, as App provides it (English: tests/setup.ts). */
const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider i18n={i18n}>{children}</I18nProvider>;

const LINK = 'https://example.org/refusal-explainer/#c=abc';

describe('<CalendarButton>', () => {
  let blobs: Blob[];
  let clicked: Array<{ download: string; href: string }>;
  const { createObjectURL, revokeObjectURL } = URL; // jsdom has neither

  // The button loads the calendar module on the first click. Load it once here, so that the first
  // click does not wait for its transform (over a second on a busy machine: longer than waitFor's 1 s).
  beforeAll(async () => {
    await import('../../src/calendar/ics');
  });

  beforeEach(() => {
    blobs = [];
    clicked = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return `blob:test/${blobs.length}`;
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });

  it('downloads visa-case-dates.ics with the milestones, without a link by default', async () => {
    const assessment = apAssessment();
    const getCaseLink = vi.fn(async () => LINK);
    render(<CalendarButton caseFile={apCase} assessment={assessment} asOf={AS_OF} getCaseLink={getCaseLink} />, { wrapper });
    const box = screen.getByRole('checkbox', { name: 'Include a link to this case' });
    expect(box).not.toBeChecked();
    expect(screen.getByText(/nothing is sent anywhere/i)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add these dates to my calendar' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('visa-case-dates.ics');
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    const cal = parseCalendar(await blobs[0]!.text());
    expect(cal.events.map((e) => e.start)).toEqual(assessment.milestones.map((m) => m.date));
    expect(cal.events.every((e) => e.url === undefined)).toBe(true);
    expect(getCaseLink).not.toHaveBeenCalled();
    expect(await screen.findByRole('status')).toHaveTextContent(/Saved visa-case-dates\.ics with 2 dates/);
  });

  it('adds the link when the box is ticked', async () => {
    const assessment = apAssessment();
    render(<CalendarButton caseFile={apCase} assessment={assessment} asOf={AS_OF} getCaseLink={async () => LINK} />, { wrapper });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Include a link to this case' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add these dates to my calendar' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const cal = parseCalendar(await blobs[0]!.text());
    expect(cal.events.every((e) => e.url === LINK && e.description.includes(LINK))).toBe(true);
  });

  it('hides the link option without a link maker', () => {
    render(<CalendarButton caseFile={apCase} assessment={apAssessment()} asOf={AS_OF} />, { wrapper });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add these dates to my calendar' })).toBeEnabled();
  });

  it('is disabled, with the reason, when there are no dates', () => {
    render(<CalendarButton caseFile={finalCase} assessment={finalAssessment()} asOf={AS_OF} getCaseLink={async () => LINK} />, { wrapper });
    const button = screen.getByRole('button', { name: 'Add these dates to my calendar' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/no dates to add yet/i);
  });
});
