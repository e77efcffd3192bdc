/**
 * The timeline's data (pure): the case's dates and the assessment's milestones, in order on one
 * date axis, and the day counters in plain words. No DOM, no clock: the caller passes `asOf`.
 * Dates are compared as YYYY-MM-DD strings and counted with the rules' date helpers only.
 * No English either: every text is a message (its id marked for extraction, its English in
 * src/locales/en/result.json), written with the caller's `Write` in the page's language; the rules'
 * own words (the milestones' names, the program's form and official) are the rules' messages.
 *
 * Milestones are those of contract version 2 (documents_due, reinstatement_ends, inquiry_after,
 * petition_expires, dv_deadline, program_start). A milestone has passed when its whole day is over:
 * `date < asOf` (on the day itself it has not). Administrative processing has no fixed length, so no
 * text here names a day by which it "usually" ends; the result page shows reported ranges separately.
 */
import {
  compareDates, daysBetween, DV_LAST_DAY_OF_SEPTEMBER, dvDeadlineOf, INQUIRY_AFTER_DAYS, isImmigrant, isK, orderHistory,
  processingClockStart,
} from '../rules';
import type { Assessment, CaseFile, ISODate, Milestone, MilestoneKind, VisaClass } from '../rules';
import type { Msg } from '../rules/message';
import { MILESTONE_MESSAGES, programFormMsg, programOfficialMsg } from '../rules/wording';
import { day, text, type Text, type TextValue } from '../i18n/text';

/**
 * Writes a text in the page's language: a text of the result page (a `Text`, its English in
 * src/locales/en/result.json) or a message of the rules (a `Msg`, src/rules/message.ts). The page
 * passes one that reads its catalogs (`writerIn(i18n)`, src/ui/verdictText.ts); this module never
 * writes English itself.
 */
export type Write = (t: Text | Msg) => string;

export type TimelineEventKind = 'application' | 'status' | 'response' | 'today' | 'milestone';

export interface TimelineEvent {
  date: ISODate;
  kind: TimelineEventKind;
  /** In the page's language (written with the caller's `Write`), as is `detail`. */
  label: string;
  detail?: string;
  /**
   * CEAC's own words inside `label` and `detail` (a status name, "Case Last Updated"): English in every
   * language, values of the messages; the page marks them lang="en".
   */
  english?: string[];
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


/** The name of CEAC's date field, as CEAC shows it (English in every language). */
const CASE_LAST_UPDATED = 'Case Last Updated';

/**
 * Everything dated after `asOf` is left out, as in the rules (the assessment warns about it).
 * CEAC entries keep the rules' order: seenOn, then lastUpdated, then input order.
 * The labels and details are written with `write`, in the page's language.
 */
export function buildTimeline(caseFile: CaseFile, assessment: Assessment, asOf: ISODate, write: Write): TimelineData {
  const events: TimelineEvent[] = [];
  const notLater = (d: ISODate | undefined): d is ISODate => d !== undefined && d <= asOf;

  const app = caseFile.application;
  if (notLater(app.date)) {
    const waiver = app.kind === 'interview_waiver';
    const post = app.post?.trim();
    events.push({
      date: app.date,
      kind: 'application',
      label: write(waiver ? text(/*i18n*/ 'result.timeline.event.dropOff') : text(/*i18n*/ 'result.timeline.event.interview')),
      ...(post ? { detail: write(text(/*i18n*/ 'result.timeline.event.at', { post })) } : {}),
    });
  }

  orderHistory(caseFile.ceacHistory.filter((entry) => notLater(entry.seenOn)))
    .forEach((entry) => {
      events.push({
        date: entry.seenOn,
        kind: 'status',
        // The status and the field's name are CEAC's own words: English in every language.
        label: write(text(/*i18n*/ 'result.timeline.event.ceacShowed', { status: entry.status })),
        detail: write(entry.lastUpdated
          ? text(/*i18n*/ 'result.timeline.event.seenOnUpdated', {
            date: day(entry.seenOn), field: CASE_LAST_UPDATED, updated: day(entry.lastUpdated),
          })
          : text(/*i18n*/ 'result.timeline.event.seenOn', { date: day(entry.seenOn) })),
        english: entry.lastUpdated ? [entry.status, CASE_LAST_UPDATED] : [entry.status],
      });
    });

  const responded = caseFile.refusal?.respondedOn;
  if (notLater(responded)) {
    events.push({ date: responded, kind: 'response', label: write(text(/*i18n*/ 'result.timeline.event.responded')) });
  }

  for (const m of assessment.milestones) {
    events.push({
      date: m.date,
      kind: 'milestone',
      milestone: m.kind,
      label: milestoneLabel(m, caseFile.visaClass, write),
      passed: hasPassed(m, asOf),
      detail: write(milestoneDetail(m, caseFile.visaClass, asOf, assessment.milestones, write)),
    });
  }

  events.push({
    date: asOf,
    kind: 'today',
    label: write(text(/*i18n*/ 'result.timeline.event.today')),
    detail: write(text(/*i18n*/ 'result.timeline.event.todayDetail', { date: day(asOf) })),
  });

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

/** "DV-2026": the DV deadline is 30 September of the DV year (a program's name: the same in every language). */
export const dvYear = (m: Milestone): string => `DV-${m.date.slice(0, 4)}`;
/** The milestone falls on 30 September of its year, the DV deadline (a DV due date capped there, or the deadline itself). */
export const onDvDeadline = (m: Milestone): boolean => dvDeadlineOf(Number(m.date.slice(0, 4))) === m.date;

/** "30 September 2026", as the law names the DV deadline (the short date if it falls elsewhere). */
const dvDeadlineWords = (m: Milestone): TextValue =>
  (onDvDeadline(m)
    ? text(/*i18n*/ 'result.timeline.dvDeadlineDate', { day: DV_LAST_DAY_OF_SEPTEMBER, year: m.date.slice(0, 4) })
    : day(m.date));

/** The form that carries a student's program start ("I-20", "DS-2019"), in the page's language. */
export const programFormIn = (c: VisaClass, write: Write): string => {
  const f = programFormMsg(c);
  return typeof f === 'string' ? f : write(f);
};

/**
 * The label of a milestone on the timeline: the rules' MILESTONE_MESSAGES (the same words as the result
 * page's table), except where the words depend on the date or the class: the DV year, the student's
 * form (I-20 or DS-2019), the fiancé(e) petition (I-129F) and a DV due date capped at the deadline.
 */
export function milestoneLabel(m: Milestone, visaClass: VisaClass, write: Write): string {
  switch (m.kind) {
    case 'dv_deadline':
      return write(text(/*i18n*/ 'result.timeline.label.dvDeadline', { dvYear: dvYear(m) }));
    case 'program_start':
      return write(text(/*i18n*/ 'result.timeline.label.programStart', { form: programFormIn(visaClass, write) }));
    case 'petition_expires':
      return write(isK(visaClass) ? text(/*i18n*/ 'result.timeline.label.kPetition') : MILESTONE_MESSAGES.petition_expires);
    case 'documents_due':
      // A diversity visa's due date is capped at the DV deadline: not "one year", and not a day to wait for.
      return write(visaClass === 'DV' && onDvDeadline(m)
        ? text(/*i18n*/ 'result.timeline.label.dvDocumentsDue')
        : MILESTONE_MESSAGES.documents_due);
    default:
      return write(MILESTONE_MESSAGES[m.kind]);
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

/**
 * The values of a sentence that names a hard date and who to contact before it (the messages choose
 * their words with `{hard, select, ...}` and `{contact, select, ...}`): "the petition ends on 15 Jan
 * 2027" and, besides the post, the employer's attorney or the program's official.
 */
export function hardDateValues(h: Milestone, c: VisaClass, write: Write): Record<string, TextValue> {
  const hard = h.kind === 'petition_expires' ? (isK(c) ? 'petitionK' : 'petition') : h.kind === 'program_start' ? 'program' : 'dv';
  const contact = h.kind === 'program_start' ? 'official'
    : h.kind === 'petition_expires' && !isK(c) && !isImmigrant(c) ? 'employer' : 'none';
  return {
    hard,
    date: h.kind === 'dv_deadline' ? dvDeadlineWords(h) : day(h.date),
    dvYear: dvYear(h),
    contact,
    official: contact === 'official' ? write(programOfficialMsg(c)) : '',
  };
}

function milestoneDetail(m: Milestone, c: VisaClass, asOf: ISODate, all: readonly Milestone[], write: Write): Text {
  const passed = hasPassed(m, asOf);
  const today = m.date === asOf;
  switch (m.kind) {
    case 'documents_due':
      if (passed) {
        return isImmigrant(c) && c !== 'DV'
          ? text(/*i18n*/ 'result.timeline.detail.documentsPassedImmigrant')
          : text(/*i18n*/ 'result.timeline.detail.documentsPassed');
      }
      return today ? text(/*i18n*/ 'result.timeline.detail.documentsToday') : text(/*i18n*/ 'result.timeline.detail.documentsAhead');
    case 'reinstatement_ends':
      return passed
        ? text(/*i18n*/ 'result.timeline.detail.reinstatementPassed')
        : text(/*i18n*/ 'result.timeline.detail.reinstatementAhead');
    case 'inquiry_after': {
      if (passed || today) return text(/*i18n*/ 'result.timeline.detail.inquiryFrom');
      const hard = hardDateBeforeInquiry(all, asOf);
      if (hard) return text(/*i18n*/ 'result.timeline.detail.inquiryHardDate', hardDateValues(hard, c, write));
      return text(/*i18n*/ 'result.timeline.detail.inquiryAhead');
    }
    case 'petition_expires':
      if (isK(c)) return text(/*i18n*/ 'result.timeline.detail.petitionK');
      if (isImmigrant(c)) return text(/*i18n*/ 'result.timeline.detail.petitionImmigrant');
      return text(/*i18n*/ 'result.timeline.detail.petition');
    case 'dv_deadline':
      return passed
        ? text(/*i18n*/ 'result.timeline.detail.dvPassed', { dvYear: dvYear(m) })
        : text(/*i18n*/ 'result.timeline.detail.dvAhead');
    case 'program_start':
      return passed
        ? text(/*i18n*/ 'result.timeline.detail.programPassed', { official: write(programOfficialMsg(c)) })
        : text(/*i18n*/ 'result.timeline.detail.programAhead', { official: write(programOfficialMsg(c)) });
  }
}

export interface CounterOptions {
  /** Names the start of the clock: "the interview" or "the drop-off". */
  caseFile?: CaseFile;
  /** Needed for "N days left" before a milestone. */
  asOf?: ISODate;
}

/**
 * The day counters in words a person reads at a glance, written with `write` in the page's language.
 * Uses only `assessment.counters` and `assessment.milestones` (plus, optionally, the application kind
 * and `asOf`); missing values give no sentence.
 */
export function describeCounters(assessment: Assessment, options: CounterOptions, write: Write): string[] {
  const { daysSinceApplication: sinceApp, daysSinceResponse: sinceResp, daysSinceLastChange: sinceChange } = assessment.counters;
  const kind = options.caseFile?.application.kind;
  // Which words name the start of the clock (the messages choose them with `{from, select, ...}`).
  const appFrom = kind === 'interview_waiver' ? 'dropOff' : kind === 'interview' ? 'interview' : 'either';
  const milestone = (k: MilestoneKind) => assessment.milestones.find((m) => m.kind === k);
  // date < asOf when asOf is given (the whole day is over); else the assessment's own flag.
  const passedBy = (m: Milestone): boolean => (options.asOf ? hasPassed(m, options.asOf) : m.passed);
  const out: Text[] = [];
  let appShown = false;
  let respShown = false;

  if (assessment.verdict === 'administrative_processing') {
    // The processing clock starts at the later of the interview and the response, by the rules'
    // own definition: on "days since" counts, the later date is the smaller count.
    const start = processingClockStart(sinceApp, sinceResp, (a, b) => a < b);
    const inquiry = milestone('inquiry_after');
    const fromResponse = start?.from === 'response';
    const count = start?.value;
    if (count !== undefined) {
      appShown = !fromResponse;
      respShown = fromResponse;
      const head = text(/*i18n*/ 'result.counter.apHead', { day: count, from: fromResponse ? 'response' : appFrom });
      const hard = options.asOf ? hardDateBeforeInquiry(assessment.milestones, options.asOf) : undefined;
      const cls = options.caseFile?.visaClass ?? 'other';
      if (inquiry && (passedBy(inquiry) || inquiry.date === options.asOf)) {
        out.push(text(/*i18n*/ 'result.counter.apCanAsk', { head, days: INQUIRY_AFTER_DAYS }));
      } else if (hard) {
        out.push(text(/*i18n*/ 'result.counter.apHardDate', { head, days: INQUIRY_AFTER_DAYS, ...hardDateValues(hard, cls, write) }));
      } else if (inquiry) {
        out.push(text(/*i18n*/ 'result.counter.apNotBefore', { head, days: INQUIRY_AFTER_DAYS, date: day(inquiry.date) }));
      } else {
        out.push(head);
      }
    }
  }

  const due = milestone('documents_due');
  if (due && options.asOf) {
    const left = daysBetween(options.asOf, due.date);
    if (left !== undefined && left > 0) {
      out.push(text(/*i18n*/ 'result.counter.documentsLeft', { count: left, date: day(due.date) }));
    } else if (left === 0) {
      out.push(text(/*i18n*/ 'result.counter.documentsToday', { date: day(due.date) }));
    } else if (left !== undefined) {
      out.push(text(/*i18n*/ 'result.counter.documentsPassed', { count: -left, date: day(due.date) }));
    }
  }

  // The hard dates, while they are still ahead (today included: the day is not over).
  const untilHard = (k: MilestoneKind, ahead: (n: number, m: Milestone) => Text, onTheDay: (m: Milestone) => Text) => {
    const m = milestone(k);
    if (!m || !options.asOf || hasPassed(m, options.asOf)) return;
    const left = daysBetween(options.asOf, m.date);
    if (left === undefined) return;
    out.push(left > 0 ? ahead(left, m) : onTheDay(m));
  };
  untilHard(
    'reinstatement_ends',
    (n, m) => text(/*i18n*/ 'result.counter.reinstatementLeft', { count: n, date: day(m.date) }),
    (m) => text(/*i18n*/ 'result.counter.reinstatementToday', { date: day(m.date) }),
  );
  untilHard(
    'dv_deadline',
    (n, m) => text(/*i18n*/ 'result.counter.dvLeft', { count: n, deadline: dvDeadlineWords(m) }),
    (m) => text(/*i18n*/ 'result.counter.dvToday', { deadline: dvDeadlineWords(m), dvYear: dvYear(m) }),
  );
  untilHard(
    'program_start',
    (n, m) => text(/*i18n*/ 'result.counter.programLeft', { count: n, date: day(m.date) }),
    (m) => text(/*i18n*/ 'result.counter.programToday', { date: day(m.date) }),
  );

  if (sinceApp !== undefined && !appShown) {
    out.push(sinceApp === 0
      ? text(/*i18n*/ 'result.counter.applicationToday', { from: appFrom })
      : appFrom === 'dropOff' ? text(/*i18n*/ 'result.counter.sinceDropOff', { count: sinceApp })
        : appFrom === 'interview' ? text(/*i18n*/ 'result.counter.sinceInterview', { count: sinceApp })
          : text(/*i18n*/ 'result.counter.sinceInterviewOrDropOff', { count: sinceApp }));
  }
  if (sinceResp !== undefined && !respShown) {
    out.push(sinceResp === 0
      ? text(/*i18n*/ 'result.counter.responseToday')
      : text(/*i18n*/ 'result.counter.sinceResponse', { count: sinceResp }));
  }
  if (sinceChange !== undefined) {
    out.push(sinceChange === 0
      ? text(/*i18n*/ 'result.counter.changeToday')
      : text(/*i18n*/ 'result.counter.sinceChange', { count: sinceChange }));
  }

  const petition = milestone('petition_expires');
  if (petition && options.asOf && !hasPassed(petition, options.asOf)) {
    const left = daysBetween(options.asOf, petition.date);
    if (left !== undefined && left > 0) {
      out.push(options.caseFile && isK(options.caseFile.visaClass)
        ? text(/*i18n*/ 'result.counter.petitionKLeft', { count: left, date: day(petition.date) })
        : text(/*i18n*/ 'result.counter.petitionLeft', { count: left, date: day(petition.date) }));
    }
  }
  return out.map(write);
}
