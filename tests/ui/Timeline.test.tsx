import type { ReactNode } from 'react';
import { I18nProvider } from '@lingui/react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/rules';
import { buildTimeline, describeCounters } from '../../src/timeline/data';
import { Timeline } from '../../src/ui/Timeline';
import { apAssessment, apCase, AS_OF, write } from '../calendar/fixtures';
import { i18n } from '../../src/i18n';

/** The page's language, as App provides it (English: tests/setup.ts). */
const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider i18n={i18n}>{children}</I18nProvider>;

function setup(props: { showList?: boolean } = {}) {
  // Built by hand (contract version 2: day 180 and the petition end date; no day-60 marker).
  const assessment = apAssessment();
  // Written as the page writes them, with English active (tests/setup.ts).
  const { events } = buildTimeline(apCase, assessment, AS_OF, write);
  const counters = describeCounters(assessment, { caseFile: apCase, asOf: AS_OF }, write);
  const view = render(<Timeline events={events} counters={counters} {...props} />, { wrapper });
  return { events, counters, ...view };
}

describe('<Timeline>', () => {
  it('is one image named by its title', () => {
    const { events } = setup();
    const img = screen.getByRole('img', { name: /^Your case on a timeline: 8 dates from 2 Mar 2026 to 30 Sep 2027\./ });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(events).toHaveLength(8);
    // Shapes, not colours: 5 circles (things that happened), 2 outlined squares (ahead), 1 diamond (today).
    expect(img.querySelectorAll('circle.tl-marker')).toHaveLength(5);
    expect(img.querySelectorAll('rect.tl-marker[fill="none"]')).toHaveLength(2);
    expect(img.querySelectorAll('path.tl-marker')).toHaveLength(1);
    expect(img.querySelectorAll('.tl-axis-ahead').length).toBeGreaterThan(0);
    // Drawn in the text colour, so it follows the colour scheme and prints black.
    for (const el of img.querySelectorAll('circle, rect, path, line, text')) {
      const paint = [el.getAttribute('fill'), el.getAttribute('stroke')].filter((v) => v && v !== 'none');
      expect(paint.every((v) => v === 'currentColor'), el.outerHTML).toBe(true);
    }
  });

  it('lists the same events in the same order as its text alternative', () => {
    const { events } = setup();
    const list = screen.getByRole('list', { name: /in date order/ });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(events.length);
    items.forEach((li, i) => {
      const e = events[i]!;
      expect(li.textContent).toContain(`${formatDate(e.date)}: ${e.label}`);
      expect(li.querySelector('time')?.getAttribute('datetime')).toBe(e.date);
    });
    expect(items[5]!.textContent).toMatch(/^18 Apr 2026: Today\./);
    expect(items[6]!.textContent).toContain('(still ahead)');
    expect(list.tagName).toBe('OL');
  });

  it('hides the list visually by default (screen readers still read it)', () => {
    setup();
    expect(screen.getByRole('list', { name: /in date order/ })).toHaveClass('tl-visually-hidden');
  });

  it('shows it on screen when asked', () => {
    setup({ showList: true });
    expect(screen.getByRole('list', { name: /in date order/ })).not.toHaveClass('tl-visually-hidden');
  });

  it('shows the day counters with the picture', () => {
    const { counters } = setup();
    expect(counters[0]).toMatch(/^Day 39 of administrative processing/);
    for (const c of counters) expect(screen.getByText(c)).toBeInTheDocument();
  });

  it('renders nothing without events', () => {
    const { container } = render(<Timeline events={[]} />, { wrapper });
    expect(container).toBeEmptyDOMElement();
  });

  it('has no axe violations (rules that work without layout)', async () => {
    const { container } = setup();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
