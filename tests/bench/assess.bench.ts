/**
 * `npm run bench`: how fast the rules run. Figures: operations per second (hz) and p99 in ms.
 */
import { bench, describe } from 'vitest';
import { assess, parseCaseFile, type CaseFile } from '../../src/rules';
import { addDays } from '../../src/rules/dates';

const STATUSES = ['Application Received', 'Refused', 'Administrative Processing', 'Refused'] as const;

function bigCase(entries: number): CaseFile {
  return {
    format: 'ceac-case',
    version: 2,
    visaClass: 'H-1B',
    petition: { status: 'approved', validUntil: '2028-09-30' },
    application: { kind: 'interview', date: '2026-01-05', post: 'Chennai', officerSaid: '221g', passport: 'kept' },
    ceacHistory: Array.from({ length: entries }, (_, i) => ({
      seenOn: addDays('2026-01-05', i * 3)!,
      status: STATUSES[i % STATUSES.length]!,
      lastUpdated: addDays('2026-01-05', i * 3 - 1)!,
    })),
    refusal: { refusedOn: '2026-01-05', grounds: ['221g'], requests: ['documents'], respondedOn: '2026-01-20' },
    notes: 'x'.repeat(1000),
  };
}

const typical = bigCase(3);
const hundred = bigCase(100);

describe('rules', () => {
  bench('assess: typical case (3 history entries)', () => {
    assess(typical, '2026-11-24');
  });
  bench('assess: 100-entry history', () => {
    assess(hundred, '2026-11-24');
  });
  bench('parseCaseFile + assess: 100-entry history', () => {
    const parsed = parseCaseFile(hundred);
    if (parsed.ok) assess(parsed.caseFile, '2026-11-24');
  });
});
