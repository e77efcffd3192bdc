/**
 * Derived facts: what the policy rules read, computed once from the case file and `asOf`.
 * Facts dated after `asOf` are left out here (with a warning), so no rule ever sees them.
 */
import { addOneYear, formatDate, isAfter } from './dates';
import type { CaseFile, CeacStatus, Ground, HistoryEntry, ISODate, Request } from './types';

export const FINAL_GROUNDS: readonly Ground[] = ['214b', '212a6Ci', '212a9B', '212a2', '212a3', '212a_other', '212f'];
export const DOCUMENT_REQUESTS: readonly Request[] = ['documents', 'ds5535', 'social_media_public'];
export const WAITING_STATUSES: readonly CeacStatus[] = [
  'Application Receipt Pending', 'Application Received', 'No Status', 'Ready', 'Transfer in Progress',
];

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
  applicationDate?: ISODate;
  respondedOn?: ISODate;
  clockStart?: ISODate;
  dueDate?: ISODate;
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
  const indexed = caseFile.ceacHistory.map((entry, index) => ({ entry, index }));
  const kept = indexed.filter(({ entry }) => {
    if (isAfter(entry.seenOn, asOf)) {
      warnings.push(`The "${entry.status}" status seen on ${formatDate(entry.seenOn)} is after ${formatDate(asOf)}, the date of this assessment, so it was left out.`);
      return false;
    }
    return true;
  });
  kept.sort((a, b) =>
    a.entry.seenOn.localeCompare(b.entry.seenOn)
    || (a.entry.lastUpdated ?? '').localeCompare(b.entry.lastUpdated ?? '')
    || a.index - b.index);
  const history = kept.map(({ entry }) => entry);
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
  const applicationDate = notAfter(caseFile.application.date, asOf, 'The interview or drop-off date', warnings);
  const refusedOn = notAfter(refusal?.refusedOn, asOf, 'The date on the refusal letter', warnings);
  const respondedOn = notAfter(refusal?.respondedOn, asOf, 'The day the requested items were sent', warnings);
  const clockStart = refusal ? refusedOn ?? applicationDate : undefined;
  if (respondedOn !== undefined && clockStart !== undefined && respondedOn < clockStart) {
    warnings.push(`The requested items were sent on ${formatDate(respondedOn)}, before the refusal on ${formatDate(clockStart)}. Check both dates.`);
  }
  const documentRequests = requests.filter((r) => DOCUMENT_REQUESTS.includes(r));
  return {
    caseFile,
    asOf,
    history,
    latest,
    showsRefused,
    everRefused: showsRefused || history.some((e) => e.status === 'Refused') || grounds.length > 0,
    grounds,
    finalGrounds: grounds.filter((g) => FINAL_GROUNDS.includes(g)),
    noKnownGround: grounds.every((g) => g === 'other'),
    requests,
    documentRequests,
    applicationDate,
    respondedOn,
    clockStart,
    dueDate: clockStart ? addOneYear(clockStart) : undefined,
    outstanding: documentRequests.length > 0 && respondedOn === undefined,
    warnings,
  };
}
