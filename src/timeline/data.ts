/**
 * The timeline's data (pure): the case's dates and the assessment's milestones, in order on one
 * date axis, and the day counters in plain words. No DOM, no clock: the caller passes `asOf`.
 * Dates are compared as YYYY-MM-DD strings and counted with the rules' date helpers only.
 *
 * Milestones are those of contract version 2 (documents_due, reinstatement_ends, inquiry_after,
 * petition_expires, dv_deadline, program_start). A milestone has passed when its whole day is over:
 * `date < asOf` (on the day itself it has not). Administrative processing has no fixed length, so no
 * text here names a day by which it "usually" ends; the result page shows reported ranges separately.
 */
import {
  compareDates, daysBetween, DV_DEADLINE_WORDS, dvDeadlineOf, formatDate, INQUIRY_AFTER_DAYS, isImmigrant, isK, programForm,
  programOfficial,
  MILESTONE_LABELS, orderHistory, processingClockStart,
} from '../rules';
import type { Assessment, CaseFile, ISODate, Milestone, MilestoneKind, VisaClass } from '../rules';

export type TimelineEventKind = 'application' | 'status' | 'response' | 'today' | 'milestone';

export interface TimelineEvent {
  date: ISODate;
  kind: TimelineEventKind;
  label: string;
  detail?: string;
  /** Milestones only: the whole day is over (`date < asOf`; on the day itself, not yet passed). */
  passed?: boolean;
  /** Milestones only: which one. */
  milestone?: MilestoneKind;
}

export interface TimelineData {
  /** In date order; on one date: application, statuses (in the rules' order), response, today, milestones. */
  events: TimelineEvent[];
  /** The first and last dates on the axis (inclusive), and the days between them. */
  range: { from: ISODate; to: ISODate; days: number };
  asOf: ISODate;
}

/**
 * On one date, what happened comes first, then today, then milestones: a milestone has not passed
 * before its whole day is over, so one that falls on `asOf` is still ahead of today.
 */
const KIND_ORDER: Record<TimelineEventKind, number> = {
  application: 0, status: 1, response: 2, today: 3, milestone: 4,
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
      label: milestoneLabel(m, caseFile.visaClass),
      passed: hasPassed(m, asOf),
      detail: milestoneDetail(m, caseFile.visaClass, asOf, assessment.milestones),
    });
  }

  events.push({ date: asOf, kind: 'today', label: 'Today', detail: `The date of this assessment: ${formatDate(asOf)}.` });

  // Stable sort: events on one date keep their kind order, and CEAC entries keep the rules' order.
  const ordered = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareDates(a.e.date, b.e.date) || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || a.i - b.i)
    .map(({ e }) => e);

  const from = ordered[0]!.date;
  const to = ordered[ordered.length - 1]!.date;
  return { events: ordered, range: { from, to, days: daysBetween(from, to) ?? 0 }, asOf };
}

/** A milestone has passed when its whole day is over: `date < asOf` (on the day itself, not yet). */
export function hasPassed(m: Pick<Milestone, 'date'>, asOf: ISODate): boolean {
  return m.date < asOf;
}

// ---- Words that depend on the visa class ----

/** "DV-2026": the DV deadline is 30 September of the DV year. */
const dvYear = (m: Milestone): string => `DV-${m.date.slice(0, 4)}`;
/** "30 September 2026", as the law names the DV deadline (the short date if it falls elsewhere). */
/** The milestone falls on 30 September of its year, the DV deadline (a DV due date capped there, or the deadline itself). */
export const onDvDeadline = (m: Milestone): boolean => dvDeadlineOf(Number(m.date.slice(0, 4))) === m.date;

const dvDeadlineWords = (m: Milestone): string =>
  (onDvDeadline(m) ? `${DV_DEADLINE_WORDS} ${m.date.slice(0, 4)}` : formatDate(m.date));

/**
 * The label of a milestone on the timeline: the rules' MILESTONE_LABELS (the same words as the result
 * page's table), except where the words depend on the date or the class: the DV year, the student's
 * form (I-20 or DS-2019), the fiancé(e) petition (I-129F) and a DV due date capped at the deadline.
 */
export function milestoneLabel(m: Milestone, visaClass: VisaClass): string {
  switch (m.kind) {
    case 'dv_deadline':
      return `Last day a ${dvYear(m)} visa can be issued`;
    case 'program_start':
      return `Program start on your ${programForm(visaClass)}`;
    case 'petition_expires':
      return isK(visaClass) ? 'Fianc\u00e9(e) petition (I-129F) validity ends' : MILESTONE_LABELS.petition_expires;
    case 'documents_due':
      // A diversity visa's due date is capped at the DV deadline: not "one year", and not a day to wait for.
      return visaClass === 'DV' && onDvDeadline(m)
        ? 'Diversity visa deadline: no visa after this day. Send what the letter asked for now'
        : MILESTONE_LABELS.documents_due;
    default:
      return MILESTONE_LABELS[m.kind];
  }
}

const HARD_DATES: readonly MilestoneKind[] = ['petition_expires', 'program_start', 'dv_deadline'];

/**
 * The earliest hard date (petition end, program start, DV deadline) not yet passed that falls on or
 * before `inquiry_after`: then waiting for `inquiry_after` is wrong (docs/case-file.md, "Hard dates
 * come before waiting").
 */
export function hardDateBeforeInquiry(milestones: readonly Milestone[], asOf: ISODate): Milestone | undefined {
  const inquiry = milestones.find((m) => m.kind === 'inquiry_after');
  if (!inquiry) return undefined;
  return milestones
    .filter((h) => HARD_DATES.includes(h.kind) && h.date <= inquiry.date && !hasPassed(h, asOf))
    .sort((a, b) => compareDates(a.date, b.date))[0];
}

/** "the petition ends on 15 Jan 2027": a hard date in a sentence. */
function hardDateWords(h: Milestone, c: VisaClass): string {
  switch (h.kind) {
    case 'petition_expires':
      return `${isK(c) ? 'the I-129F petition\u2019s validity ends' : 'the petition ends'} on ${formatDate(h.date)}`;
    case 'program_start':
      return `your program starts on ${formatDate(h.date)}`;
    default:
      return `the ${dvYear(h)} deadline is ${dvDeadlineWords(h)}`;
  }
}

/** Who else to contact before a hard date, besides the post. */
function hardDateContacts(h: Milestone, c: VisaClass): string {
  if (h.kind === 'program_start') return ` and ${programOfficial(c)}`;
  if (h.kind === 'petition_expires' && !isK(c) && !isImmigrant(c)) return ' and the employer\u2019s attorney';
  return '';
}

function milestoneDetail(m: Milestone, c: VisaClass, asOf: ISODate, all: readonly Milestone[]): string {
  const passed = hasPassed(m, asOf);
  const today = m.date === asOf;
  switch (m.kind) {
    case 'documents_due':
      if (passed) {
        return isImmigrant(c) && c !== 'DV'
          ? 'This day has passed: unless what was asked was sent in time, the immigrant visa registration can be terminated (22 CFR 42.83(b)).'
          : 'This day has passed: posts treat the application as closed unless what was asked was sent in time.';
      }
      return today
        ? 'Today is the last day: send what was asked today and keep proof that you sent it.'
        : 'Send what was asked before this day and keep proof that you sent it.';
    case 'reinstatement_ends':
      return passed
        ? 'This day has passed: the registration can no longer be reinstated under 22 CFR 42.83(c).'
        : 'If the delay was beyond your control, you can ask the consulate to reinstate the registration until this day (22 CFR 42.83(c)).';
    case 'inquiry_after': {
      if (passed || today) return 'Many posts accept questions about administrative processing from this day: you can ask the post through its official contact page.';
      const hard = hardDateBeforeInquiry(all, asOf);
      if (hard) {
        return `Many posts ask applicants not to inquire before this day, but ${hardDateWords(hard, c)}: `
          + `contact the post${hardDateContacts(hard, c)} before then.`;
      }
      return 'Many posts ask applicants not to inquire before this day unless the matter is urgent; posts differ. It is not a date by which the case ends.';
    }
    case 'petition_expires':
      if (isK(c)) return 'If the case is still open near this date, ask the post whether the petition\u2019s validity can be extended.';
      if (isImmigrant(c)) return 'If the case is still open near this date, ask the post or your attorney what it means for the case.';
      return 'A visa is generally not issued on a petition that has ended: ask the employer\u2019s attorney if the case is still open near this date.';
    case 'dv_deadline':
      return passed
        ? `This day has passed: no ${dvYear(m)} visa can be issued any more.`
        : 'No diversity visa can be issued after this day, even if processing is still pending; visa numbers can run out earlier.';
    case 'program_start':
      return passed
        ? `The program start date has passed: ask ${programOfficial(c)} about a later start date.`
        : `If the visa may come late, ask ${programOfficial(c)} about deferring the start.`;
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
  // date < asOf when asOf is given (the whole day is over); else the assessment's own flag.
  const passedBy = (m: Milestone): boolean => (options.asOf ? hasPassed(m, options.asOf) : m.passed);
  const out: string[] = [];
  let appShown = false;
  let respShown = false;

  if (assessment.verdict === 'administrative_processing') {
    // The processing clock starts at the later of the interview and the response, by the rules'
    // own definition: on "days since" counts, the later date is the smaller count.
    const start = processingClockStart(sinceApp, sinceResp, (a, b) => a < b);
    const inquiry = milestone('inquiry_after');
    const fromResponse = start?.from === 'response';
    const day = start?.value;
    if (day !== undefined) {
      const from = fromResponse ? 'the day you sent the documents' : appWords;
      appShown = !fromResponse;
      respShown = fromResponse;
      const head = `Day ${day} of administrative processing (counted from ${from}); administrative processing has no fixed length.`;
      const hard = options.asOf ? hardDateBeforeInquiry(assessment.milestones, options.asOf) : undefined;
      const cls = options.caseFile?.visaClass ?? 'other';
      if (inquiry && (passedBy(inquiry) || inquiry.date === options.asOf)) {
        out.push(`${head} Many posts accept questions about a case from day ${INQUIRY_AFTER_DAYS}, so you can now ask the post.`);
      } else if (hard) {
        out.push(`${head} Do not wait for day ${INQUIRY_AFTER_DAYS}: ${hardDateWords(hard, cls)}, `
          + `so contact the post${hardDateContacts(hard, cls)} before then.`);
      } else if (inquiry) {
        out.push(`${head} Many posts ask you not to inquire before day ${INQUIRY_AFTER_DAYS} (${formatDate(inquiry.date)}) `
          + 'unless the matter is urgent; posts differ.');
      } else {
        out.push(head);
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

  // The hard dates, while they are still ahead (today included: the day is not over).
  const untilHard = (k: MilestoneKind, ahead: (n: number, m: Milestone) => string, onTheDay: (m: Milestone) => string) => {
    const m = milestone(k);
    if (!m || !options.asOf || hasPassed(m, options.asOf)) return;
    const left = daysBetween(options.asOf, m.date);
    if (left === undefined) return;
    out.push(left > 0 ? ahead(left, m) : onTheDay(m));
  };
  untilHard(
    'reinstatement_ends',
    (n, m) => `${days(n)} left to ask for reinstatement: the last day is ${formatDate(m.date)}.`,
    (m) => `Today (${formatDate(m.date)}) is the last day to ask for reinstatement.`,
  );
  untilHard(
    'dv_deadline',
    (n, m) => `${days(n)} until the DV deadline (${dvDeadlineWords(m)}).`,
    (m) => `Today is the DV deadline (${dvDeadlineWords(m)}): the last day a ${dvYear(m)} visa can be issued.`,
  );
  untilHard(
    'program_start',
    (n, m) => `${days(n)} until your program starts (${formatDate(m.date)}).`,
    (m) => `Your program starts today (${formatDate(m.date)}).`,
  );

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
  if (petition && options.asOf && !hasPassed(petition, options.asOf)) {
    const left = daysBetween(options.asOf, petition.date);
    const what = options.caseFile && isK(options.caseFile.visaClass) ? 'the I-129F petition\u2019s validity ends' : 'the petition (I-797) ends';
    if (left !== undefined && left > 0) out.push(`${days(left)} until ${what} on ${formatDate(petition.date)}.`);
  }
  return out;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

