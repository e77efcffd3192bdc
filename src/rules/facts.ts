/**
 * Derived facts: what the policy rules read, computed once from the case file and `asOf`
 * (docs/policy.md, Derived facts). Facts dated after `asOf` are left out here (with a warning), so
 * no rule ever sees them. A predicate that more than one rule, step or reason reads is a fact here,
 * written once.
 */
import { addDays, addYears, isAfter } from './dates';
import { barredBy212e, classGroup, EXEMPT_214B, isImmigrant, isImmigrantOrK, isK, isStudent, type ClassGroup } from './groups';
import { orderHistory } from './history';
import { dateValue, englishText, msg, type MessageDescriptor, type Msg } from './message';
import { GROUND_SHORT } from './wording';
import {
  DOCUMENTS_WINDOW_YEARS, DV_LAST_DAY_OF_SEPTEMBER, INQUIRY_AFTER_DAYS, REINSTATEMENT_YEARS,
} from './parameters';
import type { CaseFile, CeacStatus, Ground, HistoryEntry, ISODate, Request, VisaClass } from './types';

export { EXEMPT_214B } from './groups';

/** Grounds that end the application (docs/policy.md); for K and immigrant classes 212(a)(4) is not among them. */
export const FINAL_GROUNDS: readonly Ground[] = [
  '214b', '212a4', '212a6Ci', '212a9B', '212a2', '212a3', '212a_other', '212e', '212f', '222g',
];
/** Requests that ask the applicant to send or do something by a date (the passport included). */
export const DOCUMENT_REQUESTS: readonly Request[] = ['documents', 'ds5535', 'social_media_public', 'passport'];
export const WAITING_STATUSES: readonly CeacStatus[] = [
  'Application Receipt Pending', 'Application Received', 'No Status', 'Ready', 'Transfer in Progress', 'At NVC', 'In Transit',
];
/** Grounds that do not concern immigrant visas: ignored for immigrant classes, with a warning. */
const NOT_FOR_IMMIGRANTS: readonly Ground[] = ['214b', '222g'];

/** A final ground of inadmissibility under 212(a) (not 214(b), 212(e), 212(f) or 222(g)). */
export const isInadmissibilityGround = (g: Ground): boolean => g.startsWith('212a');

/**
 * Where the administrative-processing clock starts: the later of the interview (or drop-off) and the
 * day the requested items were sent; the interview when both fall on the same day, or when only it
 * is known. `isLater(a, b)` says whether `a` is the later of the two, so the same rule serves dates
 * (`isAfter`) and "days since" counts (`(a, b) => a < b`).
 */
export function processingClockStart<T>(
  application: T | undefined,
  response: T | undefined,
  isLater: (a: T, b: T) => boolean,
): { value: T; from: 'application' | 'response' } | undefined {
  if (response !== undefined && (application === undefined || isLater(response, application))) {
    return { value: response, from: 'response' };
  }
  return application === undefined ? undefined : { value: application, from: 'application' };
}

/** The U.S. fiscal year a date belongs to: from 1 October on, the next year's. */
export function fiscalYear(date: ISODate): number {
  const y = Number(date.slice(0, 4));
  const dayAfterDeadline = addDays(`${date.slice(0, 4)}-09-${String(DV_LAST_DAY_OF_SEPTEMBER).padStart(2, '0')}`, 1)!;
  return date >= dayAfterDeadline ? y + 1 : y;
}

/** The last day of a DV program year (30 September of that year). */
export const dvDeadlineOf = (year: number): ISODate => `${String(year).padStart(4, '0')}-09-${String(DV_LAST_DAY_OF_SEPTEMBER).padStart(2, '0')}`;

export interface Facts {
  caseFile: CaseFile;
  asOf: ISODate;
  visaClass: VisaClass;
  group: ClassGroup;
  /** History without future entries (and without `lastUpdated` dates after asOf), in history order. */
  history: HistoryEntry[];
  latest?: HistoryEntry;
  showsRefused: boolean;
  everRefused: boolean;
  /** The grounds the rules read: ignored grounds left out, 212(e) on a class it cannot bar read as `other`. */
  grounds: Ground[];
  finalGrounds: Ground[];
  /** No ground is left after ignored grounds (a letter naming `other` has one this tool does not know). */
  noKnownGround: boolean;
  requests: Request[];
  /** `refusal.requests` was given (an empty list means the letter asks for nothing). */
  requestsKnown: boolean;
  documentRequests: Request[];
  /** 214(b) is the only final ground and the class is exempt from the 214(b) presumption. */
  onlyExempt214b: boolean;
  /** The final grounds under 212(a). */
  inadmissibilityGrounds: Ground[];
  applicationDate?: ISODate;
  refusedOn?: ISODate;
  respondedOn?: ISODate;
  /** The earliest of the letter's date and the application date: where the documents window starts. */
  clockStart?: ISODate;
  /** The last day to send what was asked: clock start + 1 year; for DV, no later than the DV deadline. */
  dueDate?: ISODate;
  /** (refusal date, else application date) + 1 year: a case is called closed only after it. */
  closureDate?: ISODate;
  /** A history entry's "Case Last Updated" is after the closure date: the post is still working on it. */
  laterActivity: boolean;
  /** (refusal date, else application date) + 2 years: the end of the immigrant reinstatement window. */
  reinstatementEnds?: ISODate;
  /** The start of the administrative-processing clock (see `processingClockStart`). */
  processingClockStart?: ISODate;
  /** The processing clock start plus `INQUIRY_AFTER_DAYS`. */
  inquiryDate?: ISODate;
  outstanding: boolean;
  /** DV only: the program year, given or inferred from the interview date. */
  dvYear?: number;
  dvYearInferred: boolean;
  /** DV only, and only when the DV year is plausible: 30 September of the DV year. */
  dvDeadline?: ISODate;
  /** Student classes only: the program start date. */
  programStart?: ISODate;
  /** What to check in the facts given: the English of `warningMessages`. */
  warnings: string[];
  /** The warnings as messages (./message.ts), in the same order as `warnings`. */
  warningMessages: Msg[];
}

/** A date given for the refusal letter or the sending of the requested items, after `asOf` (one message per field). */
const LEFT_OUT = {
  refusedOn: /*i18n*/ {
    id: 'rules.warning.refusedOnAfterAsOf',
    message: 'The date on the refusal letter ({date}) is after {asOf}, the date of this assessment, so it was left out.',
  },
  respondedOn: /*i18n*/ {
    id: 'rules.warning.respondedOnAfterAsOf',
    message: 'The day the requested items were sent ({date}) is after {asOf}, the date of this assessment, so it was left out.',
  },
} as const satisfies Record<string, MessageDescriptor>;

function notAfter(date: ISODate | undefined, asOf: ISODate, what: MessageDescriptor, warnings: Msg[]): ISODate | undefined {
  if (date === undefined) return undefined;
  if (isAfter(date, asOf)) {
    warnings.push(msg(what, { date: dateValue(date), asOf: dateValue(asOf) }));
    return undefined;
  }
  return date;
}

function readHistory(caseFile: CaseFile, asOf: ISODate, warnings: Msg[]): HistoryEntry[] {
  const kept: HistoryEntry[] = [];
  for (const entry of caseFile.ceacHistory) {
    if (isAfter(entry.seenOn, asOf)) {
      warnings.push(msg(/*i18n*/ {
        id: 'rules.warning.statusAfterAsOf',
        message: 'The "{status}" status seen on {seenOn} is after {asOf}, the date of this assessment, so it was left out.',
      }, { status: entry.status, seenOn: dateValue(entry.seenOn), asOf: dateValue(asOf) }));
    } else if (entry.lastUpdated !== undefined && isAfter(entry.lastUpdated, asOf)) {
      warnings.push(msg(/*i18n*/ {
        id: 'rules.warning.lastUpdatedAfterAsOf',
        message: 'The "Case Last Updated" date {lastUpdated} of the "{status}" status is after {asOf}, the date of this assessment, so it was left out.',
      }, { lastUpdated: dateValue(entry.lastUpdated), status: entry.status, asOf: dateValue(asOf) }));
      const { lastUpdated: _future, ...rest } = entry;
      kept.push(rest);
    } else {
      kept.push(entry);
    }
  }
  const history = orderHistory(kept);
  for (const e of history) {
    if (e.lastUpdated !== undefined && isAfter(e.lastUpdated, e.seenOn)) {
      warnings.push(msg(/*i18n*/ {
        id: 'rules.warning.lastUpdatedAfterSeen',
        message: 'The "{status}" status seen on {seenOn} has a "Case Last Updated" date ({lastUpdated}) later than the day it was seen. Check both dates.',
      }, { status: e.status, seenOn: dateValue(e.seenOn), lastUpdated: dateValue(e.lastUpdated) }));
    }
  }
  return history;
}

/** The grounds after ignored grounds and 212(e) on a class it cannot bar, with a warning for each. */
function readGrounds(visaClass: VisaClass, given: readonly Ground[], warnings: Msg[]): Ground[] {
  const out: Ground[] = [];
  for (const g of given) {
    if (isImmigrant(visaClass) && NOT_FOR_IMMIGRANTS.includes(g)) {
      // `section` is a section number (214(b) or 222(g)): the same in every language.
      warnings.push(msg(/*i18n*/ {
        id: 'rules.warning.groundNotForImmigrants',
        message: 'The letter is entered as naming section {section}, which does not apply to immigrant visas, so it was left out and the answer rests on the rest of the letter. Check the letter again: immigrant visas are refused under 221(g), 212(a), 212(e) or 212(f).',
      }, { section: GROUND_SHORT[g] }));
      continue;
    }
    if (g === '212e' && !barredBy212e(visaClass)) {
      warnings.push(msg(/*i18n*/ {
        id: 'rules.warning.ground212eNotForClass',
        message: 'Section 212(e) (the two-year home-residence requirement) bars only H, L, K and immigrant visas, not a {visaClass} visa, so it was read as a section this tool does not know: the letter decides.',
      }, { visaClass }));
      if (!out.includes('other')) out.push('other');
      continue;
    }
    if (!out.includes(g)) out.push(g);
  }
  return out;
}

/** The DV year (given, else inferred from the interview date) and whether it fits the case's dates. */
function readDvYear(
  caseFile: CaseFile, applicationDate: ISODate | undefined, refusedOn: ISODate | undefined, warnings: Msg[],
): { dvYear?: number; dvYearInferred: boolean; dvDeadline?: ISODate } {
  if (caseFile.visaClass !== 'DV') return { dvYearInferred: false };
  const given = caseFile.dv?.programYear;
  const dvYear = given ?? (applicationDate ? fiscalYear(applicationDate) : undefined);
  const dvYearInferred = given === undefined && dvYear !== undefined;
  if (dvYear === undefined) {
    warnings.push(msg(/*i18n*/ {
      id: 'rules.warning.dvYearUnknown',
      message: 'The DV program year is not known, and there is no interview date to work it out from, so the {day} September deadline cannot be dated. Enter the program year (for example 2026 for DV-2026).',
    }, { day: DV_LAST_DAY_OF_SEPTEMBER }));
    return { dvYearInferred };
  }
  const dates = [applicationDate, refusedOn].filter((d): d is ISODate => d !== undefined);
  const first = `${String(dvYear - 1).padStart(4, '0')}-10-01`;
  const last = dvDeadlineOf(dvYear);
  if (dates.length === 0) {
    warnings.push(msg(/*i18n*/ {
      id: 'rules.warning.dvYearUnchecked',
      message: 'DV-{year} cannot be checked against the case without the interview date, so the {day} September deadline is not used. Enter the interview date.',
    }, { year: dvYear, day: DV_LAST_DAY_OF_SEPTEMBER }));
    return { dvYear, dvYearInferred };
  }
  if (!dates.every((d) => d >= first && d <= last)) {
    warnings.push(msg(/*i18n*/ {
      id: 'rules.warning.dvYearMismatch',
      message: 'The dates of this case do not fall within DV-{year} ({first} to {last}), so the program year looks mistyped and its deadline is not used. Check the year on your selection letter.',
    }, { year: dvYear, first: dateValue(first), last: dateValue(last) }));
    return { dvYear, dvYearInferred };
  }
  return { dvYear, dvYearInferred, dvDeadline: last };
}

const earliest = (...dates: Array<ISODate | undefined>): ISODate | undefined =>
  dates.filter((d): d is ISODate => d !== undefined).sort()[0];

export function deriveFacts(caseFile: CaseFile, asOf: ISODate): Facts {
  const warnings: Msg[] = [];
  const visaClass = caseFile.visaClass;
  const history = readHistory(caseFile, asOf, warnings);
  const latest = history[history.length - 1];
  const refusal = caseFile.refusal;
  const showsRefused = latest ? latest.status === 'Refused' : refusal !== undefined;
  const grounds = readGrounds(visaClass, refusal?.grounds ?? [], warnings);
  const requests = refusal?.requests ?? [];

  const applicationDate = caseFile.application.date;
  if (applicationDate !== undefined && isAfter(applicationDate, asOf)) {
    warnings.push(msg(/*i18n*/ {
      id: 'rules.warning.applicationDateAfterAsOf',
      message: 'The interview or drop-off date ({date}) is after {asOf}, the date of this assessment: the interview is still ahead.',
    }, { date: dateValue(applicationDate), asOf: dateValue(asOf) }));
  }
  const refusedOn = notAfter(refusal?.refusedOn, asOf, LEFT_OUT.refusedOn, warnings);
  const respondedOn = notAfter(refusal?.respondedOn, asOf, LEFT_OUT.respondedOn, warnings);
  const clockStart = earliest(refusedOn, applicationDate);
  if (respondedOn !== undefined && clockStart !== undefined && respondedOn < clockStart) {
    warnings.push(msg(/*i18n*/ {
      id: 'rules.warning.sentBeforeRefusal',
      message: 'The requested items were sent on {sent}, before the refusal or interview on {start}. Check both dates.',
    }, { sent: dateValue(respondedOn), start: dateValue(clockStart) }));
  }
  const refusalStart = refusedOn ?? applicationDate;
  const yearDue = clockStart ? addYears(clockStart, DOCUMENTS_WINDOW_YEARS) : undefined;
  // Usually the letter is the earliest date, so the closure date is the same day as the due date.
  const closureDate = refusalStart === clockStart ? yearDue : refusalStart ? addYears(refusalStart, DOCUMENTS_WINDOW_YEARS) : undefined;
  const dv = readDvYear(caseFile, applicationDate, refusedOn, warnings);
  const dueDate = yearDue && dv.dvDeadline && dv.dvDeadline < yearDue ? dv.dvDeadline : yearDue;

  const documentRequests = requests.filter((r) => DOCUMENT_REQUESTS.includes(r));
  const finalGrounds = grounds.filter((g) => FINAL_GROUNDS.includes(g) && !(g === '212a4' && isImmigrantOrK(visaClass)));
  const processingStart = processingClockStart(applicationDate, respondedOn, isAfter)?.value;
  return {
    caseFile,
    asOf,
    visaClass,
    group: classGroup(visaClass),
    history,
    latest,
    showsRefused,
    everRefused: showsRefused || history.some((e) => e.status === 'Refused') || grounds.length > 0,
    grounds,
    finalGrounds,
    noKnownGround: grounds.length === 0,
    requests,
    requestsKnown: refusal?.requests !== undefined,
    documentRequests,
    onlyExempt214b: finalGrounds.length === 1 && finalGrounds[0] === '214b' && (EXEMPT_214B.includes(visaClass) || isK(visaClass)),
    inadmissibilityGrounds: finalGrounds.filter(isInadmissibilityGround),
    applicationDate,
    refusedOn,
    respondedOn,
    clockStart,
    dueDate,
    closureDate,
    laterActivity: closureDate !== undefined && history.some((e) => e.lastUpdated !== undefined && e.lastUpdated > closureDate),
    // Only immigrant registrations (not DV) can be reinstated (22 CFR 42.83(c)).
    reinstatementEnds: refusalStart && isImmigrant(visaClass) && visaClass !== 'DV' ? addYears(refusalStart, REINSTATEMENT_YEARS) : undefined,
    processingClockStart: processingStart,
    inquiryDate: processingStart ? addDays(processingStart, INQUIRY_AFTER_DAYS) : undefined,
    outstanding: documentRequests.length > 0 && respondedOn === undefined,
    ...dv,
    programStart: isStudent(visaClass) ? caseFile.program?.startDate : undefined,
    warnings: warnings.map(englishText),
    warningMessages: warnings,
  };
}
