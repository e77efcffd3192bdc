/**
 * `assess(caseFile, asOf)`: the verdict, why, what is missing, the dates, and what to do next.
 * Pure: it reads only its arguments (never the clock), and never throws for a parsed case file.
 */
import { addDays, addWorkingDays, daysBetween, formatDate, laterOf } from './dates';
import { deriveFacts, type Facts } from './facts';
import { listInWords, REQUEST_LABELS } from './labels';
import { EXEMPT_214B, POLICY, type PolicyRule } from './policy';
import type { Assessment, CaseFile, ISODate, Milestone, NextStep, Reason, TraceEntry } from './types';

/** Days used for the administrative-processing milestones (version 1 of the policy). */
export const AP_TYPICAL_DAYS = 60;
export const INQUIRY_AFTER_DAYS = 180;

export function assess(caseFile: CaseFile, asOf: ISODate): Assessment {
  const f = deriveFacts(caseFile, asOf);
  const matches = POLICY.map((rule) => ({ rule, matched: rule.when(f) }));
  const decided = (matches.find((m) => m.matched) ?? matches[matches.length - 1]!).rule;

  const trace: TraceEntry[] = matches.map(({ rule, matched }) => ({
    rule: rule.id,
    matched,
    decided: rule === decided,
    reads: rule.reads,
    because: !matched
      ? `Not applied: it applies when ${lowerFirst(rule.condition)}`
      : rule === decided
        ? rule.reason(f)
        : `Also matches, but ${decided.id} comes first in the policy. (${rule.condition})`,
  }));

  const verdict = decided.verdict;
  const milestones = buildMilestones(f, decided);
  return {
    verdict,
    confidence: decided.confidence(f),
    reasons: [{ rule: decided.id, text: decided.reason(f), sources: decided.sources(f) }, ...extraReasons(f, decided)],
    missing: buildMissing(f, decided),
    milestones,
    nextSteps: buildNextSteps(f, decided, milestones),
    counters: buildCounters(f),
    warnings: f.warnings,
    trace,
    latestStatus: f.latest?.status,
  };
}

const lowerFirst = (s: string): string => (s.startsWith('CEAC') || s.startsWith('USCIS') ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** The base date of the administrative-processing clock: the later of interview and response. */
function apBase(f: Facts): ISODate | undefined {
  const a = f.applicationDate;
  const r = f.respondedOn;
  if (a && r) return laterOf(a, r);
  return a ?? r;
}

function buildMilestones(f: Facts, rule: PolicyRule): Milestone[] {
  const out: Array<Omit<Milestone, 'passed'>> = [];
  if ((rule.id === 'R4' || rule.id === 'R5') && f.dueDate) out.push({ kind: 'documents_due', date: f.dueDate });
  if (rule.verdict === 'administrative_processing') {
    const base = apBase(f);
    const typical = base && addDays(base, AP_TYPICAL_DAYS);
    const inquiry = base && addDays(base, INQUIRY_AFTER_DAYS);
    if (typical) out.push({ kind: 'ap_typical', date: typical });
    if (inquiry) out.push({ kind: 'inquiry_after', date: inquiry });
  }
  const validUntil = f.caseFile.petition.validUntil;
  if (validUntil && rule.verdict !== 'visa_approved') out.push({ kind: 'petition_expires', date: validUntil });
  return out
    .map((m) => ({ ...m, passed: m.date <= f.asOf }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function buildMissing(f: Facts, rule: PolicyRule): Assessment['missing'] {
  const missing: Assessment['missing'] = [];
  const cf = f.caseFile;
  const unknownSection = ['R10', 'R11', 'R10b', 'R12'].includes(rule.id);
  if (unknownSection) {
    missing.push({
      field: 'refusal.grounds',
      why: 'The section named on the refusal letter (221(g), 214(b), 212(a) and so on) is what decides whether the refusal is final.',
    });
  }
  if (!f.applicationDate) {
    if (rule.verdict === 'administrative_processing') {
      missing.push({ field: 'application.date', why: 'The interview date starts the 60- and 180-day processing dates.' });
    } else if ((rule.id === 'R4' || rule.id === 'R5') && !f.clockStart) {
      missing.push({ field: 'application.date', why: 'The interview or refusal date starts the one-year deadline for sending what was asked.' });
    }
  }
  if (f.requests.length > 0 && !f.respondedOn) {
    missing.push({
      field: 'refusal.respondedOn',
      why: 'The day you sent what was asked stops the one-year deadline and starts the processing dates.',
    });
  }
  if (unknownSection && !cf.application.officerSaid) {
    missing.push({ field: 'application.officerSaid', why: 'What the officer said at the interview helps tell administrative processing from a final refusal.' });
  }
  if (unknownSection && !cf.application.passport) {
    missing.push({ field: 'application.passport', why: 'An officer who keeps the passport usually expects to issue the visa.' });
  }
  if (f.history.length === 0) {
    missing.push({ field: 'ceacHistory', why: 'The status on the CEAC page is the starting point of every answer.' });
  }
  if (cf.petition.status === 'unknown' && (rule.verdict === 'administrative_processing' || rule.verdict === 'temporary_refusal')) {
    missing.push({ field: 'petition.status', why: 'A petition sent back to USCIS, or a notice of intent to revoke, changes what happens next.' });
  }
  return missing;
}

function buildCounters(f: Facts): Assessment['counters'] {
  const counters: Assessment['counters'] = {};
  const put = (key: keyof Assessment['counters'], from: ISODate | undefined) => {
    if (!from) return;
    const n = daysBetween(from, f.asOf);
    if (n !== undefined && n >= 0) counters[key] = n;
  };
  put('daysSinceApplication', f.applicationDate);
  put('daysSinceResponse', f.respondedOn);
  const latest = f.latest;
  if (latest) {
    let i = f.history.length - 1;
    while (i > 0 && f.history[i - 1]!.status === latest.status) i -= 1;
    const first = f.history[i]!;
    put('daysSinceLastChange', first.lastUpdated ?? first.seenOn);
  }
  return counters;
}

/** Reasons after the deciding one: context that changes how to read the verdict. */
function extraReasons(f: Facts, rule: PolicyRule): Reason[] {
  const out: Reason[] = [];
  const explainsRefused = ['R8', 'R10', 'R10b', 'R12', 'R7'].includes(rule.id);
  if (f.latest?.status === 'Refused' && !explainsRefused && rule.verdict !== 'final_refusal') {
    out.push({
      rule: 'refused-label',
      text: 'CEAC shows Refused: since 3 March 2020 that label also covers cases held under 221(g), which can still be approved, so the label alone does not mean denied.',
      sources: ['dos-ceac-2020', 'ina-221g'],
    });
  }
  const slip = f.caseFile.refusal?.slipColor;
  if (slip) {
    out.push({
      rule: 'slip-colour',
      text: `The slip was ${slip === 'other' ? 'another colour' : slip}. Slip colours are only a hint: they vary by post and have no official meaning. The section named on the letter is what counts.`,
      sources: ['9fam-403-10'],
    });
  }
  const validUntil = f.caseFile.petition.validUntil;
  if (validUntil && rule.verdict !== 'visa_approved' && rule.verdict !== 'final_refusal') {
    const base = apBase(f);
    const inquiry = base ? addDays(base, INQUIRY_AFTER_DAYS) : undefined;
    if (validUntil <= f.asOf) {
      out.push({
        rule: 'petition-ended',
        text: `The petition's end date (${formatDate(validUntil)}) has passed. A visa cannot be issued on an expired petition, so the employer may need a new approval. This is an inference, not a stated State rule: ask the employer's attorney.`,
        sources: ['i797-validity'],
      });
    } else if (inquiry && validUntil <= inquiry) {
      out.push({
        rule: 'petition-ends-soon',
        text: `The petition ends on ${formatDate(validUntil)}, before the usual 180-day wait is over. If processing runs past that date, the employer may need a new approval: ask the employer's attorney.`,
        sources: ['i797-validity'],
      });
    }
  }
  if (f.caseFile.application.kind === 'interview_waiver' && rule.id !== 'R7' && f.showsRefused) {
    out.push({
      rule: 'dropbox-context',
      text: 'Since 2 September 2025 almost all H, L and O renewals need an in-person interview, so an interview-waiver case may be asked to come in.',
      sources: ['dropbox-refused'],
    });
  }
  return out;
}

function step(id: string, text: string, sources: string[], due?: ISODate): NextStep {
  return due ? { id, text, due, sources } : { id, text, sources };
}

function buildNextSteps(f: Facts, rule: PolicyRule, milestones: Milestone[]): NextStep[] {
  const steps: NextStep[] = [];
  const cf = f.caseFile;
  const due = (kind: Milestone['kind']) => milestones.find((m) => m.kind === kind)?.date;

  switch (rule.id) {
    case 'R1': {
      const from = f.latest ? f.latest.lastUpdated ?? f.latest.seenOn : undefined;
      const by = from ? addWorkingDays(from, 10) : undefined;
      steps.push(step('wait-for-passport',
        `Wait for your passport with the visa. If it is not back within 10 working days${by ? ` (about ${formatDate(by)})` : ''}, contact the post through its official contact page.`,
        ['ceac-issued'], by));
      steps.push(step('check-visa',
        'When the passport comes back, check the visa: your name, the visa class, the petition number and the end date should match your petition. Report any mistake to the post at once.',
        ['ceac-issued']));
      break;
    }
    case 'R1b':
      steps.push(step('wait-for-issued',
        'Keep checking CEAC. "Approved" usually turns into "Issued" when the visa is printed. Do not make travel plans you cannot change until the visa is in your passport.',
        ['ceac-issued']));
      break;
    case 'R2':
      if (f.grounds.includes('214b')) {
        if (EXEMPT_214B.includes(cf.visaClass) && f.finalGrounds.length === 1) {
          steps.push(step('check-214b-letter',
            `Read the letter again and ask the employer's attorney: ${cf.visaClass} applicants are exempt from the 214(b) presumption, so a 214(b) refusal of this class may be a mistake worth raising with the post.`,
            ['ina-214b']));
        }
        steps.push(step('new-application',
          'A 214(b) refusal ends this application; there is no appeal. To try again, fill in a new DS-160, pay a new fee and book a new interview, ideally once something in your situation has changed.',
          ['ina-214b']));
      }
      if (f.finalGrounds.some((g) => g.startsWith('212a'))) {
        steps.push(step('ask-about-waiver',
          'Ask an immigration attorney whether a nonimmigrant waiver (INA 212(d)(3)(A)) can be requested. The consulate recommends it and DHS decides; CEAC keeps showing Refused while it is pending.',
          ['ina-212a']));
      }
      if (f.grounds.includes('212f')) {
        steps.push(step('check-proclamation',
          'Check whether the proclamation still applies to you and whether an exception covers your case (for example a national-interest exception); ask an attorney before reapplying.',
          ['ina-212f']));
      }
      break;
    case 'R3':
      steps.push(step('new-petition',
        'Ask the employer\u2019s attorney about filing a new petition: a revoked approval cannot support a visa. A new H-1B petition for someone abroad may bring the $100,000 payment; ask about it.',
        ['petition-return', 'i797-validity']));
      break;
    case 'R4':
      steps.push(step('new-application-after-year',
        'The one year to send what was asked has passed, so posts treat this application as closed. To go on, fill in a new DS-160, pay a new fee and book a new appointment, with the requested items ready.',
        ['usvisa-221g-year']));
      steps.push(step('check-with-post',
        'If you did send the items within the year, enter the date you sent them here, and keep your proof of delivery: it changes this answer.',
        ['usvisa-221g-year']));
      break;
    case 'R5': {
      const items = f.documentRequests.map((r) => REQUEST_LABELS[r]);
      steps.push(step('send-requested',
        `Send ${listInWords(items)} exactly as the letter says${due('documents_due') ? `, before ${formatDate(due('documents_due')!)}` : ', as soon as you can'}. Keep proof that you sent it (courier receipt, upload confirmation or a photo of the drop-off).`,
        ['ina-221g', '9fam-306-2', 'usvisa-221g-year'], due('documents_due')));
      if (f.documentRequests.includes('ds5535')) {
        steps.push(step('ds5535-complete',
          'Fill in every part of Form DS-5535 completely and consistently with your DS-160 (travel, addresses, jobs, social media handles); gaps lead to more questions.',
          ['ina-221g']));
      }
      if (f.documentRequests.includes('social_media_public')) {
        steps.push(step('keep-profiles-public',
          'Set every social media profile you listed on the DS-160 to public, and keep them public until the visa is in your passport.',
          ['dos-h1b-online-presence']));
      }
      steps.push(step('record-response',
        'When you have sent everything, enter the date here: it starts the processing dates.',
        ['9fam-306-2']));
      break;
    }
    case 'R6':
      steps.push(step(cf.petition.status === 'noir' ? 'answer-noir' : 'ask-about-petition',
        cf.petition.status === 'noir'
          ? 'Ask the employer\u2019s attorney to answer the Notice of Intent to Revoke before its deadline, or to consider a new petition instead.'
          : 'Ask the employer\u2019s attorney whether to wait for USCIS to review the returned petition (often six months or more) or to file a new petition.',
        ['petition-return']));
      break;
    case 'R7':
      steps.push(step('book-interview',
        'Book an in-person interview at the post as the letter or the post\u2019s instructions say, and bring the same documents as for the first application.',
        ['dropbox-refused']));
      break;
    case 'R11':
    case 'R12':
    case 'R10':
    case 'R10b':
      steps.push(step('read-letter',
        'Find the letter the officer gave you and enter the section it names (221(g), 214(b), 212(a) and so on): it decides whether the refusal is final.',
        ['9fam-403-10', 'dos-ceac-2020']));
      break;
    default:
      break;
  }

  if (rule.verdict === 'administrative_processing') {
    const inquiry = due('inquiry_after');
    steps.push(step('wait-for-processing',
      'Wait. Administrative processing has no fixed length, and no one can promise how long it will take. Check CEAC about once a week and add each status you see, with its "Case Last Updated" date.',
      ['dos-ap-page', 'post-ap-60d']));
    steps.push(step('inquire-after',
      inquiry
        ? `Do not contact the post before ${formatDate(inquiry)} (180 days) unless your travel is urgent, for example a medical or family emergency. Some posts give a shorter window on their own pages.`
        : 'Do not contact the post before 180 days have passed since the interview (or since you sent documents, if later) unless your travel is urgent. Some posts give a shorter window.',
      ['post-inquiry-180d'], inquiry));
    if (cf.application.passport === 'returned') {
      steps.push(step('passport-ready',
        'Keep your passport ready to send: posts that return it during processing ask for it back when the visa is ready.',
        ['9fam-306-2']));
    }
  }
  if (rule.verdict === 'no_decision_yet') {
    steps.push(step(f.latest ? 'check-again' : 'enter-status',
      f.latest
        ? 'Check CEAC again in a few days and add each new status you see.'
        : 'Look up your case on the CEAC status page and enter what it shows, with the day you saw it.',
      ['ceac-status-page']));
  }

  const validUntil = cf.petition.validUntil;
  if (validUntil && rule.verdict !== 'visa_approved' && rule.verdict !== 'final_refusal') {
    steps.push(step('watch-petition-end',
      `Your petition ends on ${formatDate(validUntil)}. If the case is still open close to that date, ask the employer\u2019s attorney about an extension or a new petition.`,
      ['i797-validity'], validUntil));
  }
  if (f.everRefused) {
    steps.push(step('disclose-refusal',
      'On every future DS-160 or ESTA form, answer "yes" to "Have you ever been refused a U.S. visa?", even if this visa is later issued, and explain briefly.',
      ['221g-disclose', '9fam-403-10']));
  }
  return steps;
}
