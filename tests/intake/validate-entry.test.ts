/** The history editor's own errors (adding or changing a status), as the page writes them in English. */
import { expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { show } from '../../src/i18n/text';
import type { EntryForm } from '../../src/intake/draft';
import { validateEntry } from '../../src/intake/validate';

const entry = (over: Partial<EntryForm>): EntryForm => ({
  open: true, editing: '', touched: true, status: 'Refused', seenOn: '2026-09-02', lastUpdated: '', message: '', ...over,
});
/** The text as the page shows it: the `<0>` tags mark CEAC's words (shown as English), not text. */
const plain = (s: string) => s.replace(/<\/?\d+>/g, '');
const errors = (e: EntryForm) => validateEntry(e, '2026-11-20').map((x) => [x.id, plain(show(i18n, x.message))]);

it('asks for the status and the day it was seen', () => {
  expect(errors(entry({ status: '', seenOn: '' }))).toEqual([
    ['entry-status', 'Select the status CEAC showed'],
    ['entry-seenOn', 'Enter the day you saw this status'],
  ]);
});

it('refuses a day seen in the future and a "Case Last Updated" date after it', () => {
  expect(errors(entry({ seenOn: '2026-12-01' }))).toEqual([['entry-seenOn', 'The day you saw this status must be today or earlier']]);
  expect(errors(entry({ lastUpdated: '2026-09-03' }))).toEqual([
    ['entry-lastUpdated', 'The "Case Last Updated" date must be on or before the day you saw the status'],
  ]);
});

it('names the date it cannot read', () => {
  const [[, seen]] = errors(entry({ seenOn: '2026-02-30' })) as [[string, string]];
  expect(seen).toMatch(/^The day you saw it/);
  const [[, updated]] = errors(entry({ lastUpdated: '2026-13-01' })) as [[string, string]];
  expect(updated).toMatch(/^The "Case Last Updated" date/);
});
