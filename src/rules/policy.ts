/**
 * The classification policy (docs/policy.md), one record per rule, in the order they are tried. The
 * first rule whose `when` holds decides the verdict; its reason is `reasons[0]`. Each record holds
 * everything about its rule: its condition, verdict, confidence, reason and sources, the milestones
 * and next steps of its own, what would decide a low-confidence answer, and the flags that change the
 * shared pieces (./outcomes.ts). `assess` walks this table and never names a rule.
 *
 * Every text a rule writes is a message (./message.ts): its id and English beside the code that
 * writes it, its values passed by the call. A text of several sentences, some of them only in some
 * cases, is its sentences' messages one after the other (`sentences`).
 */
import { addWorkingDays, compareDates } from './dates';
import { WAITING_STATUSES, type Facts } from './facts';
import type { CaseFieldPath } from './fields';
import { isExchange, isImmigrant, isImmigrantOrK, isK, isStudent, petitionFormOf, type PetitionFormKind } from './groups';
import { dateValue, englishText, listValue, msg, type DateValue, type MessageDescriptor, type Msg, type MsgValue } from './message';
import { GROUND_SHORT, REQUEST_MESSAGES } from './wording';
import {
  DOCUMENTS_WINDOW_YEARS, DV_LAST_DAY_OF_SEPTEMBER, K1_PETITION_VALIDITY_MONTHS, NEW_H1B_PETITION_PAYMENT_USD,
  PASSPORT_WAIT_WORKING_DAYS,
} from './parameters';
import { step, stepsWhere, type NextStepContext, type RuleText, type StepOut } from './steps';
import type { Confidence, ISODate, MilestoneKind, Verdict } from './types';

/** The rules' ids. The public `Reason.rule` and `TraceEntry.rule` stay strings (the contract says so). */
export type RuleId =
  | 'R1' | 'R1b' | 'R2' | 'R3' | 'R3d' | 'R4' | 'R5' | 'R5b' | 'R6' | 'R6b' | 'R7' | 'R8b' | 'R8' | 'R9'
  | 'R10a' | 'R10' | 'R11' | 'R10b' | 'R12' | 'R13';

export interface PolicyRule {
  id: RuleId;
  /** The case-file facts the rule reads. */
  reads: CaseFieldPath[];
  /** The condition, in plain words, on its own: the English of `conditionMessage('alone')` (for docs and tests). */
  condition: string;
  /**
   * The condition as a message, for the trace (./assess.ts): after "it applies when" when the rule
   * does not apply (`afterWhen`), or on its own, in brackets, when an earlier rule decided (`alone`).
   */
  conditionMessage(place: ConditionPlace): Msg;
  verdict: Verdict;
  when(f: Facts): boolean;
  confidence(f: Facts): Confidence;
  /** Why it applies, naming the facts it used. */
  reason(f: Facts): RuleText;
  sources(f: Facts): string[];
  /**
   * When the answer is not sure (low confidence): the fact that would decide it, in words the page
   * shows beside the verdict's label ("Check the section named on your letter").
   */
  decidedBy?(f: Facts): RuleText;
  /** Milestones of this rule's own, besides its verdict's (dated by ./outcomes.ts). */
  milestones?: readonly MilestoneKind[];
  /** This rule's own next steps; the steps of its verdict and of every case follow them. */
  nextSteps?(f: Facts, ctx: NextStepContext): StepOut[];
  /**
   * The section on the letter is not known and decides the answer: ask for it (the letter's
   * grounds, what the officer said, the passport) and tell the reader to read the letter.
   */
  asksForSection?: boolean;
  /** The reason already explains what the Refused label means, so `refused-label` is not added. */
  explainsRefusedLabel?: boolean;
  /** The rule already sends the applicant to an in-person interview, so `dropbox-context` is not added. */
  sendsToInterview?: boolean;
  /** What the letter asks for decides the answer: list `refusal.requests` as missing always, or only when it is not known. */
  asksForRequests?: 'always' | 'whenUnknown';
}

// ---- Shared by several rules ----

/**
 * Where the trace (./assess.ts) writes a rule's condition: after "it applies when" (`afterWhen`), or
 * on its own (`alone`). A condition that starts differently there chooses its first words with
 * `{place, select, afterWhen {...} other {...}}`: in English they are lower case after "when" (not
 * "CEAC" and "USCIS"). Every condition message gets the `place` value; most do not need it.
 */
export type ConditionPlace = 'afterWhen' | 'alone';

/** A rule's condition (its `condition` and `conditionMessage`), from its message and the values it reads. */
function condition(
  d: MessageDescriptor, values?: Readonly<Record<string, MsgValue>>,
): Pick<PolicyRule, 'condition' | 'conditionMessage'> {
  const conditionMessage = (place: ConditionPlace): Msg => msg(d, { ...values, place });
  return { condition: englishText(conditionMessage('alone')), conditionMessage };
}

/**
 * Two sentences (or groups of sentences) one after the other: in English with a space between them.
 * A text whose sentences depend on the facts is its sentences' messages joined by this one.
 */
const NEXT_SENTENCE = /*i18n*/ { id: 'rules.fragment.sentences', message: '{first} {next}' };

/** The sentences given, in order, as one text (the `false` and `undefined` ones left out; at least one is given). */
function sentences(...parts: ReadonlyArray<Msg | false | undefined>): Msg {
  const [head, ...rest] = parts.filter((p): p is Msg => Boolean(p));
  return rest.reduce((first, next) => msg(NEXT_SENTENCE, { first, next }), head!);
}

const THE_LETTER_DECIDES = /*i18n*/ {
  id: 'rules.fragment.theLetterDecides', message: 'Check the section of law named on your refusal letter: it decides this.',
};

/** The day the latest CEAC status was seen (the rules that write it apply only when there is a status). */
const seenOn = (f: Facts): DateValue => dateValue(f.latest!.seenOn);
/** What the letter asks for, as a list ("additional documents and the passport"). */
const requestList = (f: Facts) => listValue(f.documentRequests.map((r) => REQUEST_MESSAGES[r]));
/** The letter asks for an in-person interview (R7's first case). */
const interviewAsked = (f: Facts): boolean => f.requests.includes('in_person_interview');
const petitionStatus = (f: Facts) => f.caseFile.petition?.status;
/** USCIS has sent a Notice of Intent to Revoke (R6's first case). */
const noir = (f: Facts): boolean => petitionStatus(f) === 'noir';
const officerSaid = (f: Facts) => f.caseFile.application.officerSaid;
const passport = (f: Facts) => f.caseFile.application.passport;

/**
 * Whose help to ask about the petition, by group: a code for the messages' `{helper, select, ...}`
 * (`fiance`: the U.S. citizen fiancé(e) or an attorney; `petitioner`: the petitioner or an attorney;
 * `employerAttorney`: the employer's attorney).
 */
function petitionHelper(f: Facts): 'fiance' | 'petitioner' | 'employerAttorney' {
  if (isK(f.visaClass)) return 'fiance';
  if (isImmigrant(f.visaClass)) return f.visaClass === 'EB' ? 'employerAttorney' : 'petitioner';
  return 'employerAttorney';
}

/** The petition's form (./groups.ts `petitionFormOf`), as a message: "Form" and "or" are words. */
const PETITION_FORM_MESSAGES: Readonly<Record<PetitionFormKind, MessageDescriptor>> = {
  i129: /*i18n*/ { id: 'rules.fragment.petitionForm.i129', message: 'Form I-129' },
  i129f: /*i18n*/ { id: 'rules.fragment.petitionForm.i129f', message: 'Form I-129F' },
  i130: /*i18n*/ { id: 'rules.fragment.petitionForm.i130', message: 'Form I-130' },
  employment: /*i18n*/ { id: 'rules.fragment.petitionForm.employment', message: 'Form I-140, I-526 or I-360' },
};

function petitionFormValues(f: Facts): { known: 'yes' | 'no'; petitionForm: Msg | string } {
  const kind = petitionFormOf(f.visaClass);
  return kind ? { known: 'yes', petitionForm: msg(PETITION_FORM_MESSAGES[kind]) } : { known: 'no', petitionForm: '' };
}

const isH1b = (f: Facts): boolean => f.visaClass === 'H-1B';
/** Where the H-1B payment proclamation stands, as far as it could be checked (`proclamation-10973`). */
const PAYMENT_STATUS = /*i18n*/ {
  id: 'rules.fragment.paymentStatus',
  message: 'It was issued for twelve months; a proclamation of 18 September 2026 extended it to 21 September 2027. That was read in a copy of the text, and whether courts have changed it was not checked.',
};
/** The values of a message that names the H-1B payment and says where the proclamation stands. */
const payment = (): Record<string, MsgValue> => ({ dollars: NEW_H1B_PETITION_PAYMENT_USD, paymentStatus: msg(PAYMENT_STATUS) });

// ---- R2: final grounds ----

function reason214b(f: Facts): Msg {
  const cls = f.visaClass;
  if (f.onlyExempt214b) {
    return isK(cls)
      ? msg(/*i18n*/ {
        id: 'rules.r2.reason.section214bFiancee',
        message: 'The letter names section 214(b). That is unusual for a {visaClass} visa, which is decided much like an immigrant visa. Check the letter again and ask an immigration attorney; if it really names 214(b), this application has ended.',
      }, { visaClass: cls })
      : msg(/*i18n*/ {
        id: 'rules.r2.reason.section214bExempt',
        message: 'The letter names section 214(b), but {visaClass} applicants are exempt from its presumption of immigrant intent (the statute exempts H-1B and the whole L category, spouses and children included), so a 214(b) refusal of this class is unusual. Check the letter again. If it really names 214(b), this application has ended.',
      }, { visaClass: cls });
  }
  return sentences(
    msg(/*i18n*/ {
      id: 'rules.r2.reason.section214b',
      message: 'The letter names section 214(b): the officer was not satisfied that you qualify for this visa, for example that you will leave the United States at the end of your stay. That ends this application. There is no appeal and no waiver for 214(b), but you may apply again whenever you choose; there is no required wait.',
    }),
    cls === 'H-4' && msg(/*i18n*/ {
      id: 'rules.r2.reason.section214bH4', message: 'Whether H-4 applicants are exempt from 214(b) is disputed; posts do refuse H-4 visas under it.',
    }),
  );
}

/** 212(a)(3) security grounds for which a nonimmigrant waiver cannot be given (INA 212(d)(3)(A)). */
const SECURITY_NO_WAIVER = /*i18n*/ {
  id: 'rules.r2.securityNoWaiver', message: '212(a)(3)(A)(i)(I), (3)(A)(ii), (3)(A)(iii), (3)(C) and (3)(E)(i) and (ii)',
};

/** The 212(a) sections the letter names, as a list; "a 212(a) ground" for one this tool does not name. */
const A_212A_GROUND = /*i18n*/ { id: 'rules.r2.another212aGround', message: 'a 212(a) ground' };

function reason212a(f: Facts): Msg {
  const g212 = f.inadmissibilityGrounds;
  const grounds = listValue(g212.map((g) => (g === '212a_other' ? msg(A_212A_GROUND) : GROUND_SHORT[g])));
  const immigrant = isImmigrantOrK(f.visaClass);
  return sentences(
    immigrant
      ? msg(/*i18n*/ {
        id: 'rules.r2.reason.inadmissibleImmigrant',
        message: 'The letter names {grounds}, a ground of inadmissibility. The visa is refused on that ground unless it is overcome or waived.',
      }, { grounds })
      : msg(/*i18n*/ {
        id: 'rules.r2.reason.inadmissible', message: 'The letter names {grounds}, a ground of inadmissibility. That ends this application.',
      }, { grounds }),
    immigrant && msg(/*i18n*/ {
      id: 'rules.r2.reason.i601Waiver', message: 'Where the law allows a waiver for this ground, it is asked of USCIS on Form I-601, after the refusal.',
    }),
    immigrant && g212.includes('212a3') && msg(/*i18n*/ {
      id: 'rules.r2.reason.securityImmigrant', message: 'Most security grounds have no immigrant waiver at all; only narrow exemptions exist.',
    }),
    !immigrant && msg(/*i18n*/ {
      id: 'rules.r2.reason.nonimmigrantWaiver',
      message: 'For most grounds a nonimmigrant waiver (INA 212(d)(3)(A)) can be asked through the consular officer and decided by DHS; while it is pending, CEAC keeps showing Refused.',
    }),
    !immigrant && g212.includes('212a3') && msg(/*i18n*/ {
      id: 'rules.r2.reason.securityNonimmigrant', message: 'Some security grounds cannot be waived for a nonimmigrant visa at all ({sections}).',
    }, { sections: msg(SECURITY_NO_WAIVER) }),
    !immigrant && g212.includes('212a4') && msg(/*i18n*/ {
      id: 'rules.r2.reason.publicCharge',
      message: 'For 212(a)(4) (public charge), you can apply again with stronger evidence of funds or support; a waiver is rarely needed.',
    }),
    g212.includes('212a9B') && msg(/*i18n*/ {
      id: 'rules.r2.reason.unlawfulPresence',
      message: 'The 212(a)(9)(B) bar lasts three or ten years from your departure, depending on how long you stayed unlawfully; after that it no longer applies.',
    }),
    g212.includes('212a6Ci') && msg(/*i18n*/ {
      id: 'rules.r2.reason.fraud',
      message: 'A finding of fraud or misrepresentation (212(a)(6)(C)(i)) is permanent: every later application, for any visa, needs a waiver, and a waiver does not erase the finding. If you believe the finding is wrong, ask an attorney at once about a review at the post and an advisory opinion from the State Department\u2019s Visa Office.',
    }),
  );
}

function reasonR2(f: Facts): Msg {
  return sentences(
    f.finalGrounds.includes('214b') && reason214b(f),
    f.inadmissibilityGrounds.length > 0 && reason212a(f),
    f.finalGrounds.includes('212e') && msg(/*i18n*/ {
      id: 'rules.r2.reason.section212e',
      message: 'The letter names section 212(e): you were a J exchange visitor subject to the two-year home-residence requirement, which bars H, L, K and immigrant visas until you have lived two years in your home country or have a waiver.',
    }),
    f.finalGrounds.includes('212f') && (isH1b(f)
      ? msg(/*i18n*/ {
        id: 'rules.r2.reason.section212fH1b',
        message: 'The letter names section 212(f), a presidential proclamation. For H-1B this is often the proclamation of 19 September 2025, which requires a ${dollars, number} payment for some new petitions, unless DHS grants an exception. {paymentStatus} It can also be a restriction on nationals of certain countries (proclamations of June and December 2025), which a payment does not cure: ask which one applies.',
      }, payment())
      : msg(/*i18n*/ {
        id: 'rules.r2.reason.section212f',
        message: 'The letter names section 212(f): a presidential proclamation bars visas for the people it covers while it is in force, unless an exception applies.',
      })),
    f.finalGrounds.includes('222g') && msg(/*i18n*/ {
      id: 'rules.r2.reason.section222g',
      message: 'The letter names section 222(g): an earlier visa was voided because of an overstay, so a new visa has to be asked for in your country of nationality (unless extraordinary circumstances are shown). This application ends, but it is not a bar there.',
    }),
    isImmigrant(f.visaClass) && f.visaClass !== 'DV' && !f.finalGrounds.includes('212a3') && sentences(
      reconsiderUntil(f)
        ? msg(/*i18n*/ {
          id: 'rules.r2.reason.reconsiderUntil',
          message: 'For an immigrant visa the petition normally stays valid: within a year of the refusal (until {date}) the consulate must reconsider the case when new evidence is presented that could overcome the ground.',
        }, { date: dateValue(reconsiderUntil(f)!) })
        : msg(/*i18n*/ {
          id: 'rules.r2.reason.reconsider',
          message: 'For an immigrant visa the petition normally stays valid: within a year of the refusal the consulate must reconsider the case when new evidence is presented that could overcome the ground.',
        }),
      yearOfRefusalEnded(f),
    ),
  );
}

function r2Confidence(f: Facts): Confidence {
  if (f.onlyExempt214b) return 'medium';
  if (isImmigrant(f.visaClass) && f.visaClass !== 'DV' && !f.grounds.includes('212a3')) return 'medium';
  return 'high';
}

/** A section this tool does not know: the refusal rules of the visa's kind (immigrant: 22 CFR 42.81 and 9 FAM 504.11). */
const otherGroundSources = (f: Facts): string[] => (isImmigrant(f.visaClass) ? ['9fam-504-11'] : ['9fam-403-10', 'cfr-41-121']);

function r2Sources(f: Facts): string[] {
  const g = f.finalGrounds;
  return [
    ...(g.includes('214b') ? ['ina-214b', 'ina-214b-scope'] : []),
    ...(f.inadmissibilityGrounds.length > 0 ? ['ina-212a', 'niv-waiver-212d3'] : []),
    ...(g.includes('212e') ? ['ina-212e'] : []),
    ...(g.includes('212f') ? ['ina-212f', ...(isH1b(f) ? ['proclamation-10973'] : [])] : []),
    ...(g.includes('222g') ? ['ina-222g'] : []),
    ...(isImmigrant(f.visaClass) ? ['9fam-504-11'] : ['9fam-403-10']),
  ];
}

/** The last day of the year after the refusal in which an immigrant case can be reconsidered, while it lasts. */
const reconsiderUntil = (f: Facts): ISODate | undefined => (f.closureDate && f.closureDate >= f.asOf ? f.closureDate : undefined);
/** After that year: reconsideration without a new fee is over, but the case is not (a new application on the petition, or a waiver). */
const yearOfRefusalEnded = (f: Facts): Msg | undefined =>
  (f.closureDate && f.closureDate < f.asOf
    ? msg(/*i18n*/ {
      id: 'rules.r2.yearOfRefusalEnded',
      message: 'The year for reconsideration ended on {date}; a new application on the same petition, with a new fee, or a waiver may still be possible: ask an immigration attorney.',
    }, { date: dateValue(f.closureDate) })
    : undefined);

/** The step that asks for reconsideration: on a proclamation only, or on another ground; with the year's last day while it lasts. */
const ASK_RECONSIDERATION = {
  proclamation: /*i18n*/ {
    id: 'rules.r2.step.askReconsideration.proclamation',
    message: 'Ask an immigration attorney whether an exception to the proclamation applies, or whether it has ended: within a year of the refusal the consulate must reconsider the case when new evidence is presented. There is no waiver of a proclamation.',
  },
  proclamationUntil: /*i18n*/ {
    id: 'rules.r2.step.askReconsideration.proclamationUntil',
    message: 'Ask an immigration attorney whether an exception to the proclamation applies, or whether it has ended: within a year of the refusal (until {date}) the consulate must reconsider the case when new evidence is presented. There is no waiver of a proclamation.',
  },
  ground: /*i18n*/ {
    id: 'rules.r2.step.askReconsideration.ground',
    message: 'Ask an immigration attorney whether new evidence or a waiver can overcome the ground: within a year of the refusal the consulate must reconsider the case when new evidence is presented.',
  },
  groundUntil: /*i18n*/ {
    id: 'rules.r2.step.askReconsideration.groundUntil',
    message: 'Ask an immigration attorney whether new evidence or a waiver can overcome the ground: within a year of the refusal (until {date}) the consulate must reconsider the case when new evidence is presented.',
  },
} as const satisfies Record<string, MessageDescriptor>;

function askReconsideration(f: Facts): Msg {
  const until = reconsiderUntil(f);
  const proclamation = f.finalGrounds.every((g) => g === '212f');
  const main = until
    ? msg(proclamation ? ASK_RECONSIDERATION.proclamationUntil : ASK_RECONSIDERATION.groundUntil, { date: dateValue(until) })
    : msg(proclamation ? ASK_RECONSIDERATION.proclamation : ASK_RECONSIDERATION.ground);
  return sentences(main, yearOfRefusalEnded(f));
}

const stepsR2 = (f: Facts): StepOut[] => stepsWhere(
  f.onlyExempt214b && step('check-214b-letter',
    isK(f.visaClass)
      ? msg(/*i18n*/ {
        id: 'rules.r2.step.check214bLetter.fiancee',
        message: 'Read the letter again and ask an immigration attorney: a 214(b) refusal of a fiancé(e) visa is unusual and may be worth raising with the post.',
      })
      : msg(/*i18n*/ {
        id: 'rules.r2.step.check214bLetter.exempt',
        message: 'Read the letter again and ask the employer\'s attorney: {visaClass} applicants are exempt from the 214(b) presumption, so a 214(b) refusal of this class may be a legal mistake worth raising with the post. Attorneys can also put a question of law to the State Department\'s Visa Office (an advisory opinion).',
      }, { visaClass: f.visaClass }),
    ['ina-214b', 'cfr-41-121']),
  f.finalGrounds.includes('214b') && !f.onlyExempt214b && step('new-application',
    f.group === 'petition_niv'
      ? msg(/*i18n*/ {
        id: 'rules.r2.step.newApplication.petition',
        message: 'To try again, fill in a new DS-160, pay a new fee and book a new interview; there is no waiting period. Ask the employer\u2019s attorney first: the same facts usually bring the same answer, and the officer may also have sent the petition back to USCIS.',
      })
      : msg(/*i18n*/ {
        id: 'rules.r2.step.newApplication.other',
        message: 'To try again, fill in a new DS-160, pay a new fee and book a new interview. There is no waiting period, but the same facts usually bring the same answer: apply again when something in your situation has changed (your job, studies, family or financial ties), and be ready to explain it.',
      }),
    ['ina-214b-scope']),
  f.finalGrounds.includes('214b') && isStudent(f.visaClass) && step('ask-school-before-reapplying',
    isExchange(f.visaClass)
      ? msg(/*i18n*/ {
        id: 'rules.r2.step.askSchoolBeforeReapplying.exchange',
        message: 'Before you apply again, ask your program sponsor\u2019s responsible officer whether your DS-2019 needs a new start date.',
      })
      : msg(/*i18n*/ {
        id: 'rules.r2.step.askSchoolBeforeReapplying.student',
        message: 'Before you apply again, ask your school\u2019s designated school official (DSO) whether your I-20 needs a new start date.',
      }),
    ['student-start']),
  f.inadmissibilityGrounds.length > 0 && (isImmigrantOrK(f.visaClass)
    ? step('ask-about-i601',
      msg(/*i18n*/ {
        id: 'rules.r2.step.askAboutI601',
        message: 'Ask an immigration attorney whether a waiver on Form I-601 (filed with USCIS) is possible for this ground, and what it needs. Some grounds have no waiver.',
      }),
      ['niv-waiver-212d3'])
    : step('ask-about-waiver',
      f.inadmissibilityGrounds.includes('212a3')
        ? msg(/*i18n*/ {
          id: 'rules.r2.step.askAboutWaiver.security',
          message: 'Ask an immigration attorney whether a nonimmigrant waiver (INA 212(d)(3)(A)) is possible: it is not available for several security grounds ({sections}). Where it is, the consular officer forwards the request and DHS decides.',
        }, { sections: msg(SECURITY_NO_WAIVER) })
        : msg(/*i18n*/ {
          id: 'rules.r2.step.askAboutWaiver.other',
          message: 'Ask an immigration attorney about a nonimmigrant waiver (INA 212(d)(3)(A)): you can ask the consular officer to recommend it, and DHS decides. CEAC keeps showing Refused while it is pending.',
        }),
      ['niv-waiver-212d3', 'cfr-41-121'])),
  f.finalGrounds.includes('212e') && step('ask-about-212e-waiver',
    msg(/*i18n*/ {
      id: 'rules.r2.step.askAbout212eWaiver',
      message: 'Check whether your DS-2019 or J visa says you are subject to the two-year home-residence requirement, and ask an attorney about a waiver: it is asked of the State Department\u2019s Waiver Review Division and decided by USCIS.',
    }),
    ['ina-212e']),
  f.finalGrounds.includes('212f') && step('check-proclamation',
    isH1b(f)
      ? msg(/*i18n*/ {
        id: 'rules.r2.step.checkProclamation.h1b',
        message: 'Ask the employer\'s attorney whether the proclamation still applies, whether the ${dollars, number} payment was made or is needed for this petition, and whether DHS could grant an exception, before reapplying.',
      }, { dollars: NEW_H1B_PETITION_PAYMENT_USD })
      : msg(/*i18n*/ {
        id: 'rules.r2.step.checkProclamation.other',
        message: 'Check whether the proclamation still applies to you and whether an exception covers your case (for example a national-interest exception); ask an attorney before reapplying.',
      }),
    isH1b(f) ? ['ina-212f', 'proclamation-10973'] : ['ina-212f']),
  f.finalGrounds.includes('222g') && step('apply-home-country',
    msg(/*i18n*/ {
      id: 'rules.r2.step.applyHomeCountry',
      message: 'Apply again at the U.S. embassy or consulate in your country of nationality, unless an attorney advises that extraordinary circumstances let you apply elsewhere.',
    }),
    ['ina-222g']),
  isImmigrant(f.visaClass) && f.visaClass !== 'DV' && !f.finalGrounds.includes('212a3') && step('ask-reconsideration',
    askReconsideration(f),
    ['9fam-504-11'], f.closureDate && f.closureDate >= f.asOf ? f.closureDate : undefined),
);

// ---- R4 and R5: what the letter asked for ----

/** What an earlier hard date is, in the messages' `{what}` ("But {what} ({date}) comes first"). */
const HARD_DATE_NAMES: Readonly<Record<'programStart' | 'fianceePetitionEnd' | 'petitionEnd', MessageDescriptor>> = {
  programStart: /*i18n*/ { id: 'rules.r5.hardDate.programStart', message: 'your program start date' },
  fianceePetitionEnd: /*i18n*/ { id: 'rules.r5.hardDate.fianceePetitionEnd', message: 'the end of the fiancé(e) petition\u2019s validity' },
  petitionEnd: /*i18n*/ { id: 'rules.r5.hardDate.petitionEnd', message: 'the petition\u2019s end date' },
};

/** A date that comes before the due date and cuts the time to send: the program start or the petition's end. */
function earlierHardDate(f: Facts): { date: string; what: MessageDescriptor } | undefined {
  const dates = [
    f.programStart && { date: f.programStart, what: HARD_DATE_NAMES.programStart },
    f.caseFile.petition?.validUntil && {
      date: f.caseFile.petition.validUntil, what: isK(f.visaClass) ? HARD_DATE_NAMES.fianceePetitionEnd : HARD_DATE_NAMES.petitionEnd,
    },
  ].filter((d): d is { date: string; what: MessageDescriptor } => Boolean(d) && f.dueDate !== undefined && (d as { date: string }).date >= f.asOf && (d as { date: string }).date < f.dueDate);
  return dates.sort((a, b) => compareDates(a.date, b.date))[0];
}

/** The due date has passed but the case is not called closed (the closure date counts from the letter, or CEAC shows later activity). */
const duePassed = (f: Facts): boolean => f.dueDate !== undefined && f.dueDate < f.asOf;

/**
 * By when R5's steps say to send: before an earlier hard date (with the deadline, or without), at once
 * for the DV deadline, before the deadline, now (it has passed), or as soon as you can (no date).
 */
type SendBy = 'hardBeforeDue' | 'hard' | 'dvDeadline' | 'due' | 'duePassed' | 'soon';

// The passport is usually asked for when the visa is ready: send it now, the deadline is only the latest day.
const SEND_PASSPORT: Readonly<Record<SendBy, MessageDescriptor>> = {
  hardBeforeDue: /*i18n*/ {
    id: 'rules.r5.step.sendPassport.hardBeforeDue',
    message: 'Send your passport exactly as the letter instructs as soon as you can: {what} ({hardDate}) comes before the deadline of {due}. A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.',
  },
  hard: /*i18n*/ {
    id: 'rules.r5.step.sendPassport.hard',
    message: 'Send your passport exactly as the letter instructs as soon as you can: {what} ({hardDate}) comes before the deadline. A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.',
  },
  dvDeadline: /*i18n*/ {
    id: 'rules.r5.step.sendPassport.dvDeadline',
    message: 'Send your passport exactly as the letter instructs, at once: no DV-{dvYear} visa can be issued after {due}, and the post needs time to finish the case after it arrives. A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.',
  },
  due: /*i18n*/ {
    id: 'rules.r5.step.sendPassport.due',
    message: 'Send your passport exactly as the letter instructs, as soon as you can (at the latest before {due}, or any earlier date the letter gives). A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.',
  },
  duePassed: /*i18n*/ {
    id: 'rules.r5.step.sendPassport.duePassed',
    message: 'Send your passport exactly as the letter instructs now, and ask the post whether the case is still open. A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.',
  },
  soon: /*i18n*/ {
    id: 'rules.r5.step.sendPassport.soon',
    message: 'Send your passport exactly as the letter instructs, as soon as you can. A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.',
  },
};

const SEND_REQUESTED: Readonly<Record<SendBy, MessageDescriptor>> = {
  hardBeforeDue: /*i18n*/ {
    id: 'rules.r5.step.sendRequested.hardBeforeDue',
    message: 'Send {requests} exactly as the letter says as soon as you can: {what} ({hardDate}) comes before the deadline of {due}. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).',
  },
  hard: /*i18n*/ {
    id: 'rules.r5.step.sendRequested.hard',
    message: 'Send {requests} exactly as the letter says as soon as you can: {what} ({hardDate}) comes before the deadline. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).',
  },
  dvDeadline: /*i18n*/ {
    id: 'rules.r5.step.sendRequested.dvDeadline',
    message: 'Send {requests} exactly as the letter says, at once: no DV-{dvYear} visa can be issued after {due}, and the post needs time to finish the case after it arrives. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).',
  },
  due: /*i18n*/ {
    id: 'rules.r5.step.sendRequested.due',
    message: 'Send {requests} exactly as the letter says, before {due}. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).',
  },
  duePassed: /*i18n*/ {
    id: 'rules.r5.step.sendRequested.duePassed',
    message: 'Send {requests} exactly as the letter says now, and ask the post whether the case is still open. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).',
  },
  soon: /*i18n*/ {
    id: 'rules.r5.step.sendRequested.soon',
    message: 'Send {requests} exactly as the letter says, as soon as you can. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).',
  },
};

const MAKE_PROFILES_PUBLIC: Readonly<Record<SendBy, MessageDescriptor>> = {
  hardBeforeDue: /*i18n*/ {
    id: 'rules.r5.step.makeProfilesPublic.hardBeforeDue',
    message: 'As the letter asks, set all of your social media profiles to public as soon as you can, and keep them public until the visa is in your passport: {what} ({hardDate}) comes before the deadline of {due}. Do not delete or change what you posted.',
  },
  hard: /*i18n*/ {
    id: 'rules.r5.step.makeProfilesPublic.hard',
    message: 'As the letter asks, set all of your social media profiles to public as soon as you can, and keep them public until the visa is in your passport: {what} ({hardDate}) comes before the deadline. Do not delete or change what you posted.',
  },
  dvDeadline: /*i18n*/ {
    id: 'rules.r5.step.makeProfilesPublic.dvDeadline',
    message: 'As the letter asks, set all of your social media profiles to public at once, and keep them public until the visa is in your passport: no DV-{dvYear} visa can be issued after {due}, and the post needs time to finish the case after that. Do not delete or change what you posted.',
  },
  due: /*i18n*/ {
    id: 'rules.r5.step.makeProfilesPublic.due',
    message: 'As the letter asks, set all of your social media profiles to public before {due}, and keep them public until the visa is in your passport. Do not delete or change what you posted.',
  },
  duePassed: /*i18n*/ {
    id: 'rules.r5.step.makeProfilesPublic.duePassed',
    message: 'As the letter asks, set all of your social media profiles to public now, and keep them public until the visa is in your passport. The deadline has passed: ask the post whether the case is still open. Do not delete or change what you posted.',
  },
  soon: /*i18n*/ {
    id: 'rules.r5.step.makeProfilesPublic.soon',
    message: 'As the letter asks, set all of your social media profiles to public as soon as you can, and keep them public until the visa is in your passport. Do not delete or change what you posted.',
  },
};

function stepsR5(f: Facts, ctx: NextStepContext): StepOut[] {
  const milestone = ctx.due('documents_due');
  const due = milestone && milestone >= f.asOf ? milestone : undefined;
  const hard = earlierHardDate(f);
  const dvCapped = due !== undefined && due === f.dvDeadline;
  const by: SendBy = hard
    ? (due ? 'hardBeforeDue' : 'hard')
    : dvCapped ? 'dvDeadline'
      : due ? 'due' : duePassed(f) ? 'duePassed' : 'soon';
  const dates: Record<string, MsgValue> = {
    ...(hard ? { what: msg(hard.what), hardDate: dateValue(hard.date) } : {}),
    ...(due ? { due: dateValue(due) } : {}),
    ...(f.dvYear !== undefined ? { dvYear: f.dvYear } : {}),
  };
  const others = f.documentRequests.filter((r) => r === 'documents' || r === 'ds5535');
  const sources = ['ina-221g', '9fam-306-2', isImmigrant(f.visaClass) ? 'cfr-42-83' : 'usvisa-221g-year'];
  return stepsWhere(
    f.documentRequests.includes('passport') && step('send-passport', msg(SEND_PASSPORT[by], dates), sources, due),
    others.length > 0 && step('send-requested',
      msg(SEND_REQUESTED[by], { ...dates, requests: listValue(others.map((r) => REQUEST_MESSAGES[r])) }),
      sources, due),
    f.documentRequests.includes('ds5535') && step('ds5535-complete',
      msg(/*i18n*/ {
        id: 'rules.r5.step.ds5535Complete',
        message: 'Fill in every part of Form DS-5535 completely and consistently with your application (travel, addresses, jobs, social media handles); gaps lead to more questions.',
      }),
      ['ina-221g']),
    f.documentRequests.includes('social_media_public') && step('make-profiles-public',
      msg(MAKE_PROFILES_PUBLIC[by], dates),
      ['dos-h1b-online-presence'], due),
    step('record-response',
      msg(/*i18n*/ {
        id: 'rules.r5.step.recordResponse',
        message: 'When you have sent everything, enter the date here: it stops the deadline and starts the processing dates.',
      }),
      ['9fam-306-2']),
  );
}

/** Immigrant classes whose registration can be reinstated (22 CFR 42.83): not DV, which ends with its program year. */
const canReinstate = (f: Facts): boolean => isImmigrant(f.visaClass) && f.visaClass !== 'DV';

function reasonR4(f: Facts): Msg {
  const asked = { letterDate: dateValue(f.refusedOn ?? f.clockStart!), requests: requestList(f), closureDate: dateValue(f.closureDate!) };
  const head = f.respondedOn
    ? msg(/*i18n*/ {
      id: 'rules.r4.reason.sentLate',
      message: 'The letter of {letterDate} asked for {requests}, and the year to send it ended on {closureDate}. They were sent on {sentDate}, after that. CEAC shows no activity on the case since then.',
    }, { ...asked, sentDate: dateValue(f.respondedOn) })
    : msg(/*i18n*/ {
      id: 'rules.r4.reason.notSent',
      message: 'The letter of {letterDate} asked for {requests}, and the year to send it ended on {closureDate}. No sending date was entered. CEAC shows no activity on the case since then.',
    }, asked);
  if (isImmigrant(f.visaClass)) {
    return sentences(
      head,
      msg(/*i18n*/ {
        id: 'rules.r4.reason.immigrant',
        message: 'For an immigrant visa the regulation says the registration is to be terminated when nothing that could overcome the refusal is sent within a year; termination comes with a notice. If you have not had that notice, send what was asked now.',
      }),
      canReinstate(f)
        ? msg(/*i18n*/ {
          id: 'rules.r4.reason.reinstatement', message: 'If the delay was beyond your control, reinstatement can be asked until {date}.',
        }, { date: dateValue(f.reinstatementEnds!) })
        : msg(/*i18n*/ { id: 'rules.r4.reason.dv', message: 'A diversity visa also ends with its program year, on the DV deadline.' }),
    );
  }
  return sentences(
    head,
    msg(/*i18n*/ {
      id: 'rules.r4.reason.nonimmigrant',
      message: 'Posts treat such an application as closed: a new application and fee are needed. This is the posts\u2019 stated practice, not a published regulation.',
    }),
    isK(f.visaClass) && msg(/*i18n*/ {
      id: 'rules.r4.reason.fiancee', message: 'The fiancé(e) petition (I-129F) may also need revalidation, or a new petition.',
    }),
  );
}

function stepsR4(f: Facts): StepOut[] {
  if (isImmigrant(f.visaClass)) {
    return stepsWhere(
      step('send-now',
        msg(/*i18n*/ {
          id: 'rules.r4.step.sendNow',
          message: 'If you have not received a termination notice, send what the letter asked for now, exactly as it says, and keep proof. Then enter the date here.',
        }),
        ['cfr-42-83']),
      canReinstate(f) && step('ask-reinstatement',
        msg(/*i18n*/ {
          id: 'rules.r4.step.askReinstatement',
          message: 'If you could not send it in time for reasons beyond your control (for example an office that would not issue a document), ask the consulate to reinstate the registration before {date}, with proof of those reasons. An immigration attorney can help.',
        }, { date: dateValue(f.reinstatementEnds!) }),
        ['cfr-42-83'], f.reinstatementEnds),
    );
  }
  return [
    step('new-application-after-year',
      msg(/*i18n*/ {
        id: 'rules.r4.step.newApplicationAfterYear',
        message: 'The {years, plural, =1 {one year} =2 {two years} other {# years}} to send what was asked has passed, so posts treat this application as closed. To go on, fill in a new DS-160, pay a new fee and book a new appointment, with the requested items ready.',
      }, { years: DOCUMENTS_WINDOW_YEARS }),
      ['usvisa-221g-year']),
    step('check-with-post',
      msg(/*i18n*/ {
        id: 'rules.r4.step.checkWithPost',
        message: 'If you did send the items within {years, plural, =1 {the year} =2 {the two years} other {the # years}}, enter the date you sent them here and keep your proof of delivery: it changes this answer. If you are not sure whether the post still has your case open, ask it before paying a new fee.',
      }, { years: DOCUMENTS_WINDOW_YEARS }),
      ['usvisa-221g-year']),
  ];
}

function reasonR5(f: Facts): Msg {
  const asked = msg(/*i18n*/ {
    id: 'rules.r5.reason.asked', message: 'The letter asked for {requests}, and nothing shows it has been sent yet.',
  }, { requests: requestList(f) });
  if (!f.dueDate) {
    return sentences(asked, msg(/*i18n*/ {
      id: 'rules.r5.reason.noDueDate',
      message: 'This is a 221(g) refusal that you can overcome by sending what was asked. Neither the refusal date nor the interview date is known, so the {years, plural, =1 {one-year} =2 {two-year} other {#-year}} deadline cannot be worked out: send it as soon as you can.',
    }, { years: DOCUMENTS_WINDOW_YEARS }));
  }
  const capped = f.dvDeadline !== undefined && f.dueDate === f.dvDeadline;
  if (capped) {
    return sentences(asked, msg(/*i18n*/ {
      id: 'rules.r5.reason.dvDeadline',
      message: 'This is a 221(g) refusal that you can overcome by sending what was asked, and for a diversity visa by {date} at the latest: no DV visa can be issued after {lastDay} September of the program year. Send it as early as you can.',
    }, { date: dateValue(f.dueDate), lastDay: DV_LAST_DAY_OF_SEPTEMBER }));
  }
  if (duePassed(f)) {
    return sentences(asked, f.laterActivity
      ? msg(/*i18n*/ {
        id: 'rules.r5.reason.duePassedActivity',
        message: 'This is a 221(g) refusal that you can overcome by sending what was asked. The cautious deadline, a year from the earlier of the interview and the letter, was {date} and has passed, but CEAC shows the post has worked on the case since then. Send everything now and ask the post whether the case is still open.',
      }, { date: dateValue(f.dueDate) })
      : msg(/*i18n*/ {
        id: 'rules.r5.reason.duePassed',
        message: 'This is a 221(g) refusal that you can overcome by sending what was asked. The cautious deadline, a year from the earlier of the interview and the letter, was {date} and has passed, but posts that count the year from the letter allow until {closureDate}. Send everything now and ask the post whether the case is still open.',
      }, { date: dateValue(f.dueDate), closureDate: dateValue(f.closureDate!) }));
  }
  if (isImmigrant(f.visaClass)) {
    return sentences(asked, msg(/*i18n*/ {
      id: 'rules.r5.reason.immigrant',
      message: 'This is a 221(g) refusal that you can overcome by sending what was asked, within a year of the refusal: until {date}, counted from the earlier of the letter and the interview. For an immigrant visa the regulation says the registration is terminated if nothing is sent within that year.',
    }, { date: dateValue(f.dueDate) }));
  }
  const hard = earlierHardDate(f);
  return sentences(
    asked,
    msg(/*i18n*/ {
      id: 'rules.r5.reason.nonimmigrant',
      message: 'This is a 221(g) refusal that you can overcome by sending what was asked. Posts allow {years, plural, =1 {one year} =2 {two years} other {# years}}; counted from the earlier of the letter and the interview (some posts count from the interview), that is until {date}.',
    }, { years: DOCUMENTS_WINDOW_YEARS, date: dateValue(f.dueDate) }),
    hard && msg(/*i18n*/ {
      id: 'rules.r5.reason.hardDate', message: 'But {what} ({date}) comes first: send it as soon as you can.',
    }, { what: msg(hard.what), date: dateValue(hard.date) }),
    isK(f.visaClass) && !hard && msg(/*i18n*/ {
      id: 'rules.r5.reason.fianceePetition', message: 'The fiancé(e) petition\u2019s validity matters too: send it as soon as you can.',
    }),
  );
}

function r5Sources(f: Facts): string[] {
  return [
    'ina-221g', '9fam-306-2', isImmigrant(f.visaClass) ? 'cfr-42-83' : 'usvisa-221g-year',
    ...(isK(f.visaClass) ? ['k1-petition'] : []),
    ...(f.dvDeadline ? ['dv-deadline'] : []),
    ...(f.documentRequests.includes('social_media_public') ? ['dos-h1b-online-presence'] : []),
  ];
}

// ---- R6: the petition is back with USCIS ----

/** Whom to ask about the petition (`petitionHelper`), inside the messages that name them. */
const helperValue = (f: Facts) => ({ helper: petitionHelper(f) });

function reasonR6(f: Facts): Msg {
  if (noir(f)) {
    return msg(/*i18n*/ {
      id: 'rules.r6.reason.noir',
      message: 'USCIS has sent a Notice of Intent to Revoke {known, select, yes {the petition ({petitionForm})} other {the petition}}. The visa cannot go ahead unless the petition survives; the petitioner can answer the notice before its deadline.',
    }, petitionFormValues(f));
  }
  return sentences(
    msg(/*i18n*/ {
      id: 'rules.r6.reason.returned',
      message: 'The consulate sent {known, select, yes {the petition ({petitionForm})} other {the petition}} back to USCIS for review. USCIS may reaffirm it, propose to revoke it, or revoke it. That often takes six months or more, and returned petitions can wait much longer: this is not a refusal you can fix by sending a document.',
    }, petitionFormValues(f)),
    isK(f.visaClass)
      ? msg(/*i18n*/ {
        id: 'rules.r6.reason.fianceeValidity',
        message: 'A fiancé(e) petition is valid {months, plural, one {# month} =4 {four months} other {# months}} from its approval, and a returned one often lapses before USCIS acts.',
      }, { months: K1_PETITION_VALIDITY_MONTHS })
      : (f.visaClass === 'F-pref' || f.visaClass === 'EB') && msg(/*i18n*/ {
        id: 'rules.r6.reason.priorityDate',
        message: 'Do not let the old petition go before an attorney checks whether a new one would keep your priority date: a new petition can mean a new place in the queue.',
      }),
    msg(/*i18n*/ {
      id: 'rules.r6.reason.fraud',
      message: 'If the return is about suspected fraud, talk to an attorney before you answer anything: it can lead to a finding under 212(a)(6)(C)(i).',
    }),
  );
}

function stepsR6(f: Facts): StepOut[] {
  return stepsWhere(
    noir(f)
      ? step('answer-noir',
        msg(/*i18n*/ {
          id: 'rules.r6.step.answerNoir',
          message: 'Ask {helper, select, fiance {your U.S. citizen fiancé(e) (the petitioner), or an immigration attorney} petitioner {the petitioner, or an immigration attorney} other {the employer\u2019s attorney}} to answer the Notice of Intent to Revoke before its deadline, or to consider a new petition instead.',
        }, helperValue(f)),
        ['petition-return'])
      : isK(f.visaClass)
        ? step('k-returned-options',
          msg(/*i18n*/ {
            id: 'rules.r6.step.kReturnedOptions',
            message: 'Ask an immigration attorney about the options: waiting for USCIS to review the returned I-129F, your U.S. citizen fiancé(e) filing a new I-129F, or, if you marry, an immigrant visa petition (I-130) instead.',
          }),
          ['k1-petition', 'petition-return'])
        : step('ask-about-petition',
          msg(/*i18n*/ {
            id: 'rules.r6.step.askAboutPetition',
            message: 'Ask {helper, select, fiance {your U.S. citizen fiancé(e) (the petitioner), or an immigration attorney} petitioner {the petitioner, or an immigration attorney} other {the employer\u2019s attorney}} whether to wait for USCIS to review the returned petition (often six months or more) or to file a new petition.',
          }, helperValue(f)),
          ['petition-return']),
    isH1b(f) && step('h1b-new-petition-payment',
      msg(/*i18n*/ {
        id: 'rules.r6.step.h1bNewPetitionPayment',
        message: 'Before a new H-1B petition is filed: under the proclamation of 19 September 2025, a new H-1B petition for someone outside the United States without a valid H-1B visa needs a ${dollars, number} payment unless DHS grants an exception. {paymentStatus} Ask the employer\u2019s attorney.',
      }, payment()),
      ['proclamation-10973']),
  );
}

// ---- R10 to R12: Refused with no section known ----

/** The officer said refused and gave the passport back, but the class has a petition or is K or immigrant: R11 does not apply. */
export const r11Excluded = (f: Facts): boolean =>
  officerSaid(f) === 'refused' && passport(f) === 'returned' && f.group !== 'other_niv';

function reasonR10(f: Facts): Msg {
  const said = officerSaid(f);
  const signs: Msg[] = [];
  if (said === 'approved') signs.push(msg(/*i18n*/ { id: 'rules.r10.sign.approved', message: 'the officer said the visa was approved' }));
  if (said === '221g_ap') signs.push(msg(/*i18n*/ { id: 'rules.r10.sign.moreChecks', message: 'the officer said more checks were needed' }));
  if (said === '221g') signs.push(msg(/*i18n*/ { id: 'rules.r10.sign.section221g', message: 'the officer said 221(g) without saying what for' }));
  if (passport(f) === 'kept') signs.push(msg(/*i18n*/ { id: 'rules.r10.sign.passportKept', message: 'the officer kept your passport' }));
  return sentences(
    msg(/*i18n*/ {
      id: 'rules.r10.reason.likelyProcessing',
      message: 'CEAC shows Refused and the section on the letter is not known, but {signs}. Since March 2020 cases held for administrative processing also show Refused, so this is most likely administrative processing.',
    }, { signs: listValue(signs) }),
    said === '221g' && passport(f) !== 'kept' && msg(/*i18n*/ {
      id: 'rules.r10.reason.unsure',
      message: 'But a 221(g) can also ask for documents, with a deadline: ask the post for the letter, or find it, to be sure nothing is waiting on you.',
    }),
  );
}

export const POLICY: readonly PolicyRule[] = [
  {
    id: 'R1',
    reads: ['ceacHistory'],
    ...condition(/*i18n*/ { id: 'rules.r1.condition', message: 'CEAC shows "Issued".' }),
    verdict: 'visa_approved',
    when: (f) => f.latest?.status === 'Issued',
    confidence: () => 'high',
    reason: (f) => msg(/*i18n*/ {
      id: 'rules.r1.reason', message: 'CEAC shows "Issued" (seen on {date}): the visa is in final printing.',
    }, { date: seenOn(f) }),
    sources: () => ['ceac-issued'],
    nextSteps: (f) => {
      const from = f.latest ? f.latest.lastUpdated ?? f.latest.seenOn : undefined;
      const by = from ? addWorkingDays(from, PASSPORT_WAIT_WORKING_DAYS) : undefined;
      return [
        step('wait-for-passport',
          by
            ? msg(/*i18n*/ {
              id: 'rules.r1.step.waitForPassport.about',
              message: 'Wait for your passport with the visa. If it is not back within {days, plural, one {# working day} other {# working days}} (about {date}), contact the post through its official contact page.',
            }, { days: PASSPORT_WAIT_WORKING_DAYS, date: dateValue(by) })
            : msg(/*i18n*/ {
              id: 'rules.r1.step.waitForPassport.noDate',
              message: 'Wait for your passport with the visa. If it is not back within {days, plural, one {# working day} other {# working days}}, contact the post through its official contact page.',
            }, { days: PASSPORT_WAIT_WORKING_DAYS }),
          ['ceac-issued'], by),
        step('check-visa',
          f.group === 'petition_niv'
            ? msg(/*i18n*/ {
              id: 'rules.r1.step.checkVisa.petition',
              message: 'When the passport comes back, check your name, date of birth and visa class, and report a mistake to the post at once. The visa may end before the petition (reciprocity limits), and an L visa may carry a petition end date (PED). When you travel, carry your I-797 approval notice: without it, admission may be limited to the date on the visa.',
            })
            : msg(/*i18n*/ {
              id: 'rules.r1.step.checkVisa.other',
              message: 'When the passport comes back, check your name, date of birth, the visa class and the dates on the visa, and report a mistake to the post at once.',
            }),
          ['ceac-issued']),
      ];
    },
  },
  {
    id: 'R1b',
    reads: ['ceacHistory', 'visaClass', 'dv.programYear', 'application.date', 'refusal.refusedOn'],
    ...condition(/*i18n*/ { id: 'rules.r1b.condition', message: 'CEAC shows "Approved" (for a diversity visa, only up to the DV deadline).' }),
    verdict: 'visa_approved',
    when: (f) => f.latest?.status === 'Approved' && !(f.dvDeadline !== undefined && f.asOf > f.dvDeadline),
    confidence: () => 'medium',
    reason: (f) => msg(/*i18n*/ {
      id: 'rules.r1b.reason',
      message: 'CEAC shows "Approved" (seen on {date}): the officer has decided to issue the visa, but it is not printed yet. This is rarely reversed, but it can be.',
    }, { date: seenOn(f) }),
    sources: () => ['ceac-issued'],
    nextSteps: () => [
      step('wait-for-issued',
        msg(/*i18n*/ {
          id: 'rules.r1b.step.waitForIssued',
          message: 'Keep checking CEAC. "Approved" usually turns into "Issued" when the visa is printed. Do not make travel plans you cannot change until the visa is in your passport.',
        }),
        ['ceac-issued']),
    ],
  },
  {
    id: 'R2',
    reads: ['refusal.grounds', 'visaClass'],
    ...condition(/*i18n*/ {
      id: 'rules.r2.condition',
      message: '{place, select, afterWhen {the letter} other {The letter}} names a ground that ends the application: 214(b), a 212(a) ground (for K and immigrant visas, other than 212(a)(4)), 212(e), 212(f) or 222(g).',
    }),
    verdict: 'final_refusal',
    when: (f) => f.finalGrounds.length > 0,
    confidence: r2Confidence,
    reason: reasonR2,
    sources: r2Sources,
    nextSteps: stepsR2,
  },
  {
    id: 'R3',
    reads: ['petition.status'],
    ...condition(/*i18n*/ { id: 'rules.r3.condition', message: 'USCIS has revoked the petition.' }),
    verdict: 'final_refusal',
    when: (f) => petitionStatus(f) === 'revoked',
    confidence: () => 'high',
    reason: (f) => sentences(
      msg(/*i18n*/ {
        id: 'rules.r3.reason.revoked',
        message: 'USCIS has revoked {known, select, yes {the petition ({petitionForm})} other {the petition}}, and a visa cannot be issued without an approved petition.',
      }, petitionFormValues(f)),
      f.group === 'petition_niv' && msg(/*i18n*/ {
        id: 'rules.r3.reason.appeal',
        message: 'A revocation made after a notice can be appealed; an automatic revocation (for example when the employer withdrew the petition) cannot.',
      }),
    ),
    sources: (f) => ['petition-return', ...(f.group === 'petition_niv' ? ['petition-revocation-appeal'] : [])],
    nextSteps: (f) => stepsWhere(
      f.group === 'petition_niv' && step('appeal-revocation',
        msg(/*i18n*/ {
          id: 'rules.r3.step.appealRevocation',
          message: 'Ask the employer\u2019s attorney at once whether the revocation can be appealed, and by when: the appeal period is short.',
        }),
        ['petition-revocation-appeal']),
      step('new-petition',
        isH1b(f)
          ? msg(/*i18n*/ {
            id: 'rules.r3.step.newPetition.h1b',
            message: 'Ask the employer\u2019s attorney about a new petition: a revoked approval cannot support a visa. A new H-1B petition for someone abroad without a valid H-1B visa needs the ${dollars, number} payment under the proclamation of 19 September 2025, unless an exception is granted. {paymentStatus}',
          }, payment())
          : msg(/*i18n*/ {
            id: 'rules.r3.step.newPetition.other',
            message: 'Ask {helper, select, fiance {your U.S. citizen fiancé(e) (the petitioner), or an immigration attorney} petitioner {the petitioner, or an immigration attorney} other {the employer\u2019s attorney}} about {known, select, yes {a new petition ({petitionForm})} other {a new petition}}: a revoked approval cannot support a visa.',
          }, { ...helperValue(f), ...petitionFormValues(f) }),
        isH1b(f) ? ['petition-return', 'proclamation-10973'] : ['petition-return']),
    ),
  },
  {
    id: 'R3d',
    reads: ['visaClass', 'dv.programYear', 'application.date', 'refusal.refusedOn'],
    ...condition(/*i18n*/ {
      id: 'rules.r3d.condition',
      message: '{place, select, afterWhen {a diversity visa} other {A diversity visa}} whose program year ended on {lastDay} September before the date of this assessment.',
    }, { lastDay: DV_LAST_DAY_OF_SEPTEMBER }),
    verdict: 'final_refusal',
    when: (f) => f.dvDeadline !== undefined && f.asOf > f.dvDeadline,
    confidence: (f) => (f.dvYearInferred ? 'medium' : 'high'),
    reason: (f) => sentences(
      msg(/*i18n*/ {
        id: 'rules.r3d.reason.ended',
        message: 'DV-{dvYear} ended on {date}. The law allows no diversity visa of a program year to be issued after {lastDay} September of that year, even when administrative processing was still going on. This case cannot be issued a visa any more.',
      }, { dvYear: f.dvYear!, date: dateValue(f.dvDeadline!), lastDay: DV_LAST_DAY_OF_SEPTEMBER }),
      f.dvYearInferred && msg(/*i18n*/ {
        id: 'rules.r3d.reason.yearInferred',
        message: 'The program year was worked out from the interview date ({date}); check it on your selection letter.',
      }, { date: dateValue(f.applicationDate!) }),
    ),
    sources: () => ['dv-deadline'],
    nextSteps: () => [
      step('dv-ended',
        msg(/*i18n*/ {
          id: 'rules.r3d.step.dvEnded',
          message: 'You can enter a later DV program during its registration period if you are eligible; selection is a new lottery. Ask an immigration attorney whether another immigrant category fits you.',
        }),
        ['dv-deadline']),
    ],
  },
  {
    id: 'R4',
    reads: ['refusal.requests', 'refusal.refusedOn', 'application.date', 'refusal.respondedOn', 'ceacHistory'],
    ...condition(/*i18n*/ {
      id: 'rules.r4.condition',
      message: '{place, select, afterWhen {the letter} other {The letter}} asked for documents (or the passport) more than {years, plural, =1 {a year} =2 {two years} other {# years}} ago, they were not sent within {years, plural, =1 {the year} =2 {the two years} other {the # years}}, and CEAC shows no later activity.',
    }, { years: DOCUMENTS_WINDOW_YEARS }),
    verdict: 'final_refusal',
    when: (f) =>
      f.documentRequests.length > 0
      && f.clockStart !== undefined && f.closureDate !== undefined
      && f.asOf > f.closureDate
      && (f.respondedOn === undefined || f.respondedOn > f.closureDate)
      && !f.laterActivity,
    confidence: (f) => (isImmigrant(f.visaClass) ? 'low' : 'medium'),
    reason: reasonR4,
    sources: (f) => (isImmigrant(f.visaClass) ? ['cfr-42-83', 'ina-221g'] : ['usvisa-221g-year', 'ina-221g']),
    decidedBy: () => msg(/*i18n*/ {
      id: 'rules.r4.decidedBy',
      message: 'Whether the consulate has sent you a termination notice, and whether you can still send what was asked.',
    }),
    milestones: ['documents_due', 'reinstatement_ends'],
    nextSteps: stepsR4,
  },
  {
    id: 'R5',
    reads: ['refusal.requests', 'refusal.respondedOn', 'refusal.refusedOn', 'application.date'],
    ...condition(/*i18n*/ {
      id: 'rules.r5.condition',
      message: '{place, select, afterWhen {the letter} other {The letter}} asked for documents, Form DS-5535, public social media profiles or the passport, and they have not been sent.',
    }),
    verdict: 'temporary_refusal',
    when: (f) => f.outstanding,
    confidence: (f) => (f.clockStart ? 'high' : 'medium'),
    reason: reasonR5,
    sources: r5Sources,
    milestones: ['documents_due'],
    nextSteps: stepsR5,
  },
  {
    id: 'R5b',
    reads: ['visaClass', 'refusal.grounds'],
    ...condition(/*i18n*/ {
      id: 'rules.r5b.condition',
      message: '{place, select, afterWhen {a fiancé(e) or immigrant visa} other {A fiancé(e) or immigrant visa}} refused under 212(a)(4) (public charge).',
    }),
    verdict: 'temporary_refusal',
    when: (f) => isImmigrantOrK(f.visaClass) && f.grounds.includes('212a4'),
    confidence: () => 'low',
    reason: (f) => sentences(
      msg(/*i18n*/ {
        id: 'rules.r5b.reason.publicCharge',
        message: 'The letter names section 212(a)(4): the officer was not satisfied that you would not depend on public support.',
      }),
      isK(f.visaClass)
        ? msg(/*i18n*/ {
          id: 'rules.r5b.reason.fiancee',
          message: 'For a fiancé(e) this is usually about the sponsor\u2019s Form I-134, and it can often be overcome with more evidence of support.',
        })
        : f.visaClass === 'DV'
          ? msg(/*i18n*/ {
            id: 'rules.r5b.reason.dv',
            message: 'For a diversity visa this is about your own funds, a U.S. job offer or a sponsor\u2019s Form I-134; there is no joint sponsor for DV, and it must be settled before the DV deadline.',
          })
          : f.visaClass === 'EB'
            ? msg(/*i18n*/ {
              id: 'rules.r5b.reason.employment',
              message: 'For an employment-based visa this is usually about the job offer and its salary; an affidavit of support (Form I-864) is needed only when a relative filed the petition or owns a large share of the employer.',
            })
            : msg(/*i18n*/ {
              id: 'rules.r5b.reason.immigrant',
              message: 'For an immigrant this is usually about the affidavit of support (Form I-864), and it is often overcome with more evidence or a joint sponsor.',
            }),
      msg(/*i18n*/ {
        id: 'rules.r5b.reason.stricter',
        message: 'Public-charge review has become stricter since late 2025, so this is less certain than it used to be.',
      }),
    ),
    sources: () => ['212a4-iv', '9fam-504-11'],
    decidedBy: (f) => (f.visaClass === 'DV'
      ? msg(/*i18n*/ {
        id: 'rules.r5b.decidedBy.dv',
        message: 'Whether the consulate accepts new evidence of support (your funds, a job offer or a Form I-134) before the DV deadline.',
      })
      : isImmigrant(f.visaClass) && f.visaClass !== 'EB'
        ? msg(/*i18n*/ {
          id: 'rules.r5b.decidedBy.jointSponsor', message: 'Whether the consulate accepts new evidence of support (for example a joint sponsor).',
        })
        : msg(/*i18n*/ { id: 'rules.r5b.decidedBy.other', message: 'Whether the consulate accepts new evidence of support.' })),
    nextSteps: (f) => [
      step('strengthen-support',
        isK(f.visaClass)
          ? msg(/*i18n*/ {
            id: 'rules.r5b.step.strengthenSupport.fiancee',
            message: 'Ask what evidence of support the consulate wants, and send a stronger Form I-134 (or more evidence) as the letter says. An immigration attorney can check it first.',
          })
          : f.visaClass === 'DV'
            ? msg(/*i18n*/ {
              id: 'rules.r5b.step.strengthenSupport.dv',
              message: 'Send more evidence of funds, a U.S. job offer or a Form I-134 from a U.S. sponsor, as the letter says, and well before the DV deadline. An immigration attorney can check it first.',
            })
            : f.visaClass === 'EB'
              ? msg(/*i18n*/ {
                id: 'rules.r5b.step.strengthenSupport.employment',
                message: 'Ask the employer\u2019s attorney what the consulate needs (for example evidence of the job offer and salary, or an I-864 where one is required), and send it as the letter says, within a year of the refusal.',
              })
              : msg(/*i18n*/ {
                id: 'rules.r5b.step.strengthenSupport.immigrant',
                message: 'Ask an immigration attorney to check the affidavit of support: more evidence of income or assets, or a joint sponsor with their own Form I-864, often overcomes it. Send it as the letter says, within a year of the refusal.',
              }),
        ['212a4-iv']),
    ],
  },
  {
    id: 'R6',
    reads: ['petition.status'],
    ...condition(/*i18n*/ {
      id: 'rules.r6.condition',
      message: '{place, select, afterWhen {the petition} other {The petition}} was sent back to USCIS, or USCIS has proposed to revoke it.',
    }),
    verdict: 'temporary_refusal',
    when: (f) => petitionStatus(f) === 'returned_to_uscis' || noir(f),
    confidence: (f) => (isK(f.visaClass) ? 'low' : 'medium'),
    reason: reasonR6,
    sources: (f) => ['petition-return', ...(isK(f.visaClass) ? ['k1-petition'] : []), ...(isH1b(f) ? ['proclamation-10973'] : [])],
    decidedBy: () => msg(/*i18n*/ {
      id: 'rules.r6.decidedBy', message: 'What USCIS decides about the returned petition, or whether a new petition is filed.',
    }),
    nextSteps: stepsR6,
  },
  {
    id: 'R6b',
    reads: ['ceacHistory'],
    ...condition(/*i18n*/ { id: 'rules.r6b.condition', message: 'CEAC shows "At NVC" after an earlier "Refused".' }),
    verdict: 'temporary_refusal',
    when: (f) => f.latest?.status === 'At NVC' && f.history.slice(0, -1).some((e) => e.status === 'Refused'),
    confidence: () => 'low',
    reason: () => msg(/*i18n*/ {
      id: 'rules.r6b.reason',
      message: 'CEAC showed Refused and now shows "At NVC": the case went back to the National Visa Center. That often means the petition is on its way back to USCIS for review, but it can have other reasons.',
    }),
    sources: () => ['petition-return', 'nvc-inquiry'],
    decidedBy: () => msg(/*i18n*/ { id: 'rules.r6b.decidedBy', message: 'What the National Visa Center says about why the case came back.' }),
    nextSteps: (f) => [
      step('ask-nvc',
        msg(/*i18n*/ {
          id: 'rules.r6b.step.askNvc',
          message: 'Ask the National Visa Center, through its public inquiry form, why the case came back and whether the petition is being returned to USCIS; then talk to {helper, select, fiance {your U.S. citizen fiancé(e) (the petitioner), or an immigration attorney} petitioner {the petitioner, or an immigration attorney} other {the employer\u2019s attorney}}.',
        }, helperValue(f)),
        ['nvc-inquiry']),
    ],
  },
  {
    id: 'R7',
    reads: ['refusal.requests', 'application.kind', 'ceacHistory', 'refusal.grounds'],
    ...condition(/*i18n*/ {
      id: 'rules.r7.condition',
      message: '{place, select, afterWhen {the letter} other {The letter}} asks for an in-person interview, or an interview-waiver case shows Refused with no section named.',
    }),
    verdict: 'temporary_refusal',
    when: (f) =>
      interviewAsked(f)
      || (f.caseFile.application.kind === 'interview_waiver' && f.showsRefused && f.noKnownGround),
    confidence: () => 'medium',
    reason: (f) =>
      (interviewAsked(f)
        ? msg(/*i18n*/ {
          id: 'rules.r7.reason.interviewAsked',
          message: 'The letter asks you to come for an in-person interview. The case stays refused under 221(g) until then.',
        })
        : msg(/*i18n*/ {
          id: 'rules.r7.reason.interviewWaiver',
          message: 'You applied without an interview (interview waiver), and CEAC shows Refused with no section known. Practitioners report that this usually means an in-person interview is needed; this comes from reports, not from a State statement.',
        })),
    sources: (f) => (interviewAsked(f) ? ['ina-221g', 'dropbox-refused'] : ['dropbox-refused', 'dos-ceac-2020']),
    nextSteps: () => [
      step('book-interview',
        msg(/*i18n*/ {
          id: 'rules.r7.step.bookInterview',
          message: 'Book an in-person interview at the post as the letter or the post\u2019s instructions say, and bring the same documents as for the first application.',
        }),
        ['dropbox-refused']),
    ],
    explainsRefusedLabel: true,
    sendsToInterview: true,
  },
  {
    id: 'R8b',
    reads: ['refusal.grounds'],
    ...condition(/*i18n*/ {
      id: 'rules.r8b.condition',
      message: '{place, select, afterWhen {the letter} other {The letter}} names a section this tool does not know ("another section").',
    }),
    verdict: 'temporary_refusal',
    when: (f) => f.grounds.includes('other'),
    confidence: () => 'low',
    reason: () => msg(/*i18n*/ {
      id: 'rules.r8b.reason',
      message: 'The letter names a section this tool does not know. Some sections end the application and others can be overcome, so this answer is only a careful default: it is not administrative processing, and it may be final. The letter decides.',
    }),
    sources: (f) => otherGroundSources(f),
    decidedBy: () => msg(THE_LETTER_DECIDES),
    nextSteps: (f) => [
      step('have-letter-read',
        sentences(
          msg(/*i18n*/ {
            id: 'rules.r8b.step.haveLetterRead',
            message: 'Ask an immigration attorney to read the letter: the section it names decides whether you can overcome the refusal, need a waiver, or must apply again.',
          }),
          !isImmigrant(f.visaClass) && msg(/*i18n*/ {
            id: 'rules.r8b.step.officerMustTell',
            message: 'The officer must tell you which provision applies and whether a waiver is available.',
          }),
        ),
        otherGroundSources(f)),
    ],
  },
  {
    id: 'R8',
    reads: ['refusal.grounds', 'refusal.requests'],
    ...condition(/*i18n*/ { id: 'rules.r8.condition', message: '{place, select, afterWhen {the letter} other {The letter}} names 221(g).' }),
    verdict: 'administrative_processing',
    when: (f) => f.grounds.includes('221g'),
    confidence: (f) => (f.requestsKnown ? 'high' : 'medium'),
    reason: (f) => sentences(
      !f.requestsKnown
        ? msg(/*i18n*/ {
          id: 'rules.r8.reason.requestsUnknown',
          message: 'The letter names section 221(g). What else it asks for is not known: if it asks for documents or your passport, there is a deadline (check the letter). If it asks for nothing, the case is in administrative processing, a refusal for now. When processing finishes, the officer decides: the visa can then be issued, but it can still be refused.',
        })
        : f.requests.length === 0
          ? msg(/*i18n*/ {
            id: 'rules.r8.reason.nothingAsked',
            message: 'The letter names section 221(g) and asks you for nothing, so nothing is waiting on you: the case is in administrative processing, a refusal for now. When processing finishes, the officer decides: the visa can then be issued, but it can still be refused.',
          })
          : msg(/*i18n*/ {
            id: 'rules.r8.reason.allSent',
            message: 'The letter names section 221(g) and what it asked for has been sent, so nothing is waiting on you: the case is in administrative processing, a refusal for now. When processing finishes, the officer decides: the visa can then be issued, but it can still be refused.',
          }),
      f.showsRefused && msg(/*i18n*/ { id: 'rules.r8.reason.showsRefused', message: 'Since March 2020 such cases show "Refused" on CEAC.' }),
      isImmigrant(f.visaClass) && msg(/*i18n*/ {
        id: 'rules.r8.reason.immigrantTermination',
        message: 'The immigrant {years, plural, =1 {one-year} =2 {two-year} other {#-year}} termination rule is about evidence you were asked for; when nothing was asked, it should not apply.',
      }, { years: DOCUMENTS_WINDOW_YEARS }),
      isImmigrant(f.visaClass) && (f.dvDeadline
        ? msg(/*i18n*/ {
          id: 'rules.r8.reason.dvDeadline', message: 'If the letter lists anything, send it at once: no DV-{dvYear} visa can be issued after {date}.',
        }, { dvYear: f.dvYear!, date: dateValue(f.dvDeadline) })
        : msg(/*i18n*/ { id: 'rules.r8.reason.withinYear', message: 'If the letter lists anything, send it within the year.' })),
    ),
    sources: (f) => [
      'ina-221g', '9fam-306-2', 'dos-ap-page', ...(f.showsRefused ? ['dos-ceac-2020'] : []), ...(isImmigrant(f.visaClass) ? ['cfr-42-83'] : []),
    ],
    explainsRefusedLabel: true,
    asksForRequests: 'whenUnknown',
  },
  {
    id: 'R9',
    reads: ['ceacHistory'],
    ...condition(/*i18n*/ { id: 'rules.r9.condition', message: 'CEAC shows "Administrative Processing".' }),
    verdict: 'administrative_processing',
    when: (f) => f.latest?.status === 'Administrative Processing',
    confidence: () => 'high',
    reason: (f) => msg(/*i18n*/ {
      id: 'rules.r9.reason', message: 'CEAC shows "Administrative Processing" (seen on {date}): the case needs more checks before a decision.',
    }, { date: seenOn(f) }),
    sources: () => ['dos-ap-page', 'ina-221g'],
  },
  {
    id: 'R10a',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid'],
    ...condition(/*i18n*/ {
      id: 'rules.r10a.condition',
      message: 'CEAC shows Refused, no section is known, and the officer asked for more documents.',
    }),
    verdict: 'temporary_refusal',
    when: (f) => f.showsRefused && f.noKnownGround && officerSaid(f) === '221g_documents',
    confidence: () => 'medium',
    reason: () => msg(/*i18n*/ {
      id: 'rules.r10a.reason',
      message: 'CEAC shows Refused, the section on the letter is not known, and the officer asked for more documents. That is usually a 221(g) refusal you overcome by sending what was asked, and posts give a deadline (often a year). Waiting will not help: send the documents.',
    }),
    sources: () => ['ina-221g', '9fam-306-2', 'usvisa-221g-year', 'dos-ceac-2020'],
    nextSteps: () => [
      step('send-what-officer-asked',
        msg(/*i18n*/ {
          id: 'rules.r10a.step.sendWhatOfficerAsked',
          message: 'Send what the officer asked for, exactly as the letter or the post\u2019s instructions say, as soon as you can, and keep proof. Enter what the letter asks for and its date here to see your deadline.',
        }),
        ['ina-221g', 'usvisa-221g-year']),
    ],
    asksForRequests: 'always',
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R10',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid', 'application.passport'],
    ...condition(/*i18n*/ {
      id: 'rules.r10.condition',
      message: 'CEAC shows Refused, no section is known, and the officer said approved, more checks or 221(g), or kept the passport.',
    }),
    verdict: 'administrative_processing',
    when: (f) =>
      f.showsRefused && f.noKnownGround
      && (['approved', '221g_ap', '221g'].includes(officerSaid(f) ?? '') || passport(f) === 'kept'),
    confidence: (f) => (officerSaid(f) === '221g' && passport(f) !== 'kept' ? 'low' : 'medium'),
    reason: reasonR10,
    sources: () => ['dos-ceac-2020', 'ina-221g'],
    decidedBy: () => msg(/*i18n*/ {
      id: 'rules.r10.decidedBy', message: 'Check the refusal letter: whether it asks you for documents decides this.',
    }),
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R11',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid', 'application.passport', 'visaClass'],
    ...condition(/*i18n*/ {
      id: 'rules.r11.condition',
      message: 'CEAC shows Refused, no section is known, the officer said refused and returned the passport, and the visa has no petition (visitor, student and similar visas).',
    }),
    verdict: 'final_refusal',
    when: (f) =>
      f.showsRefused && f.noKnownGround && officerSaid(f) === 'refused' && passport(f) === 'returned' && f.group === 'other_niv',
    confidence: () => 'low',
    reason: () => msg(/*i18n*/ {
      id: 'rules.r11.reason',
      message: 'Unclear: the letter decides. CEAC shows Refused, the section on the letter is not known, and the officer said the visa was refused and gave your passport back. For visitors and students that is often a 214(b) refusal, which ends the application, but posts also hand passports back with a 221(g) letter asking for documents, which has a deadline. Only the section named on the letter settles it: do not give up the case before you have read it.',
    }),
    sources: () => ['9fam-403-10', 'dos-ceac-2020', 'ina-221g'],
    decidedBy: () => msg(/*i18n*/ {
      id: 'rules.r11.decidedBy',
      message: 'The section on your letter: if it says 221(g) and lists documents, the case can go on when you send them (posts allow about a year); if it says 214(b), this application has ended but you may apply again at any time.',
    }),
    asksForSection: true,
  },
  {
    id: 'R10b',
    reads: ['ceacHistory', 'refusal.grounds'],
    ...condition(/*i18n*/ {
      id: 'rules.r10b.condition',
      message: 'CEAC shows Refused with the long wording about administrative processing, and no section is known.',
    }),
    verdict: 'administrative_processing',
    when: (f) => f.latest?.status === 'Refused' && f.latest.message === 'refused_ap_text' && f.noKnownGround,
    confidence: () => 'low',
    reason: () => msg(/*i18n*/ {
      id: 'rules.r10b.reason',
      message: 'CEAC shows Refused with the longer wording that says a case refused for administrative processing stays refused while processing goes on. The wording is only a hint: CEAC may show it for other refusals too, and the letter\u2019s section decides.',
    }),
    sources: () => ['dos-ceac-2020'],
    decidedBy: () => msg(THE_LETTER_DECIDES),
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R12',
    reads: ['ceacHistory', 'refusal.grounds'],
    ...condition(/*i18n*/ { id: 'rules.r12.condition', message: 'CEAC shows Refused and no section is known.' }),
    verdict: 'temporary_refusal',
    when: (f) => f.showsRefused && f.noKnownGround,
    confidence: () => 'low',
    reason: () => msg(/*i18n*/ {
      id: 'rules.r12.reason',
      message: 'CEAC shows Refused and the section on the letter is not known. Since March 2020 cases held under 221(g) also show Refused, so Refused alone does not mean the refusal is final: it is likely temporary until the letter says otherwise.',
    }),
    sources: () => ['dos-ceac-2020', 'ina-221g'],
    decidedBy: () => msg(THE_LETTER_DECIDES),
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R13',
    reads: ['ceacHistory'],
    ...condition(/*i18n*/ {
      id: 'rules.r13.condition',
      message: '{place, select, afterWhen {none} other {None}} of the rules above applies (no decision shows yet).',
    }),
    verdict: 'no_decision_yet',
    when: () => true,
    confidence: (f) => {
      if (!f.latest) return 'low';
      return WAITING_STATUSES.includes(f.latest.status) ? 'high' : 'medium';
    },
    reason: (f) =>
      (f.latest
        ? msg(/*i18n*/ {
          id: 'rules.r13.reason.status', message: 'CEAC shows "{status}" (seen on {date}): no decision has been made yet.',
        }, { status: f.latest.status, date: seenOn(f) })
        : msg(/*i18n*/ { id: 'rules.r13.reason.noStatus', message: 'No CEAC status has been entered, so no decision is known yet.' })),
    sources: () => ['ceac-status-page'],
    decidedBy: () => msg(/*i18n*/ { id: 'rules.r13.decidedBy', message: 'Enter the status the CEAC page shows now.' }),
  },
];
