/**
 * What each status on the CEAC page usually means, for nonimmigrant (NIV) and immigrant (IV) cases,
 * and what it does not mean. Plain words, our own.
 */
import { englishText, msg, type Msg } from './message';
import { PASSPORT_WAIT_WORKING_DAYS } from './parameters';
import type { CeacStatus } from './types';

/**
 * A status's entry. The status is the name CEAC shows (English in every language); what it means and
 * does not mean are messages (./message.ts), and `means` and `doesNotMean` are their English.
 */
export interface GlossaryEntry {
  status: CeacStatus;
  means: string;
  doesNotMean: string;
  meansMessage: Msg;
  doesNotMeanMessage: Msg;
  sources: string[];
}

const entry = (status: CeacStatus, meansMessage: Msg, doesNotMeanMessage: Msg, sources: string[]): GlossaryEntry => ({
  status,
  means: englishText(meansMessage),
  doesNotMean: englishText(doesNotMeanMessage),
  meansMessage,
  doesNotMeanMessage,
  sources,
});

export const GLOSSARY: readonly GlossaryEntry[] = [
  entry(
    'Application Receipt Pending',
    msg(/*i18n*/ {
      id: 'rules.glossary.applicationReceiptPending.means',
      message: 'Your DS-160 was submitted but the post has not yet entered it into its system. At some posts it stays like this until the interview or document drop-off.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.applicationReceiptPending.doesNotMean', message: 'It does not mean anything is wrong with the application.' }),
    ['ceac-status-page'],
  ),
  entry(
    'Application Received',
    msg(/*i18n*/ {
      id: 'rules.glossary.applicationReceived.means',
      message: 'The case is open at the post: waiting for the interview or drop-off, or for documents. After an interview it can take a couple of working days to change.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.applicationReceived.doesNotMean', message: 'It is not a decision, good or bad.' }),
    ['ceac-status-page'],
  ),
  entry(
    'No Status',
    msg(/*i18n*/ {
      id: 'rules.glossary.noStatus.means',
      message: 'CEAC has nothing to show for this case yet. It can appear for some days after documents are handed in.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.noStatus.doesNotMean', message: 'It does not mean the case was lost or closed.' }),
    ['ceac-status-page'],
  ),
  entry(
    'Ready',
    msg(/*i18n*/ {
      id: 'rules.glossary.ready.means',
      message: 'The post has the case and it is ready for the interview or the next step.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.ready.doesNotMean', message: 'It is not a decision.' }),
    ['ceac-status-page'],
  ),
  entry(
    'Administrative Processing',
    msg(/*i18n*/ {
      id: 'rules.glossary.administrativeProcessing.means',
      message: 'The case needs more checks or information before a decision. Legally this is a refusal under 221(g) that can be overcome. Since March 2020 most such cases show "Refused" instead, but this status still appears at times.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.administrativeProcessing.doesNotMean', message: 'It does not mean the visa was denied for good, and it has no fixed length.' }),
    ['dos-ap-page', 'dos-ceac-2020', 'ina-221g'],
  ),
  entry(
    'Refused',
    msg(/*i18n*/ {
      id: 'rules.glossary.refused.means',
      message: 'A consular officer has refused the visa for now, under some section of the law. Since 3 March 2020 this also covers cases held under 221(g) for documents or administrative processing, which can still be approved later. The refusal letter names the section.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.refused.doesNotMean', message: '"Refused" alone does not tell whether the refusal is final: the section on the letter does (221(g) can be overcome; 214(b) and most 212(a) grounds end the application, and for immigrant visas 212(a)(4) can often be overcome).' }),
    ['dos-ceac-2020', '9fam-403-10', 'ina-221g'],
  ),
  entry(
    'Approved',
    msg(/*i18n*/ {
      id: 'rules.glossary.approved.means',
      message: 'The officer has decided to issue the visa, but it has not been printed yet. Cases in this status are rarely pulled back.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.approved.doesNotMean', message: 'It does not yet mean the visa is in your passport.' }),
    ['ceac-issued'],
  ),
  entry(
    'Issued',
    msg(/*i18n*/ {
      id: 'rules.glossary.issued.means',
      message: 'The visa is being printed or has been printed. If the passport has not come back within {days} working days, contact the post.',
    }, { days: PASSPORT_WAIT_WORKING_DAYS }),
    msg(/*i18n*/ { id: 'rules.glossary.issued.doesNotMean', message: 'It does not guarantee admission at the border: that is decided on arrival.' }),
    ['ceac-issued'],
  ),
  entry(
    'Transfer in Progress',
    msg(/*i18n*/ {
      id: 'rules.glossary.transferInProgress.means',
      message: 'The case is being moved to another post.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.transferInProgress.doesNotMean', message: 'It is not a decision.' }),
    ['ceac-status-page'],
  ),
  entry(
    'At NVC',
    msg(/*i18n*/ {
      id: 'rules.glossary.atNvc.means',
      message: 'Immigrant and fiancé(e) cases: the case is at the National Visa Center, before it goes to the post or after it came back from it. After a refusal it can mean the petition is on its way back to USCIS.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.atNvc.doesNotMean', message: 'It is not a decision on the visa.' }),
    ['ceac-status-page', 'nvc-inquiry'],
  ),
  entry(
    'In Transit',
    msg(/*i18n*/ {
      id: 'rules.glossary.inTransit.means',
      message: 'Immigrant and fiancé(e) cases: the case is being sent between the National Visa Center and the post.',
    }),
    msg(/*i18n*/ { id: 'rules.glossary.inTransit.doesNotMean', message: 'It is not a decision.' }),
    ['ceac-status-page'],
  ),
];
