/**
 * The rules module's public face (fixed in shared/spec/case-file.md). Pure TypeScript: no DOM,
 * no React, no clock. The caller passes `asOf`.
 */
export { parseCaseFile, dateProblem } from './schema';
export { assess, AP_TYPICAL_DAYS, INQUIRY_AFTER_DAYS } from './assess';
export { POLICY } from './policy';
export { SOURCES, RULES_LAST_REVIEWED, getSource, isKnownSource, type Source } from './sources';
export { GLOSSARY, type GlossaryEntry } from './glossary';
export {
  VERDICT_LABELS, CONFIDENCE_LABELS, GROUND_LABELS, GROUND_SHORT, REQUEST_LABELS, MILESTONE_LABELS, listInWords,
} from './labels';
export { addDays, daysBetween, formatDate, isISODate } from './dates';
export { scrubIdentifiers } from './identifiers';
export * from './types';
