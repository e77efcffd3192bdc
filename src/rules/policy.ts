/**
 * The classification policy (docs/policy.md), one record per rule, in the order they are tried. The
 * first rule whose `when` holds decides the verdict; its reason is `reasons[0]`. Each record holds
 * everything about its rule: its condition, verdict, confidence, reason and sources, the milestones
 * and next steps of its own, and the flags that change the shared pieces (./outcomes.ts). `assess`
 * walks this table and never names a rule.
 */
import { addWorkingDays, formatDate } from './dates';
import { WAITING_STATUSES, type Facts } from './facts';
import type { CaseFieldPath } from './fields';
import { GROUND_SHORT, listInWords, REQUEST_LABELS } from './labels';
import { DOCUMENTS_WINDOW, NEW_H1B_PETITION_PAYMENT, PASSPORT_WAIT_WORKING_DAYS } from './parameters';
import { step, stepsWhere, type NextStepContext } from './steps';
import type { Confidence, MilestoneKind, NextStep, Verdict } from './types';

export { EXEMPT_214B } from './facts';

/** The rules' ids. The public `Reason.rule` and `TraceEntry.rule` stay strings (the contract says so). */
export type RuleId =
  | 'R1' | 'R1b' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R10b' | 'R12' | 'R13';

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
}

const seen = (f: Facts): string => (f.latest ? ` (seen on ${formatDate(f.latest.seenOn)})` : '');
const requestWords = (f: Facts): string => listInWords(f.documentRequests.map((r) => REQUEST_LABELS[r]));
/** The letter asks for an in-person interview (R7's first case). */
const interviewAsked = (f: Facts): boolean => f.requests.includes('in_person_interview');
/** USCIS has sent a Notice of Intent to Revoke (R6's first case). */
const noir = (f: Facts): boolean => f.caseFile.petition.status === 'noir';

function reasonR2(f: Facts): string {
  const parts: string[] = [];
  const cls = f.caseFile.visaClass;
  if (f.grounds.includes('214b')) {
    if (f.onlyExempt214b) {
      parts.push(
        `The letter names section 214(b), but ${cls} applicants are exempt from the 214(b) presumption of immigrant intent`
        + (cls === 'L-2' ? ' (for L-2 this is read from the statute and is disputed)' : '')
        + ', so a 214(b) refusal of this class is unusual. Check the letter again. If it really names 214(b), this application has ended.',
      );
    } else {
      parts.push(
        'The letter names section 214(b): the officer was not satisfied that you qualify for this visa. That ends this application: there is no appeal, but you can apply again.'
        + (cls === 'H-4' ? ' Whether H-4 applicants are exempt from 214(b) is disputed; posts do refuse H-4 visas under it.' : ''),
      );
    }
  }
  const g212 = f.inadmissibilityGrounds;
  if (g212.length) {
    parts.push(
      `The letter names ${listInWords(g212.map((g) => GROUND_SHORT[g]))}, a ground of inadmissibility. That ends this application, but a nonimmigrant waiver may be possible; while a waiver is pending, CEAC keeps showing Refused.`,
    );
  }
  if (f.grounds.includes('212f')) {
    parts.push('The letter names section 212(f): a presidential proclamation bars visas for the people it covers while it is in force, unless an exception applies.');
  }
  return parts.join(' ');
}

const stepsR2 = (f: Facts): NextStep[] => stepsWhere(
  f.onlyExempt214b && step('check-214b-letter',
    `Read the letter again and ask the employer's attorney: ${f.caseFile.visaClass} applicants are exempt from the 214(b) presumption, so a 214(b) refusal of this class may be a mistake worth raising with the post.`,
    ['ina-214b']),
  f.grounds.includes('214b') && step('new-application',
    'A 214(b) refusal ends this application; there is no appeal. To try again, fill in a new DS-160, pay a new fee and book a new interview, ideally once something in your situation has changed.',
    ['ina-214b']),
  f.inadmissibilityGrounds.length > 0 && step('ask-about-waiver',
    'Ask an immigration attorney whether a nonimmigrant waiver (INA 212(d)(3)(A)) can be requested. The consulate recommends it and DHS decides; CEAC keeps showing Refused while it is pending.',
    ['ina-212a']),
  f.grounds.includes('212f') && step('check-proclamation',
    'Check whether the proclamation still applies to you and whether an exception covers your case (for example a national-interest exception); ask an attorney before reapplying.',
    ['ina-212f']),
);

function stepsR5(f: Facts, ctx: NextStepContext): NextStep[] {
  const due = ctx.due('documents_due');
  const items = f.documentRequests.map((r) => REQUEST_LABELS[r]);
  return stepsWhere(
    step('send-requested',
      `Send ${listInWords(items)} exactly as the letter says${due ? `, before ${formatDate(due)}` : ', as soon as you can'}. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).`,
      ['ina-221g', '9fam-306-2', 'usvisa-221g-year'], due),
    f.documentRequests.includes('ds5535') && step('ds5535-complete',
      'Fill in every part of Form DS-5535 completely and consistently with your DS-160 (travel, addresses, jobs, social media handles); gaps lead to more questions.',
      ['ina-221g']),
    f.documentRequests.includes('social_media_public') && step('keep-profiles-public',
      'Set every social media profile you listed on the DS-160 to public, and keep them public until the visa is in your passport.',
      ['dos-h1b-online-presence']),
    step('record-response',
      'When you have sent everything, enter the date here: it starts the processing dates.',
      ['9fam-306-2']),
  );
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
          'When the passport comes back, check the visa: your name, the visa class, the petition number and the end date should match your petition. Report any mistake to the post at once.',
          ['ceac-issued']),
      ];
    },
  },
  {
    id: 'R1b',
    reads: ['ceacHistory'],
    condition: 'CEAC shows "Approved".',
    verdict: 'visa_approved',
    when: (f) => f.latest?.status === 'Approved',
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
    condition: 'The letter names 214(b), a 212(a) ground or 212(f).',
    verdict: 'final_refusal',
    when: (f) => f.finalGrounds.length > 0,
    confidence: (f) => (f.onlyExempt214b ? 'medium' : 'high'),
    reason: reasonR2,
    sources: (f) => [
      ...(f.grounds.includes('214b') ? ['ina-214b'] : []),
      ...(f.inadmissibilityGrounds.length > 0 ? ['ina-212a'] : []),
      ...(f.grounds.includes('212f') ? ['ina-212f'] : []),
      '9fam-403-10',
    ],
    nextSteps: stepsR2,
  },
  {
    id: 'R3',
    reads: ['petition.status'],
    condition: 'USCIS has revoked the petition.',
    verdict: 'final_refusal',
    when: (f) => f.caseFile.petition.status === 'revoked',
    confidence: () => 'high',
    reason: () => 'USCIS has revoked the petition approval, and a visa cannot be issued without an approved petition.',
    sources: () => ['petition-return'],
    nextSteps: () => [
      step('new-petition',
        `Ask the employer\u2019s attorney about filing a new petition: a revoked approval cannot support a visa. A new H-1B petition for someone abroad may bring the ${NEW_H1B_PETITION_PAYMENT} payment; ask about it.`,
        ['petition-return', 'i797-validity']),
    ],
  },
  {
    id: 'R4',
    reads: ['refusal.requests', 'refusal.refusedOn', 'application.date', 'refusal.respondedOn'],
    condition: `The letter asked for documents more than ${DOCUMENTS_WINDOW.indefinite} ago and they were not sent within ${DOCUMENTS_WINDOW.definite}.`,
    verdict: 'final_refusal',
    when: (f) =>
      f.documentRequests.length > 0
      && f.dueDate !== undefined
      && f.asOf > f.dueDate
      && (f.respondedOn === undefined || f.respondedOn > f.dueDate),
    confidence: () => 'medium',
    reason: (f) =>
      `The letter of ${formatDate(f.clockStart!)} asked for ${requestWords(f)}. The ${DOCUMENTS_WINDOW.count} that posts allow for sending it ended on ${formatDate(f.dueDate!)}`
      + (f.respondedOn ? `, and it was sent on ${formatDate(f.respondedOn)}, after that.` : ', and nothing was sent by then.')
      + ' Posts treat such an application as closed: a new application and fee are needed. This is the posts\u2019 stated practice, not a published regulation.',
    sources: () => ['usvisa-221g-year', 'ina-221g'],
    milestones: ['documents_due'],
    nextSteps: () => [
      step('new-application-after-year',
        `The ${DOCUMENTS_WINDOW.count} to send what was asked has passed, so posts treat this application as closed. To go on, fill in a new DS-160, pay a new fee and book a new appointment, with the requested items ready.`,
        ['usvisa-221g-year']),
      step('check-with-post',
        `If you did send the items within ${DOCUMENTS_WINDOW.definite}, enter the date you sent them here, and keep your proof of delivery: it changes this answer.`,
        ['usvisa-221g-year']),
    ],
  },
  {
    id: 'R5',
    reads: ['refusal.requests', 'refusal.respondedOn', 'refusal.refusedOn', 'application.date'],
    condition: 'The letter asked for documents, DS-5535 or public social media, and they have not been sent.',
    verdict: 'temporary_refusal',
    when: (f) => f.outstanding,
    confidence: (f) => (f.clockStart ? 'high' : 'medium'),
    reason: (f) =>
      `The letter asked for ${requestWords(f)}, and nothing shows it has been sent yet. This is a 221(g) refusal that you can overcome by sending what was asked`
      + (f.dueDate
        ? `; posts allow ${DOCUMENTS_WINDOW.count}, until ${formatDate(f.dueDate)}.`
        : `. The refusal date is not known, so the ${DOCUMENTS_WINDOW.adjective} deadline cannot be worked out.`),
    sources: (f) => [
      'ina-221g', '9fam-306-2', 'usvisa-221g-year',
      ...(f.documentRequests.includes('social_media_public') ? ['dos-h1b-online-presence'] : []),
    ],
    milestones: ['documents_due'],
    nextSteps: stepsR5,
  },
  {
    id: 'R6',
    reads: ['petition.status'],
    condition: 'The petition was sent back to USCIS, or USCIS has proposed to revoke it.',
    verdict: 'temporary_refusal',
    when: (f) => f.caseFile.petition.status === 'returned_to_uscis' || noir(f),
    confidence: () => 'medium',
    reason: (f) =>
      noir(f)
        ? 'USCIS has sent a Notice of Intent to Revoke the petition. The visa cannot go ahead unless the petition survives; the employer can answer the notice before its deadline.'
        : 'The consulate sent the petition back to USCIS for review. USCIS may reaffirm it, propose to revoke it, or revoke it, which often takes six months or more.',
    sources: () => ['petition-return'],
    nextSteps: (f) => [
      noir(f)
        ? step('answer-noir',
          'Ask the employer\u2019s attorney to answer the Notice of Intent to Revoke before its deadline, or to consider a new petition instead.',
          ['petition-return'])
        : step('ask-about-petition',
          'Ask the employer\u2019s attorney whether to wait for USCIS to review the returned petition (often six months or more) or to file a new petition.',
          ['petition-return']),
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
    id: 'R8',
    reads: ['refusal.grounds'],
    condition: 'The letter names 221(g).',
    verdict: 'administrative_processing',
    when: (f) => f.grounds.includes('221g'),
    confidence: () => 'high',
    reason: (f) =>
      'The letter names section 221(g), and from the facts given nothing is waiting on you, so the case is in administrative processing: a refusal for now, which is overcome when processing finishes.'
      + (f.showsRefused ? ' Since March 2020 such cases show "Refused" on CEAC.' : ''),
    sources: (f) => ['ina-221g', '9fam-306-2', 'dos-ap-page', ...(f.showsRefused ? ['dos-ceac-2020'] : [])],
    explainsRefusedLabel: true,
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
    id: 'R10',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid', 'application.passport'],
    condition: 'CEAC shows Refused, no section is known, and the officer said approved or 221(g), or kept the passport.',
    verdict: 'administrative_processing',
    when: (f) =>
      f.showsRefused && f.noKnownGround
      && (['approved', '221g'].includes(f.caseFile.application.officerSaid ?? '') || f.caseFile.application.passport === 'kept'),
    confidence: () => 'medium',
    reason: (f) => {
      const a = f.caseFile.application;
      const why: string[] = [];
      if (a.officerSaid === 'approved') why.push('the officer said the visa was approved');
      if (a.officerSaid === '221g') why.push('the officer said 221(g)');
      if (a.passport === 'kept') why.push('the officer kept your passport');
      return `CEAC shows Refused and the section on the letter is not known, but ${listInWords(why)}. Since March 2020 cases held for administrative processing also show Refused, so this is most likely administrative processing.`;
    },
    sources: () => ['dos-ceac-2020', 'ina-221g'],
    asksForSection: true,
    explainsRefusedLabel: true,
  },
  {
    id: 'R11',
    reads: ['ceacHistory', 'refusal.grounds', 'application.officerSaid', 'application.passport'],
    condition: 'CEAC shows Refused, no section is known, the officer said refused and returned the passport.',
    verdict: 'final_refusal',
    when: (f) =>
      f.showsRefused && f.noKnownGround
      && f.caseFile.application.officerSaid === 'refused' && f.caseFile.application.passport === 'returned',
    confidence: () => 'low',
    reason: () =>
      'CEAC shows Refused, the section on the letter is not known, and the officer said the visa was refused and gave your passport back. That often means a final refusal, but only the section named on the letter settles it.',
    sources: () => ['9fam-403-10', 'dos-ceac-2020'],
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
  },
];
