/**
 * Text as people paste it from the CEAC status page, with the expected parse.
 * Explanatory texts follow the CEAC status page (`ceac-status-page` and `dos-ceac-2020` in
 * src/rules/sources.ts; see docs/policy.md); the variants change the wording
 * slightly on purpose. All identifiers below are made up (application IDs, IV/NVC case numbers
 * such as MTR2026123456 and DV case numbers such as 2026AF00012345).
 */
import type { ParseCeacResult } from '../../src/intake';

export interface Fixture {
  name: string;
  text: string;
  /** The exact result for a success; for a failure, `ok: false` and a piece of the error. */
  expected: Extract<ParseCeacResult, { ok: true }> | { ok: false; errorIncludes: string };
  /** Strings that must never appear in the result. */
  identifiers?: string[];
}

// ---- Explanatory texts ----

export const REFUSED_LONG =
  'A U.S. consular officer has adjudicated and refused your visa application. Please follow any instructions ' +
  'provided by the consular officer. If you were informed by the consular officer that your case was refused ' +
  'for administrative processing, your case will remain refused while undergoing such processing. You will ' +
  'receive another adjudication once such processing is complete. Please see the webpage for the embassy or ' +
  'consulate where you submitted your application for more information.';

export const REFUSED_SHORT =
  'A U.S. consular officer has adjudicated and refused your visa application. Please see the letter you received at the interview.';

export const AP_TEXT =
  'Your visa case is currently undergoing necessary administrative processing. This processing can take several ' +
  'weeks. Please follow any instructions provided by the Consular officer at the time of your interview. If further ' +
  'information is needed, you will be contacted. If your visa application is approved, it will be processed and ' +
  'mailed/available within two business days.';

export const ISSUED_TEXT =
  'Your visa is in final processing. If you have not received it in more than 10 working days, please see the ' +
  'webpage for contact information of the embassy or consulate where you submitted your application.';

export const RECEIVED_TEXT =
  'Your case is open and ready for your interview, fingerprints, and required documents. If you have already had ' +
  'your interview, please check your status after two business days. If no interview was required, please check ' +
  'back in two business days.';

export const RECEIPT_PENDING_TEXT =
  'If you have submitted your online non-immigrant visa application (DS-160), it has not yet been processed into ' +
  'the visa system. At some locations, your application will remain in this status until you appear for an ' +
  'interview or until your application is ready for review.';

// ---- Page layouts ----

/** Desktop copy: "Label:<tab>value" on one line, headings and buttons around. */
function desktop(status: string, text: string, created: string, updated: string, id = 'AA00ABCDE1'): string {
  return [
    'Visa Application Type',
    'NONIMMIGRANT VISA (NIV)',
    `Application ID or Case Number:\t${id}`,
    `Case Created:\t${created}`,
    `Case Last Updated:\t${updated}`,
    status,
    text,
    'Print\tClose',
  ].join('\n');
}

/** Phone copy: every label and value on its own line, with blank lines between. */
function phone(status: string, text: string, created: string, updated: string, id = 'AA0012345X', eol = '\n'): string {
  return [
    'Nonimmigrant Visa (NIV)', '', '',
    'Application ID or Case Number:', '', id, '', '',
    'Case Created:', '', created, '', '',
    'Case Last Updated:', '', updated, '', '', '',
    status, '', '',
    text, '', '',
    'Print', '', 'Close', '',
  ].join(eol);
}

/**
 * Immigrant-visa page, desktop copy: the IV and DV lookups show "Immigrant Visa Application",
 * "Case Number", "Case Created" and "Case Last Updated" (research: domain.md section 1.2,
 * populations.md section 3). Only the status names and the Ready text of this page are known.
 */
function ivDesktop(status: string, text: string, created: string, updated: string, caseNo: string): string {
  return [
    'Visa Application Type',
    'IMMIGRANT VISA (IV)',
    'Immigrant Visa Application',
    `Case Number:\t${caseNo}`,
    `Case Created:\t${created}`,
    `Case Last Updated:\t${updated}`,
    status,
    text,
    'Print\tClose',
  ].join('\n');
}

/** Immigrant-visa page, phone copy: every label and value on its own line. */
function ivPhone(status: string, text: string, created: string, updated: string, caseNo: string): string {
  return [
    'Immigrant Visa Application', '', '',
    'Case Number', '', caseNo, '', '',
    'Case Created', '', created, '', '',
    'Case Last Updated', '', updated, '', '', '',
    status, '', '',
    text, '', '',
    'Print', '', 'Close', '',
  ].join('\n');
}

/** The IV Ready text (U.S. Embassy Mexico's copy of the CEAC page). */
export const IV_READY_TEXT = 'Your case is ready for your interview when scheduled at the U.S. Consular section.';

/** The DV sentence that copies of the IV Refused text add (uncertain; see populations.md section 3). */
export const DV_DEADLINE_TEXT =
  'Diversity visa selectees must receive their visa prior to September 30 of the program year, regardless of ' +
  'additional administrative processing.';

const ok = (
  status: Extract<ParseCeacResult, { ok: true }>['status'],
  rest: Partial<Extract<ParseCeacResult, { ok: true }>> = {},
): Extract<ParseCeacResult, { ok: true }> => ({ ok: true, status, droppedIdentifiers: false, ...rest });

const NBSP = '\u00A0';

export const FIXTURES: Fixture[] = [
  // ---- Refused, long (administrative-processing) wording ----
  {
    name: 'refused long, desktop',
    text: desktop('Refused', REFUSED_LONG, '30-Aug-2022', '31-Aug-2022'),
    expected: ok('Refused', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31', message: 'refused_ap_text', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'refused long, phone (CRLF, non-breaking spaces, blank lines)',
    text: phone(`Refused${NBSP}`, REFUSED_LONG.replace(/ /g, (_, i: number) => (i % 7 === 0 ? NBSP : ' ')), '15-May-2024', '28-May-2024', 'AA0012345X', '\r\n'),
    expected: ok('Refused', { caseCreated: '2024-05-15', lastUpdated: '2024-05-28', message: 'refused_ap_text', droppedIdentifiers: true }),
    identifiers: ['AA0012345X'],
  },
  {
    name: 'refused long, reworded (stays refused, adjudicated again)',
    text: desktop(
      'Refused',
      'A U.S. consular officer has adjudicated and refused your visa application. If the consular officer told you that ' +
        'your application was refused for administrative processing, it will stay refused while that processing takes ' +
        'place. Your case will be adjudicated again when the processing has been completed.',
      '02-Jan-2025',
      '10-Feb-2025',
    ),
    expected: ok('Refused', { caseCreated: '2025-01-02', lastUpdated: '2025-02-10', message: 'refused_ap_text', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'refused long, only the paragraph fragment (no headline)',
    text:
      'Case Last Updated: 05-Mar-2026\n' +
      'your case will remain refused while undergoing such processing. You will receive another adjudication once such processing is complete.',
    expected: ok('Refused', { lastUpdated: '2026-03-05', message: 'refused_ap_text' }),
  },
  {
    name: 'refused long, labelled "Status: REFUSED", new adjudication wording',
    text:
      'Status: REFUSED\nCase Created: 11-Nov-2025\nCase Last Updated: 20-Jan-2026\n' +
      'A consular officer refused your visa application. Where the refusal is for administrative processing, the case ' +
      'remains refused during that processing, and a new adjudication will follow once processing is complete.',
    expected: ok('Refused', { caseCreated: '2025-11-11', lastUpdated: '2026-01-20', message: 'refused_ap_text' }),
  },
  {
    name: 'refused long, hard-wrapped into short lines (email copy)',
    text:
      'Refused\n' +
      'A U.S. consular officer has adjudicated and refused your\nvisa application. Please follow any instructions provided\n' +
      'by the consular officer. If you were informed by the\nconsular officer that your case was refused for\n' +
      'administrative processing, your case will remain refused\nwhile undergoing such processing. You will receive\n' +
      'another adjudication once such processing is complete.\n',
    expected: ok('Refused', { message: 'refused_ap_text' }),
  },

  // ---- Refused, short (see the letter) wording ----
  {
    name: 'refused short, desktop with a case number',
    text: desktop('Refused', REFUSED_SHORT, '30-Aug-2022', '31-Aug-2022', 'MTR2026123456'),
    expected: ok('Refused', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31', message: 'refused_short', droppedIdentifiers: true }),
    identifiers: ['MTR2026123456'],
  },
  {
    name: 'refused short, phone',
    text: phone('Refused', REFUSED_SHORT, '01-Jul-2025', '03-Jul-2025'),
    expected: ok('Refused', { caseCreated: '2025-07-01', lastUpdated: '2025-07-03', message: 'refused_short', droppedIdentifiers: true }),
    identifiers: ['AA0012345X'],
  },
  {
    name: 'refused short, reworded (refer to the letter you were given)',
    text: 'Refused\n\nA U.S. consular officer has adjudicated and refused your visa application. Please refer to the letter you were given at your interview.',
    expected: ok('Refused', { message: 'refused_short' }),
  },
  {
    name: 'refused short, upper-case headline and dates, refusal letter wording',
    text:
      'REFUSED\nCase Created: 30-AUG-2022\nCase Last Updated: 31-AUG-2022\n' +
      'A consular officer refused your visa application. Please review the refusal letter provided at the interview.',
    expected: ok('Refused', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31', message: 'refused_short' }),
  },
  {
    name: 'refused short, one desktop line with tabs',
    text: `Case Created:\t30-Aug-2022\tCase Last Updated:\t31-Aug-2022\tRefused\t${REFUSED_SHORT}`,
    expected: ok('Refused', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31', message: 'refused_short' }),
  },
  {
    name: 'refused, no explanatory text',
    text: 'Case Created: 12-Dec-2023\nCase Last Updated: 14-Dec-2023\nRefused',
    expected: ok('Refused', { caseCreated: '2023-12-12', lastUpdated: '2023-12-14' }),
  },
  {
    name: 'refused, the word alone, lower-case',
    text: '  refused  ',
    expected: ok('Refused'),
  },

  // ---- Other statuses ----
  {
    name: 'administrative processing, desktop, old standard text (mentions "approved")',
    text: desktop('Administrative Processing', AP_TEXT, '15-May-2024', '28-May-2024'),
    expected: ok('Administrative Processing', { caseCreated: '2024-05-15', lastUpdated: '2024-05-28', message: 'standard', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'administrative processing, odd spacing (tabs, non-breaking spaces), no text',
    text: `\t\tAdministrative${NBSP}${NBSP} Processing\t\n\nCase Last Updated:${NBSP}28-May-2024`,
    expected: ok('Administrative Processing', { lastUpdated: '2024-05-28' }),
  },
  {
    name: 'issued, desktop with the standard text ("final processing")',
    text: desktop('Issued', ISSUED_TEXT, '30-Aug-2022', '19-Oct-2022'),
    expected: ok('Issued', { caseCreated: '2022-08-30', lastUpdated: '2022-10-19', message: 'standard', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'issued, phone, ISO dates',
    text: phone('Issued', ISSUED_TEXT, '2022-08-30', '2022-10-19'),
    expected: ok('Issued', { caseCreated: '2022-08-30', lastUpdated: '2022-10-19', message: 'standard', droppedIdentifiers: true }),
    identifiers: ['AA0012345X'],
  },
  {
    name: 'issued, only the explanatory text',
    text: ISSUED_TEXT,
    expected: ok('Issued', { message: 'standard' }),
  },
  {
    name: 'approved, desktop, no text',
    text: desktop('Approved', '', '03-Feb-2026', '09-Feb-2026'),
    expected: ok('Approved', { caseCreated: '2026-02-03', lastUpdated: '2026-02-09', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'approved, labelled status on one line',
    text: 'Case Created: 03-Feb-2026 Case Last Updated: 09-Feb-2026 Status: Approved',
    expected: ok('Approved', { caseCreated: '2026-02-03', lastUpdated: '2026-02-09' }),
  },
  {
    name: 'application received with its text ("ready for your interview")',
    text: desktop('Application Received', RECEIVED_TEXT, '15-May-2024', '15-May-2024'),
    expected: ok('Application Received', { caseCreated: '2024-05-15', lastUpdated: '2024-05-15', message: 'standard', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'application receipt pending with its text',
    text: phone('Application Receipt Pending', RECEIPT_PENDING_TEXT, '01-Apr-2026', '01-Apr-2026'),
    expected: ok('Application Receipt Pending', { caseCreated: '2026-04-01', lastUpdated: '2026-04-01', message: 'standard', droppedIdentifiers: true }),
    identifiers: ['AA0012345X'],
  },
  {
    name: 'ready, phone, no text',
    text: phone('Ready', '', '10-Jan-2026', '12-Jan-2026'),
    expected: ok('Ready', { caseCreated: '2026-01-10', lastUpdated: '2026-01-12', droppedIdentifiers: true }),
    identifiers: ['AA0012345X'],
  },
  {
    name: 'no status, desktop',
    text: desktop('No Status', '', '20-Mar-2026', '20-Mar-2026'),
    expected: ok('No Status', { caseCreated: '2026-03-20', lastUpdated: '2026-03-20', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },
  {
    name: 'transfer in progress, odd case',
    text: 'Case Created: 01-Jun-2025\nCase Last Updated: 02-Jun-2025\nTRANSFER IN PROGRESS',
    expected: ok('Transfer in Progress', { caseCreated: '2025-06-01', lastUpdated: '2025-06-02' }),
  },
  {
    name: 'administrative processing, only the old standard text',
    text: AP_TEXT,
    expected: ok('Administrative Processing', { message: 'standard' }),
  },
  {
    name: 'page heading "Visa Application Status", then "Current Status:" line',
    text: 'Visa Application Status\nNonimmigrant Visa (NIV)\nCurrent Status: Administrative Processing\nCase Last Updated: 28-May-2024',
    expected: ok('Administrative Processing', { lastUpdated: '2024-05-28' }),
  },
  {
    name: 'status label alone, value on the next line (phone)',
    text: 'Status\n\n\nIssued\n\nCase Last Updated\n\n19-Oct-2022',
    expected: ok('Issued', { lastUpdated: '2022-10-19' }),
  },
  {
    name: 'status named in a short sentence',
    text: 'my ceac status says refused since last week',
    expected: ok('Refused'),
  },

  // ---- Identifiers ----
  {
    name: 'passport, surname and given name on labelled lines (desktop)',
    text:
      'Application ID or Case Number: AA00ABCDE1\nPassport Number: K1234567\nSurname: QWERTYSON\nGiven Name: ZEBEDIAH\n' +
      `Case Created: 30-Aug-2022\nCase Last Updated: 31-Aug-2022\nRefused\n${REFUSED_LONG}`,
    expected: ok('Refused', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31', message: 'refused_ap_text', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1', 'K1234567', 'QWERTYSON', 'ZEBEDIAH'],
  },
  {
    name: 'passport and surname, phone layout (values on the next line)',
    text: 'Surname\n\nQWERTYSON\n\nPassport Number\n\nZ9876543\n\nAdministrative Processing\n\nCase Last Updated\n\n28-May-2024',
    expected: ok('Administrative Processing', { lastUpdated: '2024-05-28', droppedIdentifiers: true }),
    identifiers: ['QWERTYSON', 'Z9876543'],
  },
  {
    name: 'passport without a colon, name label, lower-case application ID',
    text: 'passport X7654321\nName: Zebediah Qwertyson\naa00xyz123\nIssued',
    expected: ok('Issued', { droppedIdentifiers: true }),
    identifiers: ['X7654321', 'Zebediah', 'Qwertyson', 'aa00xyz123'],
  },
  {
    name: 'identifiers in one desktop line between labels',
    text: 'Application ID or Case Number: AA00ABCDE1 Passport Number: K1234567 Surname: QWERTYSON Status: Ready',
    expected: ok('Ready', { droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1', 'K1234567', 'QWERTYSON'],
  },
  {
    name: 'table copied by columns (labels, then values)',
    text:
      'Application ID or Case Number:\tCase Created:\tCase Last Updated:\n' +
      'AA00ABCDE1\t30-Aug-2022\t31-Aug-2022\nRefused\n' + REFUSED_SHORT,
    expected: ok('Refused', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31', message: 'refused_short', droppedIdentifiers: true }),
    identifiers: ['AA00ABCDE1'],
  },

  // ---- Immigrant-visa (IV) and diversity-visa (DV) pages ----
  {
    name: 'IV page, desktop, At NVC, NVC case number dropped',
    text: ivDesktop('At NVC', '', '05-Mar-2025', '10-Jun-2025', 'MTR2026123456'),
    expected: ok('At NVC', { caseCreated: '2025-03-05', lastUpdated: '2025-06-10', droppedIdentifiers: true }),
    identifiers: ['MTR2026123456'],
  },
  {
    name: 'IV page, phone, Ready with the IV text',
    text: ivPhone('Ready', IV_READY_TEXT, '05-Mar-2025', '02-Sep-2025', 'CDJ2019712345'),
    expected: ok('Ready', { caseCreated: '2025-03-05', lastUpdated: '2025-09-02', message: 'standard', droppedIdentifiers: true }),
    identifiers: ['CDJ2019712345'],
  },
  {
    name: 'IV page, desktop, In Transit, lower-case case number',
    text: ivDesktop('In Transit', '', '2025-03-05', '2025-08-14', 'guz2025555001'),
    expected: ok('In Transit', { caseCreated: '2025-03-05', lastUpdated: '2025-08-14', droppedIdentifiers: true }),
    identifiers: ['guz2025555001'],
  },
  {
    name: 'IV page, desktop, Refused with the long wording',
    text: ivDesktop('Refused', REFUSED_LONG, '05-Mar-2025', '20-Nov-2025', 'GUZ2025555001'),
    expected: ok('Refused', { caseCreated: '2025-03-05', lastUpdated: '2025-11-20', message: 'refused_ap_text', droppedIdentifiers: true }),
    identifiers: ['GUZ2025555001'],
  },
  {
    name: 'IV page, phone, Transfer in Progress',
    text: ivPhone('Transfer in Progress', '', '05-Mar-2025', '01-Dec-2025', 'MTR2026123456'),
    expected: ok('Transfer in Progress', { caseCreated: '2025-03-05', lastUpdated: '2025-12-01', droppedIdentifiers: true }),
    identifiers: ['MTR2026123456'],
  },
  {
    name: 'IV case number unlabelled in a short line (7 and 12 digits)',
    text: 'ABC1234567\nold number XYZ123456789012\nStatus: Issued',
    expected: ok('Issued', { droppedIdentifiers: true }),
    identifiers: ['ABC1234567', 'XYZ123456789012'],
  },
  {
    name: 'IV status named in a short sentence with the case number',
    text: 'my case CDJ2019712345 is at NVC',
    expected: ok('At NVC', { droppedIdentifiers: true }),
    identifiers: ['CDJ2019712345'],
  },
  {
    name: 'IV status alone: At NVC',
    text: 'At NVC',
    expected: ok('At NVC'),
  },
  {
    name: 'IV status alone: In Transit, upper-case',
    text: 'IN TRANSIT',
    expected: ok('In Transit'),
  },
  {
    name: 'DV page, desktop, Refused with the long wording and the DV sentence',
    text: ivDesktop('Refused', `${REFUSED_LONG} ${DV_DEADLINE_TEXT}`, '01-Oct-2025', '12-Feb-2026', '2026AF00012345'),
    expected: ok('Refused', { caseCreated: '2025-10-01', lastUpdated: '2026-02-12', message: 'refused_ap_text', droppedIdentifiers: true }),
    identifiers: ['2026AF00012345', 'AF00012345'],
  },
  {
    name: 'DV page, phone, Administrative Processing, no leading zeros',
    text: ivPhone('Administrative Processing', '', '01-Oct-2024', '15-Jan-2025', '2025EU12345'),
    expected: ok('Administrative Processing', { caseCreated: '2024-10-01', lastUpdated: '2025-01-15', droppedIdentifiers: true }),
    identifiers: ['2025EU12345'],
  },
  {
    name: 'DV case number unlabelled, glued to "DV" and lower-case',
    text: 'DV2026as1234\nCase Last Updated: 03-Mar-2026\nReady',
    expected: ok('Ready', { lastUpdated: '2026-03-03', droppedIdentifiers: true }),
    identifiers: ['2026as1234'],
  },
  {
    name: 'IV page without identifiers: DV-2026, I-130, 221(g), years and dates survive, nothing dropped',
    text:
      'Immigrant Visa Application\nCase Created: 2025-10-01\nCase Last Updated: 2026-01-05\nIn Transit\n' +
      'DV-2026 selection, I-130 approved in 2024, DS-260 submitted, 221(g) slip, H-1B before',
    expected: ok('In Transit', { caseCreated: '2025-10-01', lastUpdated: '2026-01-05' }),
  },

  // ---- Dates ----
  {
    name: 'impossible created date is ignored (30-Feb-2022)',
    text: 'Case Created: 30-Feb-2022\nCase Last Updated: 01-Mar-2022\nRefused',
    expected: ok('Refused', { lastUpdated: '2022-03-01' }),
  },
  {
    name: 'impossible ISO date is ignored (2023-02-29), leap day kept (2024-02-29)',
    text: 'Case Created: 2024-02-29\nCase Last Updated: 2023-02-29\nIssued',
    expected: ok('Issued', { caseCreated: '2024-02-29' }),
  },
  {
    name: 'spelled-out dates',
    text: 'Case Created: 30 August 2022\nCase Last Updated: Aug 31, 2022\nApproved',
    expected: ok('Approved', { caseCreated: '2022-08-30', lastUpdated: '2022-08-31' }),
  },
  {
    name: 'unlabelled date is not guessed',
    text: 'Refused 31-Aug-2022',
    expected: ok('Refused'),
  },

  // ---- Errors ----
  {
    name: 'garbage text',
    text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nThe quick brown fox jumps over the lazy dog.',
    expected: { ok: false, errorIncludes: 'No CEAC status was found' },
  },
  {
    name: 'page headings only, no status',
    text: 'Nonimmigrant Visa (NIV)\nApplication ID or Case Number:\nCase Created:\n30-Aug-2022\nPrint\nClose',
    expected: { ok: false, errorIncludes: 'No CEAC status was found' },
  },
  { name: 'empty string', text: '', expected: { ok: false, errorIncludes: 'Nothing was pasted' } },
  { name: 'whitespace only', text: ` \n\t\r\n${NBSP}\u2003 \n`, expected: { ok: false, errorIncludes: 'Nothing was pasted' } },
  {
    name: 'immigrant-visa status (version 2 reads In Transit)',
    text: 'Immigrant Visa (IV)\nCase Created: 01-Jun-2025\nIn Transit',
    expected: ok('In Transit', { caseCreated: '2025-06-01' }),
  },
  {
    name: 'immigrant-visa status At NVC',
    text: 'Immigrant Visa (IV)\nCase Created: 01-Jun-2025\nAt NVC',
    expected: ok('At NVC', { caseCreated: '2025-06-01' }),
  },
  {
    name: 'immigrant-visa status the case file has no value for (Expired)',
    text: 'Immigrant Visa (IV)\nCase Created: 01-Jun-2025\nExpired',
    expected: { ok: false, errorIncludes: "'Expired' is an immigrant-visa (IV) status" },
  },
  {
    name: 'immigrant-visa status Return to NVC, labelled',
    text: 'Immigrant Visa Application\nCase Number: GUZ2025555001\nStatus: Return to NVC',
    expected: { ok: false, errorIncludes: "'Return to NVC' is an immigrant-visa (IV) status" },
    identifiers: ['GUZ2025555001'],
  },
  {
    name: 'immigrant-visa status Expiring Soon, alone on a line',
    text: 'Case Last Updated: 10-Jun-2025\nEXPIRING SOON',
    expected: { ok: false, errorIncludes: "'Expiring Soon' is an immigrant-visa (IV) status" },
  },
  {
    name: 'immigrant-visa status Return to NVC, named in a short sentence',
    text: 'my case MTR2026123456 now says returned to NVC',
    expected: { ok: false, errorIncludes: "'Return to NVC' is an immigrant-visa (IV) status" },
    identifiers: ['MTR2026123456'],
  },
  {
    name: 'CEAC search error',
    text: 'Your search did not return any data.',
    expected: { ok: false, errorIncludes: "CEAC's search error" },
  },
];
