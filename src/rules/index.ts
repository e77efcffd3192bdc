/**
 * The rules module's public face (docs/case-file.md, "The rules module's public face"). Pure
 * TypeScript: no DOM, no React, no clock. The caller passes `asOf`.
 */
export { parseCaseFile, dateProblem } from './schema';
export { assess } from './assess';
export {
  PARAMETERS, AP_TYPICAL_DAYS, INQUIRY_AFTER_DAYS, DOCUMENTS_WINDOW_YEARS, PASSPORT_WAIT_WORKING_DAYS,
  NEW_H1B_PETITION_PAYMENT_USD, DOCUMENTS_WINDOW, type Parameter, type ParameterName,
} from './parameters';
export { POLICY, type PolicyRule, type RuleId } from './policy';
export type { ExtraReasonId } from './outcomes';
export { orderHistory } from './history';
export { processingClockStart } from './facts';
export { REFUSED_LABEL } from './refusedLabel';
export { SOURCES, RULES_LAST_REVIEWED, getSource, isKnownSource, type Source } from './sources';
export { GLOSSARY, type GlossaryEntry } from './glossary';
export {
  VERDICT_LABELS, CONFIDENCE_LABELS, GROUND_LABELS, GROUND_SHORT, REQUEST_LABELS, MILESTONE_LABELS, listInWords,
} from './labels';
export { addDays, daysBetween, formatDate, isISODate } from './dates';
export { scrubIdentifiers } from './identifiers';
export * from './types';
