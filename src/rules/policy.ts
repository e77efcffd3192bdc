/**
 * The classification policy (docs/policy.md), one record per rule, in the order they are tried. The
 * first rule whose `when` holds decides the verdict; its reason is `reasons[0]`. Each record holds
 * everything about its rule: its condition, verdict, confidence, reason and sources, the milestones
 * and next steps of its own, what would decide a low-confidence answer, and the flags that change the
 * shared pieces (./outcomes.ts). `assess` walks this table and never names a rule.
 */
import { addWorkingDays, compareDates, formatDate } from './dates';
import { WAITING_STATUSES, type Facts } from './facts';
import type { CaseFieldPath } from './fields';
import { isExchange, isImmigrant, isImmigrantOrK, isK, isStudent, petitionForm } from './groups';
import { GROUND_SHORT, listInWords, REQUEST_LABELS } from './wording';
import {
  DOCUMENTS_WINDOW, DV_DEADLINE_WORDS, K1_PETITION_VALIDITY_MONTHS, NEW_H1B_PETITION_PAYMENT,
  numberInWords, PASSPORT_WAIT_WORKING_DAYS,
} from './parameters';
import { step, stepsWhere, type NextStepContext } from './steps';
import type { Confidence, MilestoneKind, NextStep, Verdict } from './types';

/** The rules' ids. The public `Reason.rule` and `TraceEntry.rule` stay strings (the contract says so). */
export type RuleId =
  | 'R1' | 'R1b' | 'R2' | 'R3' | 'R3d' | 'R4' | 'R5' | 'R5b' | 'R6' | 'R6b' | 'R7' | 'R8b' | 'R8' | 'R9'
  | 'R10a' | 'R10' | 'R11' | 'R10b' | 'R12' | 'R13';

export interface PolicyRule {
  id: RuleId;
  /** The case-file facts the rule reads. */
  reads: CaseFieldPath[];
  /** The condition, in plain words (shown in the trace when the rule does not apply). */
  condition: string;
  verdict: Verdict;
  when(f: Facts): boolean;
  confidence(f: Facts): Confidence;
  /** Why it applies, naming the facts it used. */
  reason(f: Facts): string;
  sources(f: Facts): string[];
  /**
   * When the answer is not sure (low confidence): the fact that would decide it, in words the page
   * shows beside the verdict's label ("Check the section named on your letter").
   */
  decidedBy?(f: Facts): string;
  /** Milestones of this rule's own, besides its verdict's (dated by ./outcomes.ts). */
  milestones?: readonly MilestoneKind[];
  /** This rule's own next steps; the steps of its verdict and of every case follow them. */
  nextSteps?(f: Facts, ctx: NextStepContext): NextStep[];
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

const THE_LETTER_DECIDES = 'Check the section of law named on your refusal letter: it decides this.';

const seen = (f: Facts): string => (f.latest ? ` (seen on ${formatDate(f.latest.seenOn)})` : '');
const requestWords = (f: Facts): string => listInWords(f.documentRequests.map((r) => REQUEST_LABELS[r]));
/** The letter asks for an in-person interview (R7's first case). */
const interviewAsked = (f: Facts): boolean => f.requests.includes('in_person_interview');
const petitionStatus = (f: Facts) => f.caseFile.petition?.status;
/** USCIS has sent a Notice of Intent to Revoke (R6's first case). */
const noir = (f: Facts): boolean => petitionStatus(f) === 'noir';
const officerSaid = (f: Facts) => f.caseFile.application.officerSaid;
const passport = (f: Facts) => f.caseFile.application.passport;
/** Whose help to ask about the petition, by group. */
function petitionHelper(f: Facts): string {
  if (isK(f.visaClass)) return 'your U.S. citizen fiancé(e) (the petitioner), or an immigration attorney';
  if (isImmigrant(f.visaClass)) return f.visaClass === 'EB' ? 'the employer\u2019s attorney' : 'the petitioner, or an immigration attorney';
  return 'the employer\u2019s attorney';
}
const isH1b = (f: Facts): boolean => f.visaClass === 'H-1B';
/** Where the H-1B payment proclamation stands, as far as it could be checked (`proclamation-10973`). */
const PAYMENT_STATUS =
  'It was issued for twelve months; a proclamation of 18 September 2026 extended it to 21 September 2027. That was read in a copy of the text, and whether courts have changed it was not checked.';

// ---- R2: final grounds ----

function reason214b(f: Facts): string {
  const cls = f.visaClass;
  if (f.onlyExempt214b) {
    return isK(cls)
      ? `The letter names section 214(b). That is unusual for a ${cls} visa, which is decided much like an immigrant visa. Check the letter again and ask an immigration attorney; if it really names 214(b), this application has ended.`
      : `The letter names section 214(b), but ${cls} applicants are exempt from its presumption of immigrant intent (the statute exempts H-1B and the whole L category, spouses and children included), so a 214(b) refusal of this class is unusual. Check the letter again. If it really names 214(b), this application has ended.`;
  }
  return 'The letter names section 214(b): the officer was not satisfied that you qualify for this visa, for example that you will leave the United States at the end of your stay. That ends this application. There is no appeal and no waiver for 214(b), but you may apply again whenever you choose; there is no required wait.'
    + (cls === 'H-4' ? ' Whether H-4 applicants are exempt from 214(b) is disputed; posts do refuse H-4 visas under it.' : '');
}

/** 212(a)(3) security grounds for which a nonimmigrant waiver cannot be given (INA 212(d)(3)(A)). */
const SECURITY_NO_WAIVER = '212(a)(3)(A)(i)(I), (3)(A)(ii), (3)(A)(iii), (3)(C) and (3)(E)(i) and (ii)';

function reason212a(f: Facts): string {
  const g212 = f.inadmissibilityGrounds;
  const names = listInWords(g212.map((g) => GROUND_SHORT[g]));
  const immigrant = isImmigrantOrK(f.visaClass);
  const parts = [`The letter names ${names}, a ground of inadmissibility. ${immigrant ? 'The visa is refused on that ground unless it is overcome or waived.' : 'That ends this application.'}`];
  if (immigrant) {
    parts.push('Where the law allows a waiver for this ground, it is asked of USCIS on Form I-601, after the refusal.');
    if (g212.includes('212a3')) parts.push('Most security grounds have no immigrant waiver at all; only narrow exemptions exist.');
  } else {
    parts.push('For most grounds a nonimmigrant waiver (INA 212(d)(3)(A)) can be asked through the consular officer and decided by DHS; while it is pending, CEAC keeps showing Refused.');
    if (g212.includes('212a3')) parts.push(`Some security grounds cannot be waived for a nonimmigrant visa at all (${SECURITY_NO_WAIVER}).`);
    if (g212.includes('212a4')) parts.push('For 212(a)(4) (public charge), you can apply again with stronger evidence of funds or support; a waiver is rarely needed.');
  }
  if (g212.includes('212a9B')) parts.push('The 212(a)(9)(B) bar lasts three or ten years from your departure, depending on how long you stayed unlawfully; after that it no longer applies.');
  if (g212.includes('212a6Ci')) {
    parts.push('A finding of fraud or misrepresentation (212(a)(6)(C)(i)) is permanent: every later application, for any visa, needs a waiver, and a waiver does not erase the finding. If you believe the finding is wrong, ask an attorney at once about a review at the post and an advisory opinion from the State Department\u2019s Visa Office.');
  }
  return parts.join(' ');
}

function reasonR2(f: Facts): string {
  const parts: string[] = [];
  if (f.finalGrounds.includes('214b')) parts.push(reason214b(f));
  if (f.inadmissibilityGrounds.length) parts.push(reason212a(f));
  if (f.finalGrounds.includes('212e')) {
    parts.push('The letter names section 212(e): you were a J exchange visitor subject to the two-year home-residence requirement, which bars H, L, K and immigrant visas until you have lived two years in your home country or have a waiver.');
  }
  if (f.finalGrounds.includes('212f')) {
    parts.push(isH1b(f)
      ? `The letter names section 212(f), a presidential proclamation. For H-1B this is often the proclamation of 19 September 2025, which requires a ${NEW_H1B_PETITION_PAYMENT} payment for some new petitions, unless DHS grants an exception. ${PAYMENT_STATUS} It can also be a restriction on nationals of certain countries (proclamations of June and December 2025), which a payment does not cure: ask which one applies.`
      : 'The letter names section 212(f): a presidential proclamation bars visas for the people it covers while it is in force, unless an exception applies.');
  }
  if (f.finalGrounds.includes('222g')) {
    parts.push('The letter names section 222(g): an earlier visa was voided because of an overstay, so a new visa has to be asked for in your country of nationality (unless extraordinary circumstances are shown). This application ends, but it is not a bar there.');
  }
  if (isImmigrant(f.visaClass) && f.visaClass !== 'DV' && !f.finalGrounds.includes('212a3')) {
    parts.push(`For an immigrant visa the petition normally stays valid: within a year of the refusal${yearOfRefusal(f)} the consulate must reconsider the case when new evidence is presented that could overcome the ground.${afterYearOfRefusal(f)}`);
  }
  return parts.join(' ');
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

/** " (until 1 Oct 2027)", or " (that year ended on ...)": the year after the refusal in which an immigrant case can be reconsidered. */
const yearOfRefusal = (f: Facts): string => (f.closureDate && f.closureDate >= f.asOf ? ` (until ${formatDate(f.closureDate)})` : '');
/** After that year: reconsideration without a new fee is over, but the case is not (a new application on the petition, or a waiver). */
const afterYearOfRefusal = (f: Facts): string =>
  (f.closureDate && f.closureDate < f.asOf
    ? ` The year for reconsideration ended on ${formatDate(f.closureDate)}; a new application on the same petition, with a new fee, or a waiver may still be possible: ask an immigration attorney.`
    : '');

const stepsR2 = (f: Facts): NextStep[] => stepsWhere(
  f.onlyExempt214b && step('check-214b-letter',
    isK(f.visaClass)
      ? 'Read the letter again and ask an immigration attorney: a 214(b) refusal of a fiancé(e) visa is unusual and may be worth raising with the post.'
      : `Read the letter again and ask the employer's attorney: ${f.visaClass} applicants are exempt from the 214(b) presumption, so a 214(b) refusal of this class may be a legal mistake worth raising with the post. Attorneys can also put a question of law to the State Department's Visa Office (an advisory opinion).`,
    ['ina-214b', 'cfr-41-121']),
  f.finalGrounds.includes('214b') && !f.onlyExempt214b && step('new-application',
    f.group === 'petition_niv'
      ? 'To try again, fill in a new DS-160, pay a new fee and book a new interview; there is no waiting period. Ask the employer\u2019s attorney first: the same facts usually bring the same answer, and the officer may also have sent the petition back to USCIS.'
      : 'To try again, fill in a new DS-160, pay a new fee and book a new interview. There is no waiting period, but the same facts usually bring the same answer: apply again when something in your situation has changed (your job, studies, family or financial ties), and be ready to explain it.',
    ['ina-214b-scope']),
  f.finalGrounds.includes('214b') && isStudent(f.visaClass) && step('ask-school-before-reapplying',
    `Before you apply again, ask ${isExchange(f.visaClass) ? 'your program sponsor\u2019s responsible officer whether your DS-2019' : 'your school\u2019s designated school official (DSO) whether your I-20'} needs a new start date.`,
    ['student-start']),
  f.inadmissibilityGrounds.length > 0 && (isImmigrantOrK(f.visaClass)
    ? step('ask-about-i601',
      'Ask an immigration attorney whether a waiver on Form I-601 (filed with USCIS) is possible for this ground, and what it needs. Some grounds have no waiver.',
      ['niv-waiver-212d3'])
    : step('ask-about-waiver',
      f.inadmissibilityGrounds.includes('212a3')
        ? `Ask an immigration attorney whether a nonimmigrant waiver (INA 212(d)(3)(A)) is possible: it is not available for several security grounds (${SECURITY_NO_WAIVER}). Where it is, the consular officer forwards the request and DHS decides.`
        : 'Ask an immigration attorney about a nonimmigrant waiver (INA 212(d)(3)(A)): you can ask the consular officer to recommend it, and DHS decides. CEAC keeps showing Refused while it is pending.',
      ['niv-waiver-212d3', 'cfr-41-121'])),
  f.finalGrounds.includes('212e') && step('ask-about-212e-waiver',
    'Check whether your DS-2019 or J visa says you are subject to the two-year home-residence requirement, and ask an attorney about a waiver: it is asked of the State Department\u2019s Waiver Review Division and decided by USCIS.',
    ['ina-212e']),
  f.finalGrounds.includes('212f') && step('check-proclamation',
    isH1b(f)
      ? `Ask the employer's attorney whether the proclamation still applies, whether the ${NEW_H1B_PETITION_PAYMENT} payment was made or is needed for this petition, and whether DHS could grant an exception, before reapplying.`
      : 'Check whether the proclamation still applies to you and whether an exception covers your case (for example a national-interest exception); ask an attorney before reapplying.',
    isH1b(f) ? ['ina-212f', 'proclamation-10973'] : ['ina-212f']),
  f.finalGrounds.includes('222g') && step('apply-home-country',
    'Apply again at the U.S. embassy or consulate in your country of nationality, unless an attorney advises that extraordinary circumstances let you apply elsewhere.',
    ['ina-222g']),
  isImmigrant(f.visaClass) && f.visaClass !== 'DV' && !f.finalGrounds.includes('212a3') && step('ask-reconsideration',
    f.finalGrounds.every((g) => g === '212f')
      ? `Ask an immigration attorney whether an exception to the proclamation applies, or whether it has ended: within a year of the refusal${yearOfRefusal(f)} the consulate must reconsider the case when new evidence is presented. There is no waiver of a proclamation.${afterYearOfRefusal(f)}`
      : `Ask an immigration attorney whether new evidence or a waiver can overcome the ground: within a year of the refusal${yearOfRefusal(f)} the consulate must reconsider the case when new evidence is presented.${afterYearOfRefusal(f)}`,
    ['9fam-504-11'], f.closureDate && f.closureDate >= f.asOf ? f.closureDate : undefined),
);

// ---- R4 and R5: what the letter asked for ----

/** A date that comes before the due date and cuts the time to send: the program start or the petition's end. */
function earlierHardDate(f: Facts): { date: string; what: string } | undefined {
  const dates = [
    f.programStart && { date: f.programStart, what: 'your program start date' },
    f.caseFile.petition?.validUntil && {
      date: f.caseFile.petition.validUntil, what: isK(f.visaClass) ? 'the end of the fiancé(e) petition\u2019s validity' : 'the petition\u2019s end date',
    },
  ].filter((d): d is { date: string; what: string } => Boolean(d) && f.dueDate !== undefined && (d as { date: string }).date >= f.asOf && (d as { date: string }).date < f.dueDate);
  return dates.sort((a, b) => compareDates(a.date, b.date))[0];
}

/** The due date has passed but the case is not called closed (the closure date counts from the letter, or CEAC shows later activity). */
const duePassed = (f: Facts): boolean => f.dueDate !== undefined && f.dueDate < f.asOf;

function stepsR5(f: Facts, ctx: NextStepContext): NextStep[] {
  const milestone = ctx.due('documents_due');
  const due = milestone && milestone >= f.asOf ? milestone : undefined;
  const hard = earlierHardDate(f);
  const dvCapped = due !== undefined && due === f.dvDeadline;
  const by = hard
    ? ` as soon as you can: ${hard.what} (${formatDate(hard.date)}) comes before the deadline${due ? ` of ${formatDate(due)}` : ''}`
    : dvCapped ? `, at once: no DV-${f.dvYear} visa can be issued after ${formatDate(due)}, and the post needs time to finish the case after it arrives`
      : due ? `, before ${formatDate(due)}` : duePassed(f) ? ' now, and ask the post whether the case is still open' : ', as soon as you can';
  // The passport is usually asked for when the visa is ready: send it now, the deadline is only the latest day.
  const passportBy = !hard && !dvCapped && due ? `, as soon as you can (at the latest before ${formatDate(due)}, or any earlier date the letter gives)` : by;
  const others = f.documentRequests.filter((r) => r === 'documents' || r === 'ds5535');
  const sources = ['ina-221g', '9fam-306-2', isImmigrant(f.visaClass) ? 'cfr-42-83' : 'usvisa-221g-year'];
  return stepsWhere(
    f.documentRequests.includes('passport') && step('send-passport',
      `Send your passport exactly as the letter instructs${passportBy}. A request for the passport usually means the visa is ready to be printed. Keep proof that you sent it.`,
      sources, due),
    others.length > 0 && step('send-requested',
      `Send ${listInWords(others.map((r) => REQUEST_LABELS[r]))} exactly as the letter says${by}. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).`,
      sources, due),
    f.documentRequests.includes('ds5535') && step('ds5535-complete',
      'Fill in every part of Form DS-5535 completely and consistently with your application (travel, addresses, jobs, social media handles); gaps lead to more questions.',
      ['ina-221g']),
    f.documentRequests.includes('social_media_public') && step('make-profiles-public',
      `Set all of your social media profiles to public${by}, as the letter asks, and keep them public until the visa is in your passport. Do not delete or change what you posted.`,
      ['dos-h1b-online-presence'], due),
    step('record-response',
      'When you have sent everything, enter the date here: it stops the deadline and starts the processing dates.',
      ['9fam-306-2']),
  );
}

/** Immigrant classes whose registration can be reinstated (22 CFR 42.83): not DV, which ends with its program year. */
const canReinstate = (f: Facts): boolean => isImmigrant(f.visaClass) && f.visaClass !== 'DV';

function reasonR4(f: Facts): string {
  const sent = f.respondedOn
    ? `They were sent on ${formatDate(f.respondedOn)}, after that.`
    : 'No sending date was entered.';
  const head = `The letter of ${formatDate(f.refusedOn ?? f.clockStart!)} asked for ${requestWords(f)}, and the year to send it ended on ${formatDate(f.closureDate!)}. ${sent} CEAC shows no activity on the case since then.`;
  if (isImmigrant(f.visaClass)) {
    return `${head} For an immigrant visa the regulation says the registration is to be terminated when nothing that could overcome the refusal is sent within a year; termination comes with a notice. If you have not had that notice, send what was asked now.`
      + (canReinstate(f)
        ? ` If the delay was beyond your control, reinstatement can be asked until ${formatDate(f.reinstatementEnds!)}.`
        : ' A diversity visa also ends with its program year, on the DV deadline.');
  }
  return `${head} Posts treat such an application as closed: a new application and fee are needed. This is the posts\u2019 stated practice, not a published regulation.`
    + (isK(f.visaClass) ? ' The fiancé(e) petition (I-129F) may also need revalidation, or a new petition.' : '');
}

function stepsR4(f: Facts): NextStep[] {
  if (isImmigrant(f.visaClass)) {
    return stepsWhere(
      step('send-now',
        'If you have not received a termination notice, send what the letter asked for now, exactly as it says, and keep proof. Then enter the date here.',
        ['cfr-42-83']),
      canReinstate(f) && step('ask-reinstatement',
        `If you could not send it in time for reasons beyond your control (for example an office that would not issue a document), ask the consulate to reinstate the registration before ${formatDate(f.reinstatementEnds!)}, with proof of those reasons. An immigration attorney can help.`,
        ['cfr-42-83'], f.reinstatementEnds),
    );
  }
  return [
    step('new-application-after-year',
      `The ${DOCUMENTS_WINDOW.count} to send what was asked has passed, so posts treat this application as closed. To go on, fill in a new DS-160, pay a new fee and book a new appointment, with the requested items ready.`,
      ['usvisa-221g-year']),
    step('check-with-post',
      `If you did send the items within ${DOCUMENTS_WINDOW.definite}, enter the date you sent them here and keep your proof of delivery: it changes this answer. If you are not sure whether the post still has your case open, ask it before paying a new fee.`,
      ['usvisa-221g-year']),
  ];
}

function reasonR5(f: Facts): string {
  const head = `The letter asked for ${requestWords(f)}, and nothing shows it has been sent yet. This is a 221(g) refusal that you can overcome by sending what was asked`;
  if (!f.dueDate) return `${head}. Neither the refusal date nor the interview date is known, so the ${DOCUMENTS_WINDOW.adjective} deadline cannot be worked out: send it as soon as you can.`;
  const capped = f.dvDeadline !== undefined && f.dueDate === f.dvDeadline;
  if (capped) return `${head}, and for a diversity visa by ${formatDate(f.dueDate)} at the latest: no DV visa can be issued after ${DV_DEADLINE_WORDS} of the program year. Send it as early as you can.`;
  if (duePassed(f)) {
    const still = f.laterActivity
      ? 'CEAC shows the post has worked on the case since then'
      : `posts that count the year from the letter allow until ${formatDate(f.closureDate!)}`;
    return `${head}. The cautious deadline, a year from the earlier of the interview and the letter, was ${formatDate(f.dueDate)} and has passed, but ${still}. Send everything now and ask the post whether the case is still open.`;
  }
  if (isImmigrant(f.visaClass)) {
    return `${head}, within a year of the refusal: until ${formatDate(f.dueDate)}, counted from the earlier of the letter and the interview. For an immigrant visa the regulation says the registration is terminated if nothing is sent within that year.`;
  }
  const hard = earlierHardDate(f);
  return `${head}. Posts allow ${DOCUMENTS_WINDOW.count}; counted from the earlier of the letter and the interview (some posts count from the interview), that is until ${formatDate(f.dueDate)}.`
    + (hard ? ` But ${hard.what} (${formatDate(hard.date)}) comes first: send it as soon as you can.` : '')
    + (isK(f.visaClass) && !hard ? ' The fiancé(e) petition\u2019s validity matters too: send it as soon as you can.' : '');
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

function reasonR6(f: Facts): string {
  if (noir(f)) {
    return `USCIS has sent a Notice of Intent to Revoke the petition (${petitionForm(f.visaClass)}). The visa cannot go ahead unless the petition survives; the petitioner can answer the notice before its deadline.`;
  }
  const base = `The consulate sent the petition (${petitionForm(f.visaClass)}) back to USCIS for review. USCIS may reaffirm it, propose to revoke it, or revoke it. That often takes six months or more, and returned petitions can wait much longer: this is not a refusal you can fix by sending a document.`;
  const fraud = ' If the return is about suspected fraud, talk to an attorney before you answer anything: it can lead to a finding under 212(a)(6)(C)(i).';
  if (isK(f.visaClass)) {
    return `${base} A fiancé(e) petition is valid ${numberInWords(K1_PETITION_VALIDITY_MONTHS)} months from its approval, and a returned one often lapses before USCIS acts.${fraud}`;
  }
  if (f.visaClass === 'F-pref' || f.visaClass === 'EB') {
    return `${base} Do not let the old petition go before an attorney checks whether a new one would keep your priority date: a new petition can mean a new place in the queue.${fraud}`;
  }
  return base + fraud;
}

function stepsR6(f: Facts): NextStep[] {
  return stepsWhere(
    noir(f)
      ? step('answer-noir',
        `Ask ${petitionHelper(f)} to answer the Notice of Intent to Revoke before its deadline, or to consider a new petition instead.`,
        ['petition-return'])
      : isK(f.visaClass)
        ? step('k-returned-options',
          'Ask an immigration attorney about the options: waiting for USCIS to review the returned I-129F, your U.S. citizen fiancé(e) filing a new I-129F, or, if you marry, an immigrant visa petition (I-130) instead.',
          ['k1-petition', 'petition-return'])
        : step('ask-about-petition',
          `Ask ${petitionHelper(f)} whether to wait for USCIS to review the returned petition (often six months or more) or to file a new petition.`,
          ['petition-return']),
    isH1b(f) && step('h1b-new-petition-payment',
      `Before a new H-1B petition is filed: under the proclamation of 19 September 2025, a new H-1B petition for someone outside the United States without a valid H-1B visa needs a ${NEW_H1B_PETITION_PAYMENT} payment unless DHS grants an exception. ${PAYMENT_STATUS} Ask the employer\u2019s attorney.`,
      ['proclamation-10973']),
  );
}

// ---- R10 to R12: Refused with no section known ----

/** The officer said refused and gave the passport back, but the class has a petition or is K or immigrant: R11 does not apply. */
export const r11Excluded = (f: Facts): boolean =>
  officerSaid(f) === 'refused' && passport(f) === 'returned' && f.group !== 'other_niv';

function reasonR10(f: Facts): string {
  const said = officerSaid(f);
  const why: string[] = [];
  if (said === 'approved') why.push('the officer said the visa was approved');
  if (said === '221g_ap') why.push('the officer said more checks were needed');
  if (said === '221g') why.push('the officer said 221(g) without saying what for');
  if (passport(f) === 'kept') why.push('the officer kept your passport');
  const unsure = said === '221g' && passport(f) !== 'kept'
    ? ' But a 221(g) can also ask for documents, with a deadline: ask the post for the letter, or find it, to be sure nothing is waiting on you.'
    : '';
  return `CEAC shows Refused and the section on the letter is not known, but ${listInWords(why)}. Since March 2020 cases held for administrative processing also show Refused, so this is most likely administrative processing.${unsure}`;
}

export const POLICY: readonly PolicyRule[] = [
  {
    id: 'R1',
    reads: ['ceacHistory'],
    condition: 'CEAC shows "Issued".',
    verdict: 'visa_approved',
    when: (f) => f.latest?.status === 'Issued',
    confidence: () => 'high',
    reason: (f) => `CEAC shows "Issued"${seen(f)}: the visa is in final printing.`,
    sources: () => ['ceac-issued'],
    nextSteps: (f) => {
      const from = f.latest ? f.latest.lastUpdated ?? f.latest.seenOn : undefined;
      const by = from ? addWorkingDays(from, PASSPORT_WAIT_WORKING_DAYS) : undefined;
      return [
        step('wait-for-passport',
          `Wait for your passport with the visa. If it is not back within ${PASSPORT_WAIT_WORKING_DAYS} working days${by ? ` (about ${formatDate(by)})` : ''}, contact the post through its official contact page.`,
          ['ceac-issued'], by),
        step('check-visa',
          f.group === 'petition_niv'
            ? 'When the passport comes back, check your name, date of birth and visa class, and report a mistake to the post at once. The visa may end before the petition (reciprocity limits), and an L visa may carry a petition end date (PED). When you travel, carry your I-797 approval notice: without it, admission may be limited to the date on the visa.'
            : 'When the passport comes back, check your name, date of birth, the visa class and the dates on the visa, and report a mistake to the post at once.',
          ['ceac-issued']),
      ];
    },
  },
  {
    id: 'R1b',
    reads: ['ceacHistory', 'visaClass', 'dv.programYear', 'application.date', 'refusal.refusedOn'],
    condition: 'CEAC shows "Approved" (for a diversity visa, only up to the DV deadline).',
    verdict: 'visa_approved',
    when: (f) => f.latest?.status === 'Approved' && !(f.dvDeadline !== undefined && f.asOf > f.dvDeadline),
    confidence: () => 'medium',
    reason: (f) => `CEAC shows "Approved"${seen(f)}: the officer has decided to issue the visa, but it is not printed yet. This is rarely reversed, but it can be.`,
    sources: () => ['ceac-issued'],
    nextSteps: () => [
      step('wait-for-issued',
        'Keep checking CEAC. "Approved" usually turns into "Issued" when the visa is printed. Do not make travel plans you cannot change until the visa is in your passport.',
        ['ceac-issued']),
    ],
  },
  {
    id: 'R2',
    reads: ['refusal.grounds', 'visaClass'],
    condition: 'The letter names a ground that ends the application: 214(b), a 212(a) ground (for K and immigrant visas, other than 212(a)(4)), 212(e), 212(f) or 222(g).',
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
    condition: 'USCIS has revoked the petition.',
    verdict: 'final_refusal',
    when: (f) => petitionStatus(f) === 'revoked',
    confidence: () => 'high',
    reason: (f) =>
      `USCIS has revoked the petition (${petitionForm(f.visaClass)}), and a visa cannot be issued without an approved petition.`
      + (f.group === 'petition_niv' ? ' A revocation made after a notice can be appealed; an automatic revocation (for example when the employer withdrew the petition) cannot.' : ''),
    sources: (f) => ['petition-return', ...(f.group === 'petition_niv' ? ['petition-revocation-appeal'] : [])],
    nextSteps: (f) => stepsWhere(
      f.group === 'petition_niv' && step('appeal-revocation',
        'Ask the employer\u2019s attorney at once whether the revocation can be appealed, and by when: the appeal period is short.',
        ['petition-revocation-appeal']),
      step('new-petition',
        isH1b(f)
          ? `Ask the employer\u2019s attorney about a new petition: a revoked approval cannot support a visa. A new H-1B petition for someone abroad without a valid H-1B visa needs the ${NEW_H1B_PETITION_PAYMENT} payment under the proclamation of 19 September 2025, unless an exception is granted. ${PAYMENT_STATUS}`
          : `Ask ${petitionHelper(f)} about a new petition (${petitionForm(f.visaClass)}): a revoked approval cannot support a visa.`,
        isH1b(f) ? ['petition-return', 'proclamation-10973'] : ['petition-return']),
    ),
  },
  {
    id: 'R3d',
    reads: ['visaClass', 'dv.programYear', 'application.date', 'refusal.refusedOn'],
    condition: `A diversity visa whose program year ended on ${DV_DEADLINE_WORDS} before the date of this assessment.`,
    verdict: 'final_refusal',
    when: (f) => f.dvDeadline !== undefined && f.asOf > f.dvDeadline,
    confidence: (f) => (f.dvYearInferred ? 'medium' : 'high'),
    reason: (f) =>
      `DV-${f.dvYear} ended on ${formatDate(f.dvDeadline!)}. The law allows no diversity visa of a program year to be issued after ${DV_DEADLINE_WORDS} of that year, without exception, even when administrative processing was still going on. This case cannot be issued a visa any more.`
      + (f.dvYearInferred ? ` The program year was worked out from the interview date (${formatDate(f.applicationDate!)}); check it on your selection letter.` : ''),
    sources: () => ['dv-deadline'],
    nextSteps: () => [
      step('dv-ended',
        'You can enter a later DV program during its registration period if you are eligible; selection is a new lottery. Ask an immigration attorney whether another immigrant category fits you.',
        ['dv-deadline']),
    ],
  },
  {
    id: 'R4',
    reads: ['refusal.requests', 'refusal.refusedOn', 'application.date', 'refusal.respondedOn', 'ceacHistory'],
    condition: `The letter asked for documents (or the passport) more than ${DOCUMENTS_WINDOW.indefinite} ago, they were not sent within ${DOCUMENTS_WINDOW.definite}, and CEAC shows no later activity.`,
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
    decidedBy: () => 'Whether the consulate has sent you a termination notice, and whether you can still send what was asked.',
    milestones: ['documents_due', 'reinstatement_ends'],
    nextSteps: stepsR4,
  },
  {
    id: 'R5',
    reads: ['refusal.requests', 'refusal.respondedOn', 'refusal.refusedOn', 'application.date'],
    condition: 'The letter asked for documents, Form DS-5535, public social media profiles or the passport, and they have not been sent.',
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
    condition: 'A fiancé(e) or immigrant visa refused under 212(a)(4) (public charge).',
    verdict: 'temporary_refusal',
    when: (f) => isImmigrantOrK(f.visaClass) && f.grounds.includes('212a4'),
    confidence: () => 'low',
    reason: (f) =>
      'The letter names section 212(a)(4): the officer was not satisfied that you would not depend on public support. '
      + (isK(f.visaClass)
        ? 'For a fiancé(e) this is usually about the sponsor\u2019s Form I-134, and it can often be overcome with more evidence of support.'
        : f.visaClass === 'DV'
          ? 'For a diversity visa this is about your own funds, a U.S. job offer or a sponsor\u2019s Form I-134; there is no joint sponsor for DV, and it must be settled before the DV deadline.'
          : f.visaClass === 'EB'
            ? 'For an employment-based visa this is usually about the job offer and its salary; an affidavit of support (Form I-864) is needed only when a relative filed the petition or owns a large share of the employer.'
            : 'For an immigrant this is usually about the affidavit of support (Form I-864), and it is often overcome with more evidence or a joint sponsor.')
      + ' Public-charge review has become stricter since late 2025, so this is less certain than it used to be.',
    sources: () => ['212a4-iv', '9fam-504-11'],
    decidedBy: (f) => (f.visaClass === 'DV'
      ? 'Whether the consulate accepts new evidence of support (your funds, a job offer or a Form I-134) before the DV deadline.'
      : isImmigrant(f.visaClass) && f.visaClass !== 'EB'
        ? 'Whether the consulate accepts new evidence of support (for example a joint sponsor).'
        : 'Whether the consulate accepts new evidence of support.'),
    nextSteps: (f) => [
      step('strengthen-support',
        isK(f.visaClass)
          ? 'Ask what evidence of support the consulate wants, and send a stronger Form I-134 (or more evidence) as the letter says. An immigration attorney can check it first.'
          : f.visaClass === 'DV'
            ? 'Send more evidence of funds, a U.S. job offer or a Form I-134 from a U.S. sponsor, as the letter says, and well before the DV deadline. An immigration attorney can check it first.'
            : f.visaClass === 'EB'
              ? 'Ask the employer\u2019s attorney what the consulate needs (for example evidence of the job offer and salary, or an I-864 where one is required), and send it as the letter says, within a year of the refusal.'
              : 'Ask an immigration attorney to check the affidavit of support: more evidence of income or assets, or a joint sponsor with their own Form I-864, often overcomes it. Send it as the letter says, within a year of the refusal.',
        ['212a4-iv']),
    ],
  },
  {
    id: 'R6',
    reads: ['petition.status'],
    condition: 'The petition was sent back to USCIS, or USCIS has proposed to revoke it.',
    verdict: 'temporary_refusal',
    when: (f) => petitionStatus(f) === 'returned_to_uscis' || noir(f),
    confidence: (f) => (isK(f.visaClass) ? 'low' : 'medium'),
    reason: reasonR6,
    sources: (f) => ['petition-return', ...(isK(f.visaClass) ? ['k1-petition'] : []), ...(isH1b(f) ? ['proclamation-10973'] : [])],
    decidedBy: () => 'What USCIS decides about the returned petition, or whether a new petition is filed.',
    nextSteps: stepsR6,
  },
  {
    id: 'R6b',
    reads: ['ceacHistory'],
    condition: 'CEAC shows "At NVC" after an earlier "Refused".',
    verdict: 'temporary_refusal',
    when: (f) => f.latest?.status === 'At NVC' && f.history.slice(0, -1).some((e) => e.status === 'Refused'),
    confidence: () => 'low',
    reason: () =>
      'CEAC showed Refused and now shows "At NVC": the case went back to the National Visa Center. That often means the petition is on its way back to USCIS for review, but it can have other reasons.',
    sources: () => ['petition-return', 'nvc-inquiry'],
    decidedBy: () => 'What the National Visa Center says about why the case came back.',
    nextSteps: (f) => [
      step('ask-nvc',
        `Ask the National Visa Center, through its public inquiry form, why the case came back and whether the petition is being returned to USCIS; then talk to ${petitionHelper(f)}.`,
        ['nvc-inquiry']),
    ],
  },
  {
    id: 'R7',
    reads: ['refusal.requests', 'application.kind', 'ceacHistory', 'refusal.grounds'],
    condition: 'The letter asks for an in-person interview, or an interview-waiver case shows Refused with no section named.',
    verdict: 'temporary_refusal',
    when: (f) =>
      interviewAsked(f)
      || (f.caseFile.application.kind === 'interview_waiver' && f.showsRefused && f.noKnownGround),
    confidence: () => 'medium',
    reason: (f) =>
      interviewAsked(f)
        ? 'The letter asks you to come for an in-person interview. The case stays refused under 221(g) until then.'
        : 'You applied without an interview (interview waiver), and CEAC shows Refused with no section known. Practitioners report that this usually means an in-person interview is needed; this comes from reports, not from a State statement.',
    sources: (f) => (interviewAsked(f) ? ['ina-221g', 'dropbox-refused'] : ['dropbox-refused', 'dos-ceac-2020']),
    nextSteps: () => [
      step('book-interview',
        'Book an in-person interview at the post as the letter or the post\u2019s instructions say, and bring the same documents as for the first application.',
        ['dropbox-refused']),
    ],
    explainsRefusedLabel: true,
    sendsToInterview: true,
  },
  {
    id: 'R8b',
    reads: ['refusal.grounds'],
    condition: 'The letter names a section this tool does not know ("another section").',
    verdict: 'temporary_refusal',
    when: (f) => f.grounds.includes('other'),
    confidence: () => 'low',
    reason: () =>
      'The letter names a section this tool does not know. Some sections end the application and others can be overcome, so this answer is only a careful default: it is not administrative processing, and it may be final. The letter decides.',
    sources: (f) => otherGroundSources(f),
    decidedBy: () => THE_LETTER_DECIDES,
    nextSteps: (f) => [
      step('have-letter-read',
        `Ask an immigration attorney to read the letter: the section it names decides whether you can overcome the refusal, need a waiver, or must apply again.${isImmigrant(f.visaClass) ? '' : ' The officer must tell you which provision applies and whether a waiver is available.'}`,
        otherGroundSources(f)),
    ],
  },
  {
    id: 'R8',
    reads: ['refusal.grounds', 'refusal.requests'],
    condition: 'The letter names 221(g).',
    verdict: 'administrative_processing',
    when: (f) => f.grounds.includes('221g'),
    confidence: (f) => (f.requestsKnown ? 'high' : 'medium'),
    reason: (f) =>
      (f.requestsKnown
        ? `The letter names section 221(g) and ${f.requests.length === 0 ? 'asks you for nothing' : 'what it asked for has been sent'}, so nothing is waiting on you: the case is in administrative processing, a refusal for now that is overcome when processing finishes.`
        : 'The letter names section 221(g). What else it asks for is not known: if it asks for documents or your passport, there is a deadline (check the letter). If it asks for nothing, the case is in administrative processing, a refusal for now that is overcome when processing finishes.')
      + (f.showsRefused ? ' Since March 2020 such cases show "Refused" on CEAC.' : '')
      + (isImmigrant(f.visaClass) ? ` The immigrant ${DOCUMENTS_WINDOW.adjective} termination rule is about evidence you were asked for; when nothing was asked, it should not apply. ${f.dvDeadline ? `If the letter lists anything, send it at once: no DV-${f.dvYear} visa can be issued after ${formatDate(f.dvDeadline)}.` : 'If the letter lists anything, send it within the year.'}` : ''),
    sources: (f) => [
      'ina-221g', '9fam-306-2', 'dos-ap-page', ...(f.showsRefused ? ['dos-ceac-2020'] : []), ...(isImmigrant(f.visaClass) ? ['cfr-42-83'] : []),
    ],
    explainsRefusedLabel: true,
    asksForRequests: 'whenUnknown',
  },
  {
    id: 'R9',
    reads: ['ceacHistory'],
    condition: 'CEAC shows "Administrative Processing".',
    verdict: 'administrative_processing',
    when: (f) => f.latest?.status === 'Administrative Processing',
    confidence: () => 'high',
    reason: (f) => `CEAC shows "Administrative Processing"${seen(f)}: the case needs more checks before a decision.`,
    sources: () => ['dos-ap-page', 'ina-221g'],
  },
  {
    id: 'R10a',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid'],
    condition: 'CEAC shows Refused, no section is known, and the officer asked for more documents.',
    verdict: 'temporary_refusal',
    when: (f) => f.showsRefused && f.noKnownGround && officerSaid(f) === '221g_documents',
    confidence: () => 'medium',
    reason: () =>
      'CEAC shows Refused, the section on the letter is not known, and the officer asked for more documents. That is usually a 221(g) refusal you overcome by sending what was asked, and posts give a deadline (often a year). Waiting will not help: send the documents.',
    sources: () => ['ina-221g', '9fam-306-2', 'usvisa-221g-year', 'dos-ceac-2020'],
    nextSteps: () => [
      step('send-what-officer-asked',
        'Send what the officer asked for, exactly as the letter or the post\u2019s instructions say, as soon as you can, and keep proof. Enter what the letter asks for and its date here to see your deadline.',
        ['ina-221g', 'usvisa-221g-year']),
    ],
    asksForRequests: 'always',
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R10',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid', 'application.passport'],
    condition: 'CEAC shows Refused, no section is known, and the officer said approved, more checks or 221(g), or kept the passport.',
    verdict: 'administrative_processing',
    when: (f) =>
      f.showsRefused && f.noKnownGround
      && (['approved', '221g_ap', '221g'].includes(officerSaid(f) ?? '') || passport(f) === 'kept'),
    confidence: (f) => (officerSaid(f) === '221g' && passport(f) !== 'kept' ? 'low' : 'medium'),
    reason: reasonR10,
    sources: () => ['dos-ceac-2020', 'ina-221g'],
    decidedBy: () => 'Check the refusal letter: whether it asks you for documents decides this.',
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R11',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid', 'application.passport', 'visaClass'],
    condition: 'CEAC shows Refused, no section is known, the officer said refused and returned the passport, and the visa has no petition (visitor, student and similar visas).',
    verdict: 'final_refusal',
    when: (f) =>
      f.showsRefused && f.noKnownGround && officerSaid(f) === 'refused' && passport(f) === 'returned' && f.group === 'other_niv',
    confidence: () => 'low',
    reason: () =>
      'Unclear: the letter decides. CEAC shows Refused, the section on the letter is not known, and the officer said the visa was refused and gave your passport back. For visitors and students that is often a 214(b) refusal, which ends the application, but posts also hand passports back with a 221(g) letter asking for documents, which has a deadline. Only the section named on the letter settles it: do not give up the case before you have read it.',
    sources: () => ['9fam-403-10', 'dos-ceac-2020', 'ina-221g'],
    decidedBy: () =>
      'The section on your letter: if it says 221(g) and lists documents, you can still get this visa by sending them (posts allow about a year); if it says 214(b), this application has ended but you may apply again at any time.',
    asksForSection: true,
  },
  {
    id: 'R10b',
    reads: ['ceacHistory', 'refusal.grounds'],
    condition: 'CEAC shows Refused with the long wording about administrative processing, and no section is known.',
    verdict: 'administrative_processing',
    when: (f) => f.latest?.status === 'Refused' && f.latest.message === 'refused_ap_text' && f.noKnownGround,
    confidence: () => 'low',
    reason: () =>
      'CEAC shows Refused with the longer wording that says a case refused for administrative processing stays refused while processing goes on. The wording is only a hint: CEAC may show it for other refusals too, and the letter\u2019s section decides.',
    sources: () => ['dos-ceac-2020'],
    decidedBy: () => THE_LETTER_DECIDES,
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R12',
    reads: ['ceacHistory', 'refusal.grounds'],
    condition: 'CEAC shows Refused and no section is known.',
    verdict: 'temporary_refusal',
    when: (f) => f.showsRefused && f.noKnownGround,
    confidence: () => 'low',
    reason: () =>
      'CEAC shows Refused and the section on the letter is not known. Since March 2020 cases held under 221(g) also show Refused, so Refused alone does not mean the refusal is final: it is likely temporary until the letter says otherwise.',
    sources: () => ['dos-ceac-2020', 'ina-221g'],
    decidedBy: () => THE_LETTER_DECIDES,
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R13',
    reads: ['ceacHistory'],
    condition: 'None of the rules above applies (no decision shows yet).',
    verdict: 'no_decision_yet',
    when: () => true,
    confidence: (f) => {
      if (!f.latest) return 'low';
      return WAITING_STATUSES.includes(f.latest.status) ? 'high' : 'medium';
    },
    reason: (f) =>
      f.latest
        ? `CEAC shows "${f.latest.status}"${seen(f)}: no decision has been made yet.`
        : 'No CEAC status has been entered, so no decision is known yet.',
    sources: () => ['ceac-status-page'],
    decidedBy: () => 'Enter the status the CEAC page shows now.',
  },
];
