/**
 * The registry of sources every reason and next step cites. Summaries are in our own words.
 * `lastChecked` is the day the project's research last read the source (see docs/policy.md, Sources).
 * The summaries quote what each source says; the numbers the rules use are in ./parameters.ts, and
 * tests/rules/parameters.test.ts checks that each parameter's sources say the same number.
 * `uncertain` marks facts the app must present as uncertain.
 */

export interface Source {
  id: string;
  title: string;
  /** Legal citation or publisher, written out (printed in the memo). */
  citation: string;
  /** Where to read it, when there is a stable public address. */
  url?: string;
  /** What the app uses it for, in plain words. */
  supports: string;
  lastChecked: string;
  uncertain?: boolean;
}

// Kept in its own module so the first page can show it without loading the registry.
export { RULES_LAST_REVIEWED } from './reviewed';
const CHECKED = '2026-11-23';

export const SOURCES: readonly Source[] = [
  {
    id: 'dos-ceac-2020',
    title: 'CEAC case status change (March 2020)',
    citation: 'U.S. Department of State, travel.state.gov, Visas News Archive, March 2020',
    url: 'https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/visas-news-archive/visas-ceac-case-status-change.html',
    supports: 'Since 3 March 2020 cases that used to show "Administrative Processing" show "Refused"; State said the cases themselves did not change and can still be approved.',
    lastChecked: CHECKED,
  },
  {
    id: 'ina-221g',
    title: 'INA 221(g): visa refused while the application is incomplete',
    citation: 'Immigration and Nationality Act § 221(g), 8 U.S.C. § 1201(g); 9 FAM 403.10-2(A)',
    url: 'https://www.law.cornell.edu/uscode/text/8/1201',
    supports: 'A 221(g) refusal is a legal refusal, but one that can be overcome.',
    lastChecked: CHECKED,
  },
  {
    id: '9fam-306-2',
    title: '9 FAM 306.2: overcoming a 221(g) refusal',
    citation: 'Foreign Affairs Manual, 9 FAM 306.2-2(A)(a)',
    url: 'https://fam.state.gov/FAM/09FAM/09FAM030602.html',
    supports: 'A 221(g) refusal is overcome when more evidence is presented or administrative processing is finished.',
    lastChecked: CHECKED,
  },
  {
    id: '9fam-403-10',
    title: '9 FAM 403.10: issuing or refusing a nonimmigrant visa',
    citation: 'Foreign Affairs Manual, 9 FAM 403.10-2(A)',
    url: 'https://fam.state.gov/FAM/09FAM/09FAM040310.html',
    supports: 'Every application that has been made ends in issue or refusal, and a refusal names a legal section (212(a), 214(b), 221(g) and others).',
    lastChecked: CHECKED,
  },
  {
    id: 'dos-ap-page',
    title: 'Administrative Processing Information',
    citation: 'U.S. Department of State, travel.state.gov',
    url: 'https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/administrative-processing-information.html',
    supports: 'Administrative processing has no fixed length and varies case by case; it ends in issue or refusal.',
    lastChecked: CHECKED,
  },
  {
    id: 'post-ap-60d',
    title: 'Embassy pages: "most administrative processing is resolved within 60 days"',
    citation: 'Older U.S. embassy pages (for example Santo Domingo "Ask the Consul", 2011; Burma)',
    supports: 'Many embassy pages have said most cases finish within 60 days of the interview. It is uncertain whether State still says so; its current page only says the time varies.',
    lastChecked: CHECKED,
    uncertain: true,
  },
  {
    id: 'post-inquiry-180d',
    title: 'Embassy pages: when to ask about administrative processing',
    citation: 'U.S. embassy 221(g) pages, e.g. Beijing (180 days) and Bogotá (120 days)',
    url: 'https://co.usembassy.gov/visas/nonimmigrant-visas/administrative-process/',
    supports: 'Many posts ask applicants to wait at least 180 days after the interview or the documents, whichever is later, before asking; some posts give a shorter window.',
    lastChecked: CHECKED,
  },
  {
    id: 'usvisa-221g-year',
    title: 'Visa appointment service: "Visa denied" (221(g) one-year follow-up)',
    citation: "usvisa-info.com and ustraveldocs.com, the State Department contractor's pages for several countries",
    url: 'https://usvisa-info.com/en-JM/selfservice/us_visa_denied',
    supports: 'When the letter asks for more information, the posts give one year to send it without a new fee; after that the case is closed. This is the posts\u2019 stated practice; the regulation behind it was not verified. It does not apply to administrative processing alone.',
    lastChecked: CHECKED,
    uncertain: true,
  },
  {
    id: '221g-disclose',
    title: 'A 221(g) refusal must be disclosed on later forms',
    citation: 'Murthy Law Firm (2009); Greenberg Traurig (2009), reporting CBP guidance on ESTA',
    supports: 'A 221(g) refusal is a refusal: later DS-160 and ESTA forms must answer "yes" to "ever been refused a U.S. visa".',
    lastChecked: CHECKED,
  },
  {
    id: 'ina-214b',
    title: 'INA 214(b): the presumption of immigrant intent',
    citation: 'Immigration and Nationality Act §§ 214(b), 214(h), 8 U.S.C. § 1184',
    url: 'https://www.law.cornell.edu/uscode/text/8/1184',
    supports: 'A 214(b) refusal ends the application (apply again with a new fee; no appeal). H-1B and L-1 are exempt from the presumption; L-2 reads as exempt by inference; whether H-4 is exempt is disputed, and posts do refuse H-4 and L-2 under 214(b).',
    lastChecked: CHECKED,
  },
  {
    id: 'ina-212a',
    title: 'INA 212(a) grounds and the 212(d)(3)(A) waiver',
    citation: 'Immigration and Nationality Act §§ 212(a), 212(d)(3)(A), 8 U.S.C. § 1182; 9 FAM 305.4-3',
    url: 'https://www.law.cornell.edu/uscode/text/8/1182',
    supports: 'Inadmissibility grounds (misrepresentation, unlawful presence, criminal, security) are final for the application; for a nonimmigrant visa the consulate may recommend a waiver, which DHS decides.',
    lastChecked: CHECKED,
  },
  {
    id: 'ina-212f',
    title: 'INA 212(f) presidential proclamations',
    citation: 'INA § 212(f), 8 U.S.C. § 1182(f); Proclamations of 4 June 2025 and 16 December 2025',
    url: 'https://www.law.cornell.edu/uscode/text/8/1182',
    supports: 'While a proclamation is in force, covered nationals cannot be issued visas unless an exception applies.',
    lastChecked: CHECKED,
  },
  {
    id: 'petition-return',
    title: 'Petitions returned to USCIS by a consulate',
    citation: '9 FAM 403.10; 8 CFR 214.2(h)(11); practitioner reports (visarefusal.com, 2019)',
    url: 'https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2',
    supports: 'A consular officer cannot revoke a USCIS approval; the officer sends the petition back with a recommendation. USCIS may reaffirm it, send a Notice of Intent to Revoke, or revoke it. This commonly takes six months or more; employers often file a new petition instead.',
    lastChecked: CHECKED,
  },
  {
    id: 'dropbox-refused',
    title: 'Interview-waiver ("dropbox") cases that show Refused',
    citation: 'travel.state.gov interview-waiver update (July 2025); practitioner and press reports (2025-2026)',
    supports: 'In interview-waiver cases, practitioners report that "Refused" usually means an in-person interview is needed (reports, not a State statement). Since 2 September 2025 almost all H, L and O renewals need an interview anyway.',
    lastChecked: CHECKED,
    uncertain: true,
  },
  {
    id: 'dos-h1b-online-presence',
    title: 'Expanded screening for H-1B and H-4 applicants (December 2025)',
    citation: 'U.S. Department of State announcement, 3 December 2025 (effective 15 December 2025); press reports, January 2026',
    supports: 'H-1B and H-4 applicants must set social media profiles to public. Attorneys reported that many interviews since then were followed by a 221(g) that often cleared quickly: an anecdote, not a promised duration.',
    lastChecked: CHECKED,
  },
  {
    id: 'ceac-issued',
    title: 'CEAC status texts for "Issued" and "Approved"',
    citation: 'CEAC Visa Status Check page texts; practitioner knowledge bases',
    url: 'https://ceac.state.gov/CEACStatTracker/Status.aspx',
    supports: '"Issued" means the visa is in final printing; ask the post if the passport is not back within 10 working days. "Approved" means decided but not yet printed, and is rarely reversed.',
    lastChecked: CHECKED,
  },
  {
    id: 'i797-validity',
    title: 'Petition validity during processing',
    citation: 'USCIS guidance (20 October 2025); Proclamation of 19 September 2025; practitioner sources',
    supports: 'A visa cannot be issued on an expired petition, so an employer may need a new approval if the I-797 end date passes during processing (an inference, not a stated State rule). A new H-1B petition for someone abroad without a valid H-1B visa may trigger the $100,000 payment: ask an attorney.',
    lastChecked: CHECKED,
    uncertain: true,
  },
  {
    id: 'ceac-status-page',
    title: 'CEAC Visa Status Check',
    citation: 'U.S. Department of State, Consular Electronic Application Center',
    url: 'https://ceac.state.gov/CEACStatTracker/Status.aspx',
    supports: 'The official page that shows a nonimmigrant visa case\u2019s status, with "Case Created" and "Case Last Updated" dates.',
    lastChecked: CHECKED,
  },
];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return BY_ID.get(id);
}

export function isKnownSource(id: string): boolean {
  return BY_ID.has(id);
}
