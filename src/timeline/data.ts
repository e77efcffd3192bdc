/**
 * The timeline's data (pure): the case's dates and the assessment's milestones, in order on one
 * date axis, and the day counters in plain words. No DOM, no clock: the caller passes `asOf`.
 * Dates are compared as YYYY-MM-DD strings and counted with the rules' date helpers only.
 */
import {
  AP_TYPICAL_DAYS, daysBetween, formatDate, INQUIRY_AFTER_DAYS, MILESTONE_LABELS, orderHistory, processingClockStart,
} from '../rules';
import type { Assessment, CaseFile, ISODate, MilestoneKind } from '../rules';

export type TimelineEventKind = 'application' | 'status' | 'response' | 'today' | 'milestone';

export interface TimelineEvent {
  date: ISODate;
  kind: TimelineEventKind;
  label: string;
  detail?: string;
  /** Milestones only: the date is on or before `asOf` (as in the assessment). */
  passed?: boolean;
  /** Milestones only: which one. */
  milestone?: MilestoneKind;
}

export interface TimelineData {
  /** In date order; on one date: application, statuses (in the rules' order), response, milestones, today. */
  events: TimelineEvent[];
  /** The first and last dates on the axis (inclusive), and the days between them. */
  range: { from: ISODate; to: ISODate; days: number };
  asOf: ISODate;
}

const KIND_ORDER: Record<TimelineEventKind, number> = {
  application: 0, status: 1, response: 2, milestone: 3, today: 4,
};

/**
 * Everything dated after `asOf` is left out, as in the rules (the assessment warns about it).
 * CEAC entries keep the rules' order: seenOn, then lastUpdated, then input order.
 */
export function buildTimeline(caseFile: CaseFile, assessment: Assessment, asOf: ISODate): TimelineData {
  const events: TimelineEvent[] = [];
  const notLater = (d: ISODate | undefined): d is ISODate => d !== undefined && d <= asOf;

  const app = caseFile.application;
  if (notLater(app.date)) {
    const waiver = app.kind === 'interview_waiver';
    const post = app.post?.trim();
    events.push({
      date: app.date,
      kind: 'application',
      label: waiver ? 'Documents dropped off (no interview)' : 'Interview',
      ...(post ? { detail: `At ${post}.` } : {}),
    });
  }

  orderHistory(caseFile.ceacHistory.filter((entry) => notLater(entry.seenOn)))
    .forEach((entry) => {
      events.push({
        date: entry.seenOn,
        kind: 'status',
        label: `CEAC showed \u201c${entry.status}\u201d`,
        detail: entry.lastUpdated
          ? `Seen on ${formatDate(entry.seenOn)}; \u201cCase Last Updated\u201d ${formatDate(entry.lastUpdated)}.`
          : `Seen on ${formatDate(entry.seenOn)}.`,
      });
    });

  const responded = caseFile.refusal?.respondedOn;
  if (notLater(responded)) {
    events.push({ date: responded, kind: 'response', label: 'You sent what the letter asked for' });
  }

  for (const m of assessment.milestones) {
    events.push({
      date: m.date,
      kind: 'milestone',
      milestone: m.kind,
      label: MILESTONE_LABELS[m.kind],
      passed: m.passed,
      detail: milestoneDetail(m.kind, m.passed),
    });
  }

  events.push({ date: asOf, kind: 'today', label: 'Today', detail: `The date of this assessment: ${formatDate(asOf)}.` });

  // Stable sort: events on one date keep their kind order, and CEAC entries keep the rules' order.
  const ordered = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || a.i - b.i)
    .map(({ e }) => e);

  const from = ordered[0]!.date;
  const to = ordered[ordered.length - 1]!.date;
  return { events: ordered, range: { from, to, days: daysBetween(from, to) ?? 0 }, asOf };
}

function milestoneDetail(kind: MilestoneKind, passed: boolean): string {
  switch (kind) {
    case 'documents_due':
      return passed
        ? 'This day has passed: posts treat the application as closed unless what was asked was sent in time.'
        : 'Send what was asked before this day and keep proof that you sent it.';
    case 'ap_typical':
      return 'What many posts have said, not a promise: some cases take much longer.';
    case 'inquiry_after':
      return passed
        ? 'You can now ask the post about the case through its official contact page.'
        : 'Before this day, contact the post only if your travel is urgent.';
    case 'petition_expires':
      return 'A visa cannot be issued on an expired petition: ask the employer\u2019s attorney if the case is still open near this date.';
  }
}

const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

export interface CounterOptions {
  /** Names the start of the clock: "the interview" or "the drop-off". */
  caseFile?: CaseFile;
  /** Needed for "N days left" before a milestone. */
  asOf?: ISODate;
}

/**
 * The day counters in words a person reads at a glance. Uses only `assessment.counters` and
 * `assessment.milestones` (plus, optionally, the application kind and `asOf`); missing values
 * give no sentence.
 */
export function describeCounters(assessment: Assessment, options: CounterOptions = {}): string[] {
  const { daysSinceApplication: sinceApp, daysSinceResponse: sinceResp, daysSinceLastChange: sinceChange } = assessment.counters;
  const kind = options.caseFile?.application.kind;
  const appWords = kind === 'interview_waiver' ? 'the drop-off' : kind === 'interview' ? 'the interview' : 'the interview or drop-off';
  const milestone = (k: MilestoneKind) => assessment.milestones.find((m) => m.kind === k);
  const out: string[] = [];
  let appShown = false;
  let respShown = false;

  if (assessment.verdict === 'administrative_processing') {
    // The processing clock starts at the later of the interview and the response, by the rules'
    // own definition: on "days since" counts, the later date is the smaller count.
    const typical = milestone('ap_typical');
    const start = processingClockStart(sinceApp, sinceResp, (a, b) => a < b);
    const inquiry = milestone('inquiry_after');
    const fromResponse = start?.from === 'response';
    const day = start?.value;
    if (day !== undefined && (typical || inquiry)) {
      const from = fromResponse ? 'the day you sent the documents' : appWords;
      appShown = !fromResponse;
      respShown = fromResponse;
      const head = `Day ${day} of administrative processing (counted from ${from})`;
      if (inquiry?.passed) {
        out.push(`${head}; many posts accept questions about a case after day ${INQUIRY_AFTER_DAYS}, so you can now ask the post.`);
      } else if (day < AP_TYPICAL_DAYS) {
        out.push(`${head}; many posts have said most cases finish by day ${AP_TYPICAL_DAYS} \u2014 not a promise.`);
      } else {
        out.push(`${head}; many posts have said most cases finish by day ${AP_TYPICAL_DAYS}, but many take longer. `
          + `Many posts accept questions after day ${INQUIRY_AFTER_DAYS}.`);
      }
    }
  }

  const due = milestone('documents_due');
  if (due && options.asOf) {
    const left = daysBetween(options.asOf, due.date);
    if (left !== undefined && left > 0) {
      out.push(`${days(left)} left to send what the letter asked for: the last day is ${formatDate(due.date)}.`);
    } else if (left === 0) {
      out.push(`Today (${formatDate(due.date)}) is the last day to send what the letter asked for.`);
    } else if (left !== undefined) {
      out.push(`The last day to send what the letter asked for was ${formatDate(due.date)}, ${days(-left)} ago.`);
    }
  }

  if (sinceApp !== undefined && !appShown) {
    out.push(sinceApp === 0 ? `${capital(appWords)} was today.` : `${days(sinceApp)} since ${appWords}.`);
  }
  if (sinceResp !== undefined && !respShown) {
    out.push(sinceResp === 0 ? 'You sent the documents today.' : `${days(sinceResp)} since you sent the documents.`);
  }
  if (sinceChange !== undefined) {
    out.push(sinceChange === 0 ? 'The CEAC status last changed today.' : `${days(sinceChange)} since the CEAC status last changed.`);
  }

  const petition = milestone('petition_expires');
  if (petition && options.asOf && !petition.passed) {
    const left = daysBetween(options.asOf, petition.date);
    if (left !== undefined && left > 0) out.push(`${days(left)} until the petition (I-797) ends on ${formatDate(petition.date)}.`);
  }
  return out;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

