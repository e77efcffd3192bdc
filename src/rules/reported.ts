/**
 * How long administrative processing took for people who reported their own cases: ranges with
 * their sample, period and caveat, never a date or a promise (docs/policy.md, "How long processing
 * takes"). The figures are from the source `ap-reported-times`; they are a biased sample (people who
 * chose to report, mostly security checks of Chinese nationals in science and technology, only cases
 * that finished in the period). A group without figures says so.
 */
import type { MessageDescriptor } from './message';
import type { VisaClass } from './types';

export interface ReportedRange {
  /** The group as the reporting site names it. */
  group: string;
  /** How many finished cases. */
  cases: number;
  medianDays: number;
  minDays: number;
  maxDays: number;
}

/** The caveat said with every range, as a message (./message.ts); `REPORTED_PERIOD.caveat` is its English. */
const CAVEAT: MessageDescriptor = /*i18n*/ {
  id: 'rules.reported.caveat',
  message: 'Self-reported, mostly security checks of applicants from China in science and technology, and only cases that '
    + 'finished (long cases still waiting are missing): yours may be much faster or slower. Not a promise.',
};

export const REPORTED_PERIOD = {
  /** The cases finished in the 90 days up to this day. */
  finishedBy: '2026-04-04',
  windowDays: 90,
  site: 'checkee.info',
  caveat: CAVEAT.message,
  caveatMessage: CAVEAT,
  sources: ['ap-reported-times'],
} as const;

const RANGES: Readonly<Record<string, ReportedRange>> = {
  h: { group: 'H-1/H-4', cases: 305, medianDays: 85, minDays: 0, maxDays: 301 },
  b: { group: 'B-1/B-2', cases: 186, medianDays: 84, minDays: 1, maxDays: 428 },
  f: { group: 'F-1/F-2', cases: 151, medianDays: 88, minDays: 1, maxDays: 139 },
  j: { group: 'J-1/J-2', cases: 100, medianDays: 91, minDays: 2, maxDays: 163 },
  l: { group: 'L-1/L-2', cases: 25, medianDays: 83, minDays: 13, maxDays: 253 },
  o: { group: 'O-1', cases: 29, medianDays: 90, minDays: 37, maxDays: 192 },
};

const BY_CLASS: Partial<Record<VisaClass, keyof typeof RANGES>> = {
  'H-1B': 'h', 'H-4': 'h', 'B-1': 'b', 'B-2': 'b', 'B-1/B-2': 'b', 'F-1': 'f', 'F-2': 'f', 'J-1': 'j', 'J-2': 'j',
  'L-1A': 'l', 'L-1B': 'l', 'L-2': 'l', 'O-1': 'o',
};

/** The reported range for the class's group, or undefined when no figures were reported for it. */
export function reportedRange(visaClass: VisaClass): ReportedRange | undefined {
  const key = BY_CLASS[visaClass];
  return key ? RANGES[key] : undefined;
}
