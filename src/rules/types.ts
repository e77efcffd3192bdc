import type { Msg } from './message';

/**
 * The case file (version 2; version 1 files are read as version 2) and the assessment, exactly as
 * fixed in docs/case-file.md.
 * Field names, enum values, verdict ids and milestone kinds must never be renamed.
 */

/** A calendar date written "YYYY-MM-DD": the same day in every time zone. */
export type ISODate = string;

/** Nonimmigrant classes on a USCIS petition (Form I-129; dependants on the principal's petition). */
export const PETITION_NIV_CLASSES = [
  'H-1B', 'H-4', 'L-1A', 'L-1B', 'L-2', 'O-1', 'O-2', 'O-3',
  'P-1', 'P-2', 'P-3', 'P-4', 'H-2A', 'H-2B', 'H-3', 'Q-1', 'R-1', 'R-2',
] as const;
/** Nonimmigrant classes without a USCIS petition (`other` is a nonimmigrant class not listed). */
export const OTHER_NIV_CLASSES = [
  'B-1', 'B-2', 'B-1/B-2', 'F-1', 'F-2', 'M-1', 'M-2', 'J-1', 'J-2',
  'E-1', 'E-2', 'E-3', 'H-1B1', 'TN', 'C-1/D', 'I', 'other',
] as const;
/** Fiancé(e) of a U.S. citizen and the fiancé(e)'s child (Form I-129F). */
export const K_CLASSES = ['K-1', 'K-2'] as const;
/** Immigrant visas: immediate relative, family preference, employment, diversity, another immigrant visa. */
export const IMMIGRANT_CLASSES = ['IR-CR', 'F-pref', 'EB', 'DV', 'IV-other'] as const;

export const VISA_CLASSES = [...PETITION_NIV_CLASSES, ...OTHER_NIV_CLASSES, ...K_CLASSES, ...IMMIGRANT_CLASSES] as const;
export type VisaClass = (typeof VISA_CLASSES)[number];

export const CEAC_STATUSES = [
  'Application Receipt Pending', 'Application Received', 'No Status', 'Ready',
  'Administrative Processing', 'Refused', 'Approved', 'Issued', 'Transfer in Progress',
  'At NVC', 'In Transit',
] as const;
export type CeacStatus = (typeof CEAC_STATUSES)[number];

export const GROUNDS = [
  '221g', '214b', '212a4', '212a6Ci', '212a9B', '212a2', '212a3', '212a_other', '212e', '212f', '222g', 'other',
] as const;
export type Ground = (typeof GROUNDS)[number];

export const REQUESTS = [
  'documents', 'ds5535', 'social_media_public', 'passport', 'in_person_interview',
] as const;
export type Request = (typeof REQUESTS)[number];

export const PETITION_STATUSES = ['approved', 'returned_to_uscis', 'noir', 'revoked', 'unknown'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

export const APPLICATION_KINDS = ['interview', 'interview_waiver'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const OFFICER_SAID = ['approved', '221g_documents', '221g_ap', '221g', 'refused', 'nothing'] as const;
export type OfficerSaid = (typeof OFFICER_SAID)[number];

export const PASSPORT_STATES = ['kept', 'returned'] as const;
export type PassportState = (typeof PASSPORT_STATES)[number];

export const REFUSED_MESSAGES = ['refused_ap_text', 'refused_short'] as const;
export type RefusedMessage = (typeof REFUSED_MESSAGES)[number];

export const SLIP_COLORS = ['white', 'blue', 'yellow', 'pink', 'other'] as const;
export type SlipColor = (typeof SLIP_COLORS)[number];

export interface HistoryEntry {
  seenOn: ISODate;
  status: CeacStatus;
  lastUpdated?: ISODate;
  message?: RefusedMessage;
}

export interface CaseFile {
  format: 'ceac-case';
  version: 2;
  visaClass: VisaClass;
  /** Required for the I-129 classes, K and the immigrant classes with a petition (see `petitionRule`). */
  petition?: {
    status: PetitionStatus;
    validUntil?: ISODate;
  };
  application: {
    kind: ApplicationKind;
    date?: ISODate;
    post?: string;
    officerSaid?: OfficerSaid;
    passport?: PassportState;
  };
  /** F, M and J classes only: the program start date on the I-20 or DS-2019. */
  program?: { startDate?: ISODate };
  /** DV only: the program year (2026 for DV-2026). */
  dv?: { programYear: number };
  ceacHistory: HistoryEntry[];
  refusal?: {
    refusedOn?: ISODate;
    grounds?: Ground[];
    slipColor?: SlipColor;
    requests?: Request[];
    respondedOn?: ISODate;
  };
  notes?: string;
}

export const NOTES_MAX = 1000;
/** The DV program years a case file may name. */
export const DV_YEAR_MIN = 2000;
export const DV_YEAR_MAX = 2100;
export const HISTORY_MAX = 100;
export const POST_MAX = 100;

export type ParseResult =
  | { ok: true; caseFile: CaseFile; warnings: string[] }
  | { ok: false; errors: Array<{ path: string; message: string }> };

export const VERDICTS = [
  'administrative_processing', 'temporary_refusal', 'final_refusal', 'visa_approved', 'no_decision_yet',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Confidence = 'high' | 'medium' | 'low';

export const MILESTONE_KINDS = [
  'documents_due', 'reinstatement_ends', 'inquiry_after', 'petition_expires', 'dv_deadline', 'program_start',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  kind: MilestoneKind;
  date: ISODate;
  passed: boolean; // date < asOf: the whole day is over
}

export interface Reason {
  rule: string;
  text: string;
  sources: string[];
}

export interface NextStep {
  id: string;
  text: string;
  due?: ISODate;
  sources: string[];
}

/** One line of the trace: every policy rule, whether it matched, and on which facts. */
export interface TraceEntry {
  rule: string;
  matched: boolean;
  /** true for the first matching rule only: it decides the verdict. */
  decided: boolean;
  /** The facts the rule reads (case-file paths). */
  reads: string[];
  /** Plain words: why it matched or not. */
  because: string;
}

export interface Assessment {
  verdict: Verdict;
  confidence: Confidence;
  /** Extra: for a low-confidence verdict, the fact that would decide it (shown beside the label). */
  decides?: string;
  reasons: Reason[];
  missing: Array<{ field: string; why: string }>;
  milestones: Milestone[];
  nextSteps: NextStep[];
  counters: {
    daysSinceApplication?: number;
    daysSinceResponse?: number;
    daysSinceLastChange?: number;
  };
  warnings: string[];
  /** Extra (optional in the contract): every rule in policy order, for the "Why" section. */
  trace: TraceEntry[];
  /** Extra: the CEAC status the verdict read (after ordering and dropping future entries). */
  latestStatus?: CeacStatus;
}

/**
 * What `explain` returns: the assessment, and beside each text the rules write, the message it was
 * written from (./message.ts), so that the page can show it in its own language. `assess` returns
 * the same without the messages (the contract's shape).
 */
export interface Explanation extends Omit<Assessment, 'reasons' | 'nextSteps' | 'missing'> {
  reasons: Array<Reason & Explained>;
  nextSteps: Array<NextStep & Explained>;
  missing: Array<{ field: string; why: string } & Explained>;
  /** The messages of `warnings` and `decides`, in the same order. */
  warningMessages: Array<Msg | undefined>;
  decidesMessage?: Msg;
  /**
   * The message each `trace` entry's `because` was written from, in the same order as `trace` (a
   * rule's condition in its "Not applied" or "Also matches" sentence, the deciding rule's reason).
   */
  traceMessages: Array<Msg | undefined>;
}

/** A text's message, when the text was written from one (every text of the rules, in the end). */
export interface Explained {
  message?: Msg;
}
