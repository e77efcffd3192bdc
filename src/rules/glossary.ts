/**
 * What each status on the CEAC page usually means, for nonimmigrant (NIV) and immigrant (IV) cases,
 * and what it does not mean. Plain words, our own.
 */
import { PASSPORT_WAIT_WORKING_DAYS } from './parameters';
import type { CeacStatus } from './types';

export interface GlossaryEntry {
  status: CeacStatus;
  means: string;
  doesNotMean: string;
  sources: string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    status: 'Application Receipt Pending',
    means: 'Your DS-160 was submitted but the post has not yet entered it into its system. At some posts it stays like this until the interview or document drop-off.',
    doesNotMean: 'It does not mean anything is wrong with the application.',
    sources: ['ceac-status-page'],
  },
  {
    status: 'Application Received',
    means: 'The case is open at the post: waiting for the interview or drop-off, or for documents. After an interview it can take a couple of working days to change.',
    doesNotMean: 'It is not a decision, good or bad.',
    sources: ['ceac-status-page'],
  },
  {
    status: 'No Status',
    means: 'CEAC has nothing to show for this case yet. It can appear for some days after documents are handed in.',
    doesNotMean: 'It does not mean the case was lost or closed.',
    sources: ['ceac-status-page'],
  },
  {
    status: 'Ready',
    means: 'The post has the case and it is ready for the interview or the next step.',
    doesNotMean: 'It is not a decision.',
    sources: ['ceac-status-page'],
  },
  {
    status: 'Administrative Processing',
    means: 'The case needs more checks or information before a decision. Legally this is a refusal under 221(g) that can be overcome. Since March 2020 most such cases show "Refused" instead, but this status still appears at times.',
    doesNotMean: 'It does not mean the visa was denied for good, and it has no fixed length.',
    sources: ['dos-ap-page', 'dos-ceac-2020', 'ina-221g'],
  },
  {
    status: 'Refused',
    means: 'A consular officer has refused the visa for now, under some section of the law. Since 3 March 2020 this also covers cases held under 221(g) for documents or administrative processing, which can still be approved later. The refusal letter names the section.',
    doesNotMean: '"Refused" alone does not tell whether the refusal is final: the section on the letter does (221(g) can be overcome; 214(b) and most 212(a) grounds end the application, and for immigrant visas 212(a)(4) can often be overcome).',
    sources: ['dos-ceac-2020', '9fam-403-10', 'ina-221g'],
  },
  {
    status: 'Approved',
    means: 'The officer has decided to issue the visa, but it has not been printed yet. Cases in this status are rarely pulled back.',
    doesNotMean: 'It does not yet mean the visa is in your passport.',
    sources: ['ceac-issued'],
  },
  {
    status: 'Issued',
    means: `The visa is being printed or has been printed. If the passport has not come back within ${PASSPORT_WAIT_WORKING_DAYS} working days, contact the post.`,
    doesNotMean: 'It does not guarantee admission at the border: that is decided on arrival.',
    sources: ['ceac-issued'],
  },
  {
    status: 'Transfer in Progress',
    means: 'The case is being moved to another post.',
    doesNotMean: 'It is not a decision.',
    sources: ['ceac-status-page'],
  },
  {
    status: 'At NVC',
    means: 'Immigrant and fiancé(e) cases: the case is at the National Visa Center, before it goes to the post or after it came back from it. After a refusal it can mean the petition is on its way back to USCIS.',
    doesNotMean: 'It is not a decision on the visa.',
    sources: ['ceac-status-page', 'nvc-inquiry'],
  },
  {
    status: 'In Transit',
    means: 'Immigrant and fiancé(e) cases: the case is being sent between the National Visa Center and the post.',
    doesNotMean: 'It is not a decision.',
    sources: ['ceac-status-page'],
  },
];
