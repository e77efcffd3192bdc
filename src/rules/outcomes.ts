/**
 * The shared pieces of an assessment, the ones that do not belong to one rule (docs/policy.md):
 * what each verdict adds (milestones, next steps), the dates of the milestones, the steps for every
 * case, the extra reasons and the missing facts. They are keyed by verdict, by fact, or by the flags
 * a rule record sets in ./policy.ts, never by a rule's id.
 */
import { compareDates, daysBetween } from './dates';
import type { Facts } from './facts';
import { CASE_FIELDS, type CaseFieldPath } from './fields';
import { isImmigrant, isK, isStudent } from './groups';
import { dateValue, listValue, msg, type Msg } from './message';
import {
  DV_LAST_DAY_OF_SEPTEMBER, INQUIRY_AFTER_DAYS, NEW_H1B_PETITION_PAYMENT_USD, STUDENT_EARLY_ENTRY_DAYS,
} from './parameters';
import { r11Excluded, type PolicyRule } from './policy';
import { REFUSED_LABEL } from './refusedLabel';
import { REPORTED_PERIOD, reportedRange } from './reported';
import { programOfficialMsg } from './wording';
import { step, stepsWhere, type NextStepContext, type RuleText, type StepOut } from './steps';
import type { ISODate, MilestoneKind, Verdict } from './types';

/** The ids of the reasons after the deciding one (`Reason.rule`); they name context, not rules. */
export type ExtraReasonId =
  | 'dv-deadline' | 'refused-label' | 'r11-not-for-class' | 'slip-colour' | 'petition-ended' | 'petition-ends-soon'
  | 'program-start' | 'dropbox-context' | 'reported-durations';

interface VerdictOutcome {
  /** The case can still go on, so the petition's end date matters (reasons and a step). */
  open: boolean;
  /** A refusal for now that can be overcome, so a petition status that is not known matters. */
  canBeOvercome: boolean;
  /** Milestones the verdict adds, after the deciding rule's own. */
  milestones: readonly MilestoneKind[];
  /** Steps the verdict adds, after the deciding rule's own. */
  nextSteps(f: Facts, ctx: NextStepContext): StepOut[];
}

export const BY_VERDICT: Readonly<Record<Verdict, VerdictOutcome>> = {
  administrative_processing: {
    open: true,
    canBeOvercome: true,
    milestones: ['inquiry_after', 'petition_expires', 'dv_deadline', 'program_start'],
    nextSteps: processingSteps,
  },
  temporary_refusal: {
    open: true, canBeOvercome: true, milestones: ['petition_expires', 'dv_deadline', 'program_start'], nextSteps: () => [],
  },
  final_refusal: { open: false, canBeOvercome: false, milestones: ['petition_expires', 'dv_deadline'], nextSteps: () => [] },
  visa_approved: { open: false, canBeOvercome: false, milestones: [], nextSteps: () => [] },
  no_decision_yet: {
    open: true,
    canBeOvercome: false,
    milestones: ['petition_expires', 'dv_deadline', 'program_start'],
    nextSteps: (f) => [
      f.latest
        ? step('check-again', msg(/*i18n*/ {
          id: 'rules.step.checkAgain', message: 'Check CEAC again in a few days and add each new status you see.',
        }), ['ceac-status-page'])
        : step('enter-status', msg(/*i18n*/ {
          id: 'rules.step.enterStatus',
          message: 'Look up your case on the CEAC status page and enter what it shows, with the day you saw it.',
        }), ['ceac-status-page']),
    ],
  },
};

/** The date of each milestone, when the facts give one. */
export const MILESTONE_DATES: Readonly<Record<MilestoneKind, (f: Facts) => ISODate | undefined>> = {
  documents_due: (f) => f.dueDate,
  reinstatement_ends: (f) => (isImmigrant(f.visaClass) && f.visaClass !== 'DV' && f.clockStart ? f.reinstatementEnds : undefined),
  // For DV, only a date the deadline has not overtaken.
  inquiry_after: (f) => (f.dvDeadline && f.inquiryDate && f.inquiryDate > f.dvDeadline ? undefined : f.inquiryDate),
  petition_expires: (f) => f.caseFile.petition?.validUntil,
  dv_deadline: (f) => f.dvDeadline,
  program_start: (f) => f.programStart,
};

/** Who to ask about a petition that ends: a value inside the messages that name them (`{who}`, `{people}`). */
const EMPLOYER_ATTORNEY = /*i18n*/ { id: 'rules.ask.employerAttorney', message: 'the employer\u2019s attorney' };
const PETITIONER_OR_ATTORNEY = /*i18n*/ { id: 'rules.ask.petitionerOrAttorney', message: 'the petitioner or an immigration attorney' };

/** A date the case must beat: what it is (`what`, a value inside a sentence) and who to talk to about it. */
interface HardDate {
  date: ISODate;
  what: Msg;
  /** No one for the DV deadline. */
  ask?: Msg;
}

/** A date the case must beat, by the sooner of them: the petition's end, the program start, the DV deadline. */
export function hardDates(f: Facts): HardDate[] {
  const out: HardDate[] = [];
  const validUntil = f.caseFile.petition?.validUntil;
  if (validUntil) {
    out.push({
      date: validUntil,
      what: isK(f.visaClass)
        ? msg(/*i18n*/ { id: 'rules.hardDate.k1PetitionEnd', message: 'the end of the fiancé(e) petition\u2019s validity' })
        : msg(/*i18n*/ { id: 'rules.hardDate.petitionEnd', message: 'the petition\u2019s end date' }),
      ask: msg(f.group === 'petition_niv' || f.visaClass === 'EB' ? EMPLOYER_ATTORNEY : PETITIONER_OR_ATTORNEY),
    });
  }
  if (f.programStart) {
    out.push({
      date: f.programStart,
      what: msg(/*i18n*/ { id: 'rules.hardDate.programStart', message: 'your program start date' }),
      ask: programOfficialMsg(f.visaClass),
    });
  }
  if (f.dvDeadline) {
    out.push({
      date: f.dvDeadline,
      what: msg(/*i18n*/ { id: 'rules.hardDate.dvDeadline', message: 'the DV-{year} deadline' }, { year: f.dvYear! }),
    });
  }
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** The hard dates that fall on or before the day posts ask applicants to wait for (`inquiry_after`). */
const beforeInquiry = (f: Facts) => (f.inquiryDate ? hardDates(f).filter((h) => h.date <= f.inquiryDate!) : []);

/** Who to talk to about the hard dates, each once, in their order. */
const asks = (hard: readonly HardDate[]): Msg[] => {
  const out: Msg[] = [];
  for (const { ask } of hard) if (ask && !out.some((m) => m.id === ask.id)) out.push(ask);
  return out;
};

/** The officer said "221(g)" without saying what for, and no letter section or kept passport settles it. */
const unsure221g = (f: Facts): boolean =>
  f.showsRefused && f.noKnownGround && f.caseFile.application.officerSaid === '221g' && f.caseFile.application.passport !== 'kept';

/** A diversity visa whose deadline cannot be dated (no year, or a year that does not fit): never "wait 180 days". */
const dvUndated = (f: Facts): boolean => f.visaClass === 'DV' && f.dvDeadline === undefined;

function processingSteps(f: Facts, ctx: NextStepContext): StepOut[] {
  const inquiry = ctx.due('inquiry_after');
  const hard = beforeInquiry(f);
  const first = hard[0];
  const waitStep = unsure221g(f)
    ? step('find-letter-first', msg(/*i18n*/ {
      id: 'rules.step.findLetterFirst',
      message: 'Find the refusal letter now, or ask the post for a copy. If it lists documents, send them right away: posts close cases whose documents are not sent within a year. Waiting for processing is right only if the letter asks for nothing.',
    }), ['ina-221g', 'usvisa-221g-year'])
    : dvUndated(f)
      ? undefined // the first step (`dv-year-needed`) says what to do instead
      : step('inquire-after',
        inquiry && inquiry < f.asOf
          ? msg(/*i18n*/ {
            id: 'rules.step.inquireAfter.passed',
            message: 'The {days} days many posts ask you to wait ended on {date}: you can now ask the post about the case through its official contact page. Have your dates ready.',
          }, { days: INQUIRY_AFTER_DAYS, date: dateValue(inquiry) })
          : inquiry
            ? f.dvDeadline
              ? msg(/*i18n*/ {
                id: 'rules.step.inquireAfter.aheadDv',
                message: 'Unless your travel is urgent (for example a medical or family emergency), many posts ask you not to inquire before {date} ({days} days). Posts differ: some give a shorter window on their own pages. For a diversity visa, do not wait for this day if the deadline is near: no DV-{year} visa can be issued after {deadline}. Ask the post well before then whether your case can be finished in time.',
              }, { date: dateValue(inquiry), days: INQUIRY_AFTER_DAYS, year: f.dvYear!, deadline: dateValue(f.dvDeadline) })
              : msg(/*i18n*/ {
                id: 'rules.step.inquireAfter.ahead',
                message: 'Unless your travel is urgent (for example a medical or family emergency), many posts ask you not to inquire before {date} ({days} days). Posts differ: some give a shorter window on their own pages.',
              }, { date: dateValue(inquiry), days: INQUIRY_AFTER_DAYS })
            : msg(/*i18n*/ {
              id: 'rules.step.inquireAfter.undated',
              message: 'Unless your travel is urgent, many posts ask you not to inquire before {days} days have passed since the interview (or since you sent documents, if later). Posts differ: some give a shorter window.',
            }, { days: INQUIRY_AFTER_DAYS }),
        ['post-inquiry-180d']); // no `due`: the day is a "not before", not a deadline
  const people = asks(hard);
  return stepsWhere(
    step('wait-for-processing', msg(/*i18n*/ {
      id: 'rules.step.waitForProcessing',
      message: 'Administrative processing has no fixed length, and no one can promise how long it will take. Check CEAC about once a week and add each status you see, with its "Case Last Updated" date.',
    }), ['dos-ap-page']),
    first
      ? step('contact-before-hard-date',
        first.date < f.asOf
          ? people.length
            ? msg(/*i18n*/ {
              id: 'rules.step.contactBeforeHardDate.passedTalkTo',
              message: 'Do not wait {days} days: {what} ({date}) has already passed. Contact the post now, say so, and ask what the case needs to go on, and talk to {people}.',
            }, { days: INQUIRY_AFTER_DAYS, what: first.what, date: dateValue(first.date), people: listValue(people) })
            : msg(/*i18n*/ {
              id: 'rules.step.contactBeforeHardDate.passed',
              message: 'Do not wait {days} days: {what} ({date}) has already passed. Contact the post now, say so, and ask what the case needs to go on.',
            }, { days: INQUIRY_AFTER_DAYS, what: first.what, date: dateValue(first.date) })
          : people.length
            ? msg(/*i18n*/ {
              id: 'rules.step.contactBeforeHardDate.aheadTalkTo',
              message: 'Do not wait {days} days: {what} ({date}) comes before the day many posts ask you to wait for ({inquiryDate}). Contact the post before {date}, say what the date is and ask whether the case can be finished in time, and talk to {people}.',
            }, {
              days: INQUIRY_AFTER_DAYS, what: first.what, date: dateValue(first.date), inquiryDate: dateValue(f.inquiryDate!), people: listValue(people),
            })
            : msg(/*i18n*/ {
              id: 'rules.step.contactBeforeHardDate.ahead',
              message: 'Do not wait {days} days: {what} ({date}) comes before the day many posts ask you to wait for ({inquiryDate}). Contact the post before {date}, say what the date is and ask whether the case can be finished in time.',
            }, { days: INQUIRY_AFTER_DAYS, what: first.what, date: dateValue(first.date), inquiryDate: dateValue(f.inquiryDate!) }),
        ['post-inquiry-180d', ...(f.dvDeadline ? ['dv-deadline'] : []), ...(f.programStart ? ['student-start'] : []), ...(f.caseFile.petition?.validUntil ? ['i797-validity'] : [])],
        first.date < f.asOf ? undefined : first.date)
      : waitStep,
    f.caseFile.application.passport === 'returned' && step('passport-ready', msg(/*i18n*/ {
      id: 'rules.step.passportReady',
      message: 'Keep your passport ready to send: posts that return it during processing ask for it back when the visa is ready.',
    }), ['9fam-306-2']),
  );
}

/** Steps for a case whose section is unknown (`asksForSection`), before the verdict's. */
export const sectionSteps = (): StepOut[] => [
  step('read-letter', msg(/*i18n*/ {
    id: 'rules.step.readLetter',
    message: 'Find the letter the officer gave you and enter the section it names (221(g), 214(b), 212(a) and so on): it decides whether the refusal is final.',
  }), ['9fam-403-10', 'dos-ceac-2020']),
];

/**
 * From this day of the DV program year (month-day) the DV step also says that visa numbers can run
 * out before the deadline: a policy choice of this tool (docs/policy.md), not a date the law sets.
 */
const DV_NUMBERS_WARNING_FROM = '07-01';

/** Steps that come before all others: a hard deadline said plainly and early. */
export const FIRST_STEPS: ReadonlyArray<(f: Facts, verdict: Verdict) => StepOut | undefined> = [
  (f, verdict) => (dvUndated(f) && BY_VERDICT[verdict].open
    ? step('dv-year-needed', msg(/*i18n*/ {
      id: 'rules.step.dvYearNeeded',
      message: 'Every diversity visa case ends on {day} September of its program year (for example, DV-2026 ends on {day} September 2026): no DV visa can be issued after it. Enter your program year and your interview date so the deadline can be dated, and do not wait for months: ask the post well before {day} September whether your case can be finished.',
    }, { day: DV_LAST_DAY_OF_SEPTEMBER }), ['dv-deadline'])
    : undefined),
  (f, verdict) => {
    if (!f.dvDeadline || verdict === 'visa_approved' || f.asOf > f.dvDeadline) return undefined;
    const left = daysBetween(f.asOf, f.dvDeadline)!;
    const july = `${f.dvYear}-${DV_NUMBERS_WARNING_FROM}`;
    const values = { deadline: dateValue(f.dvDeadline), left, year: f.dvYear!, day: DV_LAST_DAY_OF_SEPTEMBER };
    return step('dv-deadline',
      f.asOf >= july
        ? msg(/*i18n*/ {
          id: 'rules.step.dvDeadline.numbers',
          message: 'Everything must be finished by {deadline} ({left, plural, =0 {today} one {{left} day from now} other {{left} days from now}}): no DV-{year} visa can be issued after {day} September, even if processing is still going on. Answer every request at once, and ask the post in good time whether the case can be finished before then. Visa numbers can also run out before that day.',
        }, values)
        : msg(/*i18n*/ {
          id: 'rules.step.dvDeadline',
          message: 'Everything must be finished by {deadline} ({left, plural, =0 {today} one {{left} day from now} other {{left} days from now}}): no DV-{year} visa can be issued after {day} September, even if processing is still going on. Answer every request at once, and ask the post in good time whether the case can be finished before then.',
        }, values),
      ['dv-deadline'], f.dvDeadline);
  },
];

/** Steps for every case, after the rule's and the verdict's, in this order. */
export const CASE_STEPS: ReadonlyArray<(f: Facts, verdict: Verdict) => StepOut | undefined> = [
  (f, verdict) => {
    if (!f.programStart || !BY_VERDICT[verdict].open) return undefined;
    const values = { official: programOfficialMsg(f.visaClass), date: dateValue(f.programStart) };
    return step('ask-about-deferral',
      f.visaClass === 'F-1' || f.visaClass === 'M-1'
        ? msg(/*i18n*/ {
          id: 'rules.step.askAboutDeferral.earlyEntry',
          message: 'Tell {official} that your visa is delayed, and ask about deferring your program start ({date}) if the visa may not come in time. Students may enter up to {days} days before the start date on the I-20.',
        }, { ...values, days: STUDENT_EARLY_ENTRY_DAYS })
        : msg(/*i18n*/ {
          id: 'rules.step.askAboutDeferral',
          message: 'Tell {official} that your visa is delayed, and ask about deferring your program start ({date}) if the visa may not come in time.',
        }, values),
      ['student-start'], f.programStart);
  },
  (f, verdict) => {
    const validUntil = f.caseFile.petition?.validUntil;
    if (!validUntil || !BY_VERDICT[verdict].open) return undefined;
    const date = dateValue(validUntil);
    const who = msg(f.group === 'petition_niv' ? EMPLOYER_ATTORNEY : PETITIONER_OR_ATTORNEY);
    return step('watch-petition-end',
      isK(f.visaClass)
        ? f.caseFile.petition?.status === 'returned_to_uscis' || f.caseFile.petition?.status === 'noir'
          ? msg(/*i18n*/ {
            id: 'rules.step.watchPetitionEnd.k1WithUscis',
            message: 'The fiancé(e) petition is valid until {date}. It is now with USCIS, so ask an immigration attorney what that date means for your case.',
          }, { date })
          : msg(/*i18n*/ {
            id: 'rules.step.watchPetitionEnd.k1',
            message: 'The fiancé(e) petition is valid until {date}. The consular officer can revalidate it; if the case is still open close to that date, ask the post and an immigration attorney.',
          }, { date })
        : f.visaClass === 'H-1B'
          ? msg(/*i18n*/ {
            id: 'rules.step.watchPetitionEnd.h1b',
            message: 'Your petition ends on {date}. If the case is still open close to that date, ask {who} about an extension or a new petition. A new H-1B petition for someone abroad may need the ${payment, number} payment.',
          }, { date, who, payment: NEW_H1B_PETITION_PAYMENT_USD })
          : msg(/*i18n*/ {
            id: 'rules.step.watchPetitionEnd',
            message: 'Your petition ends on {date}. If the case is still open close to that date, ask {who} about an extension or a new petition.',
          }, { date, who }),
      isK(f.visaClass) ? ['k1-petition'] : ['i797-validity'], validUntil);
  },
  (f) => (f.everRefused
    ? step('disclose-refusal', msg(/*i18n*/ {
      id: 'rules.step.discloseRefusal',
      message: 'This counts as a visa refusal, even if the visa is issued later or your passport was handed back. On a later DS-160, answer "yes" to the question about past refusals and explain briefly; on ESTA, answer "yes" to "Have you ever been denied a U.S. visa or entry into the U.S. or had a U.S. visa canceled?". A refusal alone does not bar you from the Visa Waiver Program.',
    }), ['221g-disclose', 'esta-refusal'])
    : undefined),
];

interface ExtraReason {
  id: ExtraReasonId;
  applies(f: Facts, rule: PolicyRule): boolean;
  text(f: Facts): RuleText;
  sources: readonly string[] | ((f: Facts) => readonly string[]);
}

/** The petition's end date, when the case can still go on (the petition reasons read it). */
const openValidUntil = (f: Facts, rule: PolicyRule): ISODate | undefined =>
  (BY_VERDICT[rule.verdict].open ? f.caseFile.petition?.validUntil : undefined);

/** Who can say what a petition that ends means for this class: a sentence, the `{advice}` of the petition reasons. */
const petitionAdvice = (f: Facts): Msg =>
  (isK(f.visaClass)
    ? msg(/*i18n*/ {
      id: 'rules.petitionAdvice.k1',
      message: 'The consular officer can revalidate a fiancé(e) petition; ask the post and an immigration attorney.',
    })
    : f.group === 'petition_niv'
      ? msg(/*i18n*/ {
        id: 'rules.petitionAdvice.employer',
        message: 'This is an inference, not a stated State rule: ask the employer\u2019s attorney.',
      })
      : msg(/*i18n*/ { id: 'rules.petitionAdvice.petitioner', message: 'Ask the petitioner or an immigration attorney.' }));

/** Reasons after the deciding one, in this order: context that changes how to read the verdict. */
export const EXTRA_REASONS: readonly ExtraReason[] = [
  {
    id: 'dv-deadline',
    applies: (f, rule) => f.dvDeadline !== undefined && f.asOf <= f.dvDeadline && rule.verdict !== 'visa_approved',
    text: (f) => (f.dvYearInferred
      ? msg(/*i18n*/ {
        id: 'rules.extra.dvDeadline.inferred',
        message: 'A diversity visa can be issued only until {deadline}, the end of DV-{year} (the year was worked out from the interview date). After that day the case ends for good, even if processing is still going on.',
      }, { deadline: dateValue(f.dvDeadline!), year: f.dvYear! })
      : msg(/*i18n*/ {
        id: 'rules.extra.dvDeadline',
        message: 'A diversity visa can be issued only until {deadline}, the end of DV-{year}. After that day the case ends for good, even if processing is still going on.',
      }, { deadline: dateValue(f.dvDeadline!), year: f.dvYear! })),
    sources: ['dv-deadline'],
  },
  {
    id: REFUSED_LABEL.reasonId,
    applies: (f, rule) => f.latest?.status === 'Refused' && !rule.explainsRefusedLabel && rule.verdict !== 'final_refusal',
    text: () => msg(REFUSED_LABEL.summaryMessage),
    sources: REFUSED_LABEL.sources,
  },
  {
    id: 'r11-not-for-class',
    applies: (f, rule) => r11Excluded(f) && rule.asksForSection === true,
    text: (f) =>
      (f.group === 'petition_niv'
        ? msg(/*i18n*/ {
          id: 'rules.extra.r11NotForClass.petition',
          message: 'The officer said refused and gave your passport back, but for a visa on a petition that is not read as final: passports are often handed back with a 221(g) letter, and a refusal at the window is often a petition sent back to USCIS. The letter decides.',
        })
        : msg(/*i18n*/ {
          id: 'rules.extra.r11NotForClass.immigrant',
          message: 'The officer said refused and gave your passport back, but for a fiancé(e) or immigrant visa that is not read as final: passports are often handed back with a 221(g) letter asking for documents. The letter decides.',
        })),
    sources: ['ina-221g', 'petition-return'],
  },
  {
    id: 'slip-colour',
    applies: (f) => f.caseFile.refusal?.slipColor !== undefined,
    // `colour` is the code of the slip's colour (SLIP_COLORS): the message names each colour.
    text: (f) => msg(/*i18n*/ {
      id: 'rules.extra.slipColour',
      message: 'The slip was {colour, select, white {white} blue {blue} yellow {yellow} pink {pink} other {another colour}}. Slip colours are only a hint: they vary by post and have no official meaning. The section named on the letter is what counts.',
    }, { colour: f.caseFile.refusal!.slipColor! }),
    sources: ['9fam-403-10'],
  },
  {
    id: 'petition-ended',
    applies: (f, rule) => {
      const validUntil = openValidUntil(f, rule);
      return validUntil !== undefined && validUntil < f.asOf;
    },
    text: (f) => msg(/*i18n*/ {
      id: 'rules.extra.petitionEnded',
      message: 'The petition\'s end date ({date}) has passed. A visa cannot be issued on an expired petition, so a new approval may be needed. {advice}',
    }, { date: dateValue(f.caseFile.petition!.validUntil!), advice: petitionAdvice(f) }),
    sources: (f) => (isK(f.visaClass) ? ['k1-petition', 'i797-validity'] : ['i797-validity']),
  },
  {
    id: 'petition-ends-soon',
    applies: (f, rule) => {
      const validUntil = openValidUntil(f, rule);
      return rule.verdict === 'administrative_processing'
        && validUntil !== undefined && validUntil >= f.asOf && f.inquiryDate !== undefined && validUntil <= f.inquiryDate;
    },
    text: (f) => msg(/*i18n*/ {
      id: 'rules.extra.petitionEndsSoon',
      message: 'The petition ends on {date}, before the {days} days many posts ask you to wait are over, so do not wait that long: contact the post before that date. {advice}',
    }, { date: dateValue(f.caseFile.petition!.validUntil!), days: INQUIRY_AFTER_DAYS, advice: petitionAdvice(f) }),
    sources: (f) => [...(isK(f.visaClass) ? ['k1-petition'] : []), 'i797-validity', 'post-inquiry-180d'],
  },
  {
    id: 'program-start',
    applies: (f, rule) => f.programStart !== undefined && BY_VERDICT[rule.verdict].open,
    text: (f) => {
      const left = daysBetween(f.asOf, f.programStart!)!;
      const values = { date: dateValue(f.programStart!), official: programOfficialMsg(f.visaClass) };
      return left < 0
        ? msg(/*i18n*/ {
          id: 'rules.extra.programStart.passed',
          message: 'Your program start date ({date}) has passed. Ask {official} whether the start can be deferred.',
        }, values)
        : msg(/*i18n*/ {
          id: 'rules.extra.programStart',
          message: 'Your program starts on {date}, {left, plural, =0 {today} one {in {left} day} other {in {left} days}}. No one can say whether the visa will come by then, so ask {official} now about a later start if needed.',
        }, { ...values, left });
    },
    sources: ['student-start'],
  },
  {
    id: 'dropbox-context',
    applies: (f, rule) => f.caseFile.application.kind === 'interview_waiver' && !rule.sendsToInterview && f.showsRefused,
    text: (f) => (f.group === 'petition_niv'
      ? msg(/*i18n*/ {
        id: 'rules.extra.dropboxContext.petition',
        message: 'Since 2 September 2025 almost all H, L and O renewals need an in-person interview, so an interview-waiver case may be asked to come in.',
      })
      : msg(/*i18n*/ {
        id: 'rules.extra.dropboxContext',
        message: 'Since 2 September 2025 the State Department has allowed far fewer interview waivers, so an interview-waiver case may be asked to come in.',
      })),
    sources: ['dropbox-refused'],
  },
  {
    id: 'reported-durations',
    applies: (_f, rule) => rule.verdict === 'administrative_processing',
    text: (f) => {
      const r = reportedRange(f.visaClass);
      if (!r) {
        return isImmigrant(f.visaClass) || isK(f.visaClass)
          ? msg(/*i18n*/ {
            id: 'rules.extra.reportedDurations.noneImmigrant',
            message: 'How long it takes: no reported figures were found for immigrant and fiancé(e) visas, and no one can say how long administrative processing will take.',
          })
          : msg(/*i18n*/ {
            id: 'rules.extra.reportedDurations.noneForClass',
            message: 'How long it takes: no reported figures were found for this visa class, and no one can say how long administrative processing will take.',
          });
      }
      // `group` is the reporting site's name for the classes ("H-1/H-4"), `site` its address: the same in every language.
      return msg(/*i18n*/ {
        id: 'rules.extra.reportedDurations',
        message: 'How long it took others: {cases} {group} cases reported on {site} that finished in the {windowDays} days to {finishedBy} took {minDays} to {maxDays} days (half took {medianDays} days or less). {caveat}',
      }, {
        cases: r.cases, group: r.group, site: REPORTED_PERIOD.site, windowDays: REPORTED_PERIOD.windowDays,
        finishedBy: dateValue(REPORTED_PERIOD.finishedBy), minDays: r.minDays, maxDays: r.maxDays, medianDays: r.medianDays,
        caveat: msg(REPORTED_PERIOD.caveatMessage),
      });
    },
    sources: REPORTED_PERIOD.sources,
  },
];

interface MissingFact {
  field: CaseFieldPath;
  why: RuleText;
  when(f: Facts, rule: PolicyRule): boolean;
}

const WHY = CASE_FIELDS;
const noApplicationDate = (f: Facts): boolean => f.caseFile.application.date === undefined;

/** Facts that would make the answer surer, in the order they are listed. */
export const MISSING_FACTS: readonly MissingFact[] = [
  { field: 'refusal.grounds', why: WHY['refusal.grounds'].whyMessage, when: (_f, rule) => rule.asksForSection === true },
  {
    field: 'refusal.requests',
    why: WHY['refusal.requests'].whyMessage,
    when: (f, rule) => rule.asksForRequests === 'always' || (rule.asksForRequests === 'whenUnknown' && !f.requestsKnown),
  },
  { field: 'dv.programYear', why: WHY['dv.programYear'].whyMessage, when: (f) => f.visaClass === 'DV' && f.caseFile.dv === undefined },
  {
    field: 'application.date',
    why: WHY['application.date'].whyMessage.dv,
    when: (f) => noApplicationDate(f) && f.visaClass === 'DV',
  },
  {
    field: 'application.date',
    why: WHY['application.date'].whyMessage.processing,
    when: (f, rule) => noApplicationDate(f) && f.visaClass !== 'DV' && rule.verdict === 'administrative_processing',
  },
  {
    field: 'application.date',
    why: WHY['application.date'].whyMessage.deadline,
    when: (f, rule) =>
      noApplicationDate(f) && f.visaClass !== 'DV' && rule.verdict !== 'administrative_processing'
      && f.documentRequests.length > 0 && f.caseFile.refusal?.refusedOn === undefined,
  },
  {
    field: 'refusal.respondedOn',
    why: WHY['refusal.respondedOn'].whyMessage,
    when: (f) => f.documentRequests.length > 0 && f.caseFile.refusal?.respondedOn === undefined,
  },
  {
    field: 'program.startDate',
    why: WHY['program.startDate'].whyMessage,
    when: (f, rule) =>
      isStudent(f.visaClass) && f.caseFile.program?.startDate === undefined
      && (rule.verdict === 'administrative_processing' || rule.verdict === 'temporary_refusal'),
  },
  {
    field: 'application.officerSaid',
    why: WHY['application.officerSaid'].whyMessage,
    when: (f, rule) => rule.asksForSection === true && !f.caseFile.application.officerSaid,
  },
  {
    field: 'application.passport',
    why: WHY['application.passport'].whyMessage,
    when: (f, rule) => rule.asksForSection === true && !f.caseFile.application.passport,
  },
  { field: 'ceacHistory', why: WHY.ceacHistory.whyMessage, when: (f) => f.history.length === 0 },
  {
    field: 'petition.status',
    why: WHY['petition.status'].whyMessage,
    when: (f, rule) => f.caseFile.petition?.status === 'unknown' && BY_VERDICT[rule.verdict].canBeOvercome,
  },
];
