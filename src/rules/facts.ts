/**
 * Derived facts: what the policy rules read, computed once from the case file and `asOf`
 * (docs/policy.md, Derived facts). Facts dated after `asOf` are left out here (with a warning), so
 * no rule ever sees them. A predicate that more than one rule, step or reason reads is a fact here,
 * written once.
 */
import { addDays, addYears, formatDate, isAfter } from './dates';
import { CASE_FIELDS } from './fields';
import { orderHistory } from './history';
import { AP_TYPICAL_DAYS, DOCUMENTS_WINDOW_YEARS, INQUIRY_AFTER_DAYS } from './parameters';
import type { CaseFile, CeacStatus, Ground, HistoryEntry, ISODate, Request, VisaClass } from './types';

export const FINAL_GROUNDS: readonly Ground[] = ['214b', '212a6Ci', '212a9B', '212a2', '212a3', '212a_other', '212f'];
export const DOCUMENT_REQUESTS: readonly Request[] = ['documents', 'ds5535', 'social_media_public'];
export const WAITING_STATUSES: readonly CeacStatus[] = [
  'Application Receipt Pending', 'Application Received', 'No Status', 'Ready', 'Transfer in Progress',
];
/** Classes the statute exempts from the 214(b) presumption (L-2 by inference). */
export const EXEMPT_214B: readonly VisaClass[] = ['H-1B', 'L-1A', 'L-1B', 'L-2'];

/** A final ground of inadmissibility under 212(a) (not 214(b) or 212(f)). */
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

export interface Facts {
  caseFile: CaseFile;
  asOf: ISODate;
  /** History without future entries, ordered by seenOn, then lastUpdated, then input order. */
  history: HistoryEntry[];
  latest?: HistoryEntry;
  showsRefused: boolean;
  everRefused: boolean;
  grounds: Ground[];
  finalGrounds: Ground[];
  noKnownGround: boolean;
  requests: Request[];
  documentRequests: Request[];
  /** 214(b) is the only final ground and the class is exempt from the 214(b) presumption. */
  onlyExempt214b: boolean;
  /** The final grounds under 212(a). */
  inadmissibilityGrounds: Ground[];
  applicationDate?: ISODate;
  respondedOn?: ISODate;
  /** The start of the window to send what the letter asked for (`DOCUMENTS_WINDOW_YEARS`). */
  clockStart?: ISODate;
  /** The last day of that window. */
  dueDate?: ISODate;
  /** The start of the administrative-processing clock (see `processingClockStart`). */
  processingClockStart?: ISODate;
  /** The processing clock start plus `AP_TYPICAL_DAYS`. */
  apTypicalDate?: ISODate;
  /** The processing clock start plus `INQUIRY_AFTER_DAYS`. */
  inquiryDate?: ISODate;
  outstanding: boolean;
  warnings: string[];
}

function notAfter(date: ISODate | undefined, asOf: ISODate, what: string, warnings: string[]): ISODate | undefined {
  if (date === undefined) return undefined;
  if (isAfter(date, asOf)) {
    warnings.push(`${what} (${formatDate(date)}) is after ${formatDate(asOf)}, the date of this assessment, so it was left out.`);
    return undefined;
  }
  return date;
}

export function deriveFacts(caseFile: CaseFile, asOf: ISODate): Facts {
  const warnings: string[] = [];
  const history = orderHistory(caseFile.ceacHistory.filter((entry) => {
    if (isAfter(entry.seenOn, asOf)) {
      warnings.push(`The "${entry.status}" status seen on ${formatDate(entry.seenOn)} is after ${formatDate(asOf)}, the date of this assessment, so it was left out.`);
      return false;
    }
    return true;
  }));
  for (const e of history) {
    if (e.lastUpdated !== undefined && isAfter(e.lastUpdated, e.seenOn)) {
      warnings.push(`The "${e.status}" status seen on ${formatDate(e.seenOn)} has a "Case Last Updated" date (${formatDate(e.lastUpdated)}) later than the day it was seen. Check both dates.`);
    }
  }
  const latest = history[history.length - 1];
  const refusal = caseFile.refusal;
  const showsRefused = latest ? latest.status === 'Refused' : refusal !== undefined;
  const grounds = refusal?.grounds ?? [];
  const requests = refusal?.requests ?? [];
  const applicationDate = notAfter(caseFile.application.date, asOf, CASE_FIELDS['application.date'].name, warnings);
  const refusedOn = notAfter(refusal?.refusedOn, asOf, CASE_FIELDS['refusal.refusedOn'].name, warnings);
  const respondedOn = notAfter(refusal?.respondedOn, asOf, CASE_FIELDS['refusal.respondedOn'].name, warnings);
  const clockStart = refusal ? refusedOn ?? applicationDate : undefined;
  if (respondedOn !== undefined && clockStart !== undefined && respondedOn < clockStart) {
    warnings.push(`The requested items were sent on ${formatDate(respondedOn)}, before the refusal on ${formatDate(clockStart)}. Check both dates.`);
  }
  const documentRequests = requests.filter((r) => DOCUMENT_REQUESTS.includes(r));
  const finalGrounds = grounds.filter((g) => FINAL_GROUNDS.includes(g));
  const processingStart = processingClockStart(applicationDate, respondedOn, isAfter)?.value;
  return {
    caseFile,
    asOf,
    history,
    latest,
    showsRefused,
    everRefused: showsRefused || history.some((e) => e.status === 'Refused') || grounds.length > 0,
    grounds,
    finalGrounds,
    noKnownGround: grounds.every((g) => g === 'other'),
    requests,
    documentRequests,
    onlyExempt214b: finalGrounds.length === 1 && finalGrounds[0] === '214b' && EXEMPT_214B.includes(caseFile.visaClass),
    inadmissibilityGrounds: finalGrounds.filter(isInadmissibilityGround),
    applicationDate,
    respondedOn,
    clockStart,
    dueDate: clockStart ? addYears(clockStart, DOCUMENTS_WINDOW_YEARS) : undefined,
    processingClockStart: processingStart,
    apTypicalDate: processingStart ? addDays(processingStart, AP_TYPICAL_DAYS) : undefined,
    inquiryDate: processingStart ? addDays(processingStart, INQUIRY_AFTER_DAYS) : undefined,
    outstanding: documentRequests.length > 0 && respondedOn === undefined,
    warnings,
  };
}
