/**
 * The rules module's public face (docs/case-file.md, "The rules module's public face"). Pure
 * TypeScript: no DOM, no React, no clock. The caller passes `asOf`.
 */
export { parseCaseFile, dateProblem } from './schema';
export { assess, explain } from './assess';
export {
  PARAMETERS, INQUIRY_AFTER_DAYS, DOCUMENTS_WINDOW_YEARS, PASSPORT_WAIT_WORKING_DAYS, REINSTATEMENT_YEARS,
  DV_LAST_DAY_OF_SEPTEMBER, DV_DEADLINE_WORDS, K1_PETITION_VALIDITY_MONTHS, STUDENT_EARLY_ENTRY_DAYS,
  NEW_H1B_PETITION_PAYMENT_USD, DOCUMENTS_WINDOW, REINSTATEMENT_WINDOW, type Parameter, type ParameterName,
} from './parameters';
export { POLICY, type ConditionPlace, type PolicyRule, type RuleId } from './policy';
export type { ExtraReasonId } from './outcomes';
export { orderHistory } from './history';
export { processingClockStart, fiscalYear, dvDeadlineOf } from './facts';
export {
  classGroup, petitionRule, petitionForm, isStudent, isExchange, isImmigrant, isK, isImmigrantOrK, isNonimmigrant,
  EXEMPT_214B, STUDENT_CLASSES, type ClassGroup,
} from './groups';
export { reportedRange, REPORTED_PERIOD, type ReportedRange } from './reported';
export { REFUSED_LABEL } from './refusedLabel';
export { SOURCES, RULES_LAST_REVIEWED, getSource, isKnownSource, type Source } from './sources';
export { GLOSSARY, type GlossaryEntry } from './glossary';
export { VERDICT_LABELS, GROUND_LABELS } from './labels';
export {
  CONFIDENCE_LABELS, GROUND_SHORT, REQUEST_LABELS, MILESTONE_LABELS, listInWords, programForm, programOfficial,
} from './wording';
export { addDays, compareDates, daysBetween, formatDate, isISODate } from './dates';
export { scrubIdentifiers } from './identifiers';
export * from './types';
export { msg, dateValue, listValue, englishText, isMsg, type Msg, type MsgValue, type MessageDescriptor, type DateValue, type ListValue } from './message';
