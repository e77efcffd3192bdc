/** `npm run bench`: the share-link codec, for a typical case and a 100-entry history. */
import { bench, describe } from 'vitest';
import { decodeCaseLink, encodeCaseLink } from '../../src/share';
import type { CaseFile } from '../../src/rules';
import { addDays } from '../../src/rules/dates';

function withHistory(entries: number): CaseFile {
  return {
    format: 'ceac-case', version: 2, visaClass: 'H-1B',
    petition: { status: 'approved', validUntil: '2028-09-30' },
    application: { kind: 'interview', date: '2026-01-05', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
    ceacHistory: Array.from({ length: entries }, (_, i) => ({ seenOn: addDays('2026-01-05', i * 3)!, status: i % 2 ? 'Refused' : 'Administrative Processing' })),
    refusal: { refusedOn: '2026-01-05', grounds: ['221g'], requests: ['documents'], respondedOn: '2026-01-20' },
    notes: 'Note. '.repeat(160),
  };
}

const typical = withHistory(3);
const hundred = withHistory(100);
const typicalLink = await encodeCaseLink(typical);
const hundredLink = await encodeCaseLink(hundred);

describe('share-link codec', () => {
  bench('encode: typical case', async () => { await encodeCaseLink(typical); });
  bench('decode: typical case', async () => { await decodeCaseLink(typicalLink); });
  bench('encode: 100-entry history + 1,000-character note', async () => { await encodeCaseLink(hundred); });
  bench('decode: 100-entry history + 1,000-character note', async () => { await decodeCaseLink(hundredLink); });
});
