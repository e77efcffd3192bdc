/**
 * The classification policy of shared/spec/case-file.md, one record per row, in the order they are
 * tried. The first rule whose `when` holds decides the verdict; its reason is `reasons[0]`.
 */
import { formatDate } from './dates';
import { WAITING_STATUSES, type Facts } from './facts';
import { GROUND_SHORT, listInWords, REQUEST_LABELS } from './labels';
import type { Confidence, Verdict, VisaClass } from './types';

export interface PolicyRule {
  id: string;
  /** The case-file facts the rule reads. */
  reads: string[];
  /** The condition, in plain words (shown in the trace when the rule does not apply). */
  condition: string;
  verdict: Verdict;
  when(f: Facts): boolean;
  confidence(f: Facts): Confidence;
  /** Why it applies, naming the facts it used. */
  reason(f: Facts): string;
  sources(f: Facts): string[];
}

/** Classes the statute exempts from the 214(b) presumption (L-2 by inference). */
export const EXEMPT_214B: readonly VisaClass[] = ['H-1B', 'L-1A', 'L-1B', 'L-2'];

const seen = (f: Facts): string => (f.latest ? ` (seen on ${formatDate(f.latest.seenOn)})` : '');
const isFinal212 = (g: string): boolean => g.startsWith('212a');
const requestWords = (f: Facts): string => listInWords(f.documentRequests.map((r) => REQUEST_LABELS[r]));

function only214b(f: Facts): boolean {
  return f.finalGrounds.length === 1 && f.finalGrounds[0] === '214b';
}

function reasonR2(f: Facts): string {
  const parts: string[] = [];
  const cls = f.caseFile.visaClass;
  if (f.grounds.includes('214b')) {
    if (only214b(f) && EXEMPT_214B.includes(cls)) {
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
  const g212 = f.finalGrounds.filter(isFinal212);
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
  },
  {
    id: 'R2',
    reads: ['refusal.grounds', 'visaClass'],
    condition: 'The letter names 214(b), a 212(a) ground or 212(f).',
    verdict: 'final_refusal',
    when: (f) => f.finalGrounds.length > 0,
    confidence: (f) => (only214b(f) && EXEMPT_214B.includes(f.caseFile.visaClass) ? 'medium' : 'high'),
    reason: reasonR2,
    sources: (f) => [
      ...(f.grounds.includes('214b') ? ['ina-214b'] : []),
      ...(f.finalGrounds.some(isFinal212) ? ['ina-212a'] : []),
      ...(f.grounds.includes('212f') ? ['ina-212f'] : []),
      '9fam-403-10',
    ],
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
  },
  {
    id: 'R4',
    reads: ['refusal.requests', 'refusal.refusedOn', 'application.date', 'refusal.respondedOn'],
    condition: 'The letter asked for documents more than a year ago and they were not sent within the year.',
    verdict: 'final_refusal',
    when: (f) =>
      f.documentRequests.length > 0
      && f.dueDate !== undefined
      && f.asOf > f.dueDate
      && (f.respondedOn === undefined || f.respondedOn > f.dueDate),
    confidence: () => 'medium',
    reason: (f) =>
      `The letter of ${formatDate(f.clockStart!)} asked for ${requestWords(f)}. The one year that posts allow for sending it ended on ${formatDate(f.dueDate!)}`
      + (f.respondedOn ? `, and it was sent on ${formatDate(f.respondedOn)}, after that.` : ', and nothing was sent by then.')
      + ' Posts treat such an application as closed: a new application and fee are needed. This is the posts\u2019 stated practice, not a published regulation.',
    sources: () => ['usvisa-221g-year', 'ina-221g'],
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
        ? `; posts allow one year, until ${formatDate(f.dueDate)}.`
        : '. The refusal date is not known, so the one-year deadline cannot be worked out.'),
    sources: (f) => [
      'ina-221g', '9fam-306-2', 'usvisa-221g-year',
      ...(f.documentRequests.includes('social_media_public') ? ['dos-h1b-online-presence'] : []),
    ],
  },
  {
    id: 'R6',
    reads: ['petition.status'],
    condition: 'The petition was sent back to USCIS, or USCIS has proposed to revoke it.',
    verdict: 'temporary_refusal',
    when: (f) => f.caseFile.petition.status === 'returned_to_uscis' || f.caseFile.petition.status === 'noir',
    confidence: () => 'medium',
    reason: (f) =>
      f.caseFile.petition.status === 'noir'
        ? 'USCIS has sent a Notice of Intent to Revoke the petition. The visa cannot go ahead unless the petition survives; the employer can answer the notice before its deadline.'
        : 'The consulate sent the petition back to USCIS for review. USCIS may reaffirm it, propose to revoke it, or revoke it, which often takes six months or more.',
    sources: () => ['petition-return'],
  },
  {
    id: 'R7',
    reads: ['refusal.requests', 'application.kind', 'ceacHistory', 'refusal.grounds'],
    condition: 'The letter asks for an in-person interview, or an interview-waiver case shows Refused with no section named.',
    verdict: 'temporary_refusal',
    when: (f) =>
      f.requests.includes('in_person_interview')
      || (f.caseFile.application.kind === 'interview_waiver' && f.showsRefused && f.noKnownGround),
    confidence: () => 'medium',
    reason: (f) =>
      f.requests.includes('in_person_interview')
        ? 'The letter asks you to come for an in-person interview. The case stays refused under 221(g) until then.'
        : 'You applied without an interview (interview waiver), and CEAC shows Refused with no section known. Practitioners report that this usually means an in-person interview is needed; this comes from reports, not from a State statement.',
    sources: (f) => (f.requests.includes('in_person_interview') ? ['ina-221g', 'dropbox-refused'] : ['dropbox-refused', 'dos-ceac-2020']),
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
