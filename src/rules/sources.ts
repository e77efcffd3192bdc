/**
 * The registry of sources every reason and next step cites (contract version 2). Summaries are in our
 * own words. Each row carries the day its text was last read (`lastChecked`) and how it was read
 * (`checkedHow`): a stored copy found with the project's search tool, never a live page. A row whose
 * text could not be read says so in `checkedHow` and keeps the date on which someone did read it.
 * docs/sources.md lists the rows in a table.
 * The numbers the rules use are in ./parameters.ts, and tests/rules/parameters.test.ts checks that each
 * parameter's sources say the same number.
 * `uncertain` marks facts the app must present as uncertain.
 */

import type { MessageDescriptor } from './message';

export interface Source {
  id: string;
  /** The source's title: English in every language (a title is not translated). */
  title: string;
  /** Legal citation or publisher, written out (printed in the memo). */
  citation: string;
  /** Where to read it, when there is a stable public address. */
  url?: string;
  /** What the app uses it for, in plain words: the English of `supportsMessage`. */
  supports: string;
  /** What the app uses it for, as a message (./message.ts), so that a page can show it in its language. */
  supportsMessage: MessageDescriptor;
  /** The day the text was last read (ISO date). */
  lastChecked: string;
  /** How the text was read on `lastChecked`: which copy, or why none could be read. */
  checkedHow: string;
  uncertain?: boolean;
}

// Kept in its own module so the first page can show it without loading the registry.
export { RULES_LAST_REVIEWED } from './reviewed';

/** A row as written below: `supports` is read from its message. */
type SourceRow = Omit<Source, 'supports'>;

const ROWS: readonly SourceRow[] = [
  {
    id: 'dos-ceac-2020',
    title: 'CEAC case status change (March 2020)',
    citation: 'U.S. Department of State, travel.state.gov, Visas News Archive, March 2020',
    url: 'https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/visas-news-archive/visas-ceac-case-status-change.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.dos-ceac-2020.supports',
      message: 'Since 3 March 2020 cases that used to show "Administrative Processing" show "Refused". State said the cases themselves did not change: they had been refused under 221(g), and the status can still change if the applicant shows eligibility or other information settles the open questions.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copy of the travel.state.gov page and visaserve.com\u2019s full-text mirror (search index), read 29 Nov 2026.',
  },
  {
    id: 'ina-221g',
    title: 'INA 221(g): visa refused while the application is incomplete',
    citation: 'Immigration and Nationality Act \u00a7 221(g), 8 U.S.C. \u00a7 1201(g); 9 FAM 403.10-2(A)',
    url: 'https://www.law.cornell.edu/uscode/text/8/1201',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-221g.supports',
      message: 'No visa may be issued while the application or its papers show the applicant ineligible, the application does not comply with the law or regulations, or the officer has reason to believe the applicant is ineligible. It is a legal refusal, but one that can be overcome (9 FAM 306.2).',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Statute text read in a stored copy of the U.S. Code (GitHub mirror codexstanford/markdonw-chunck-of-the-usa-code, \u00a7 1201(g)) and 9 FAM 403.10-2(A) on fam.state.gov (stored copy), 29 Nov 2026; the Cornell page itself was not opened.',
  },
  {
    id: '9fam-306-2',
    title: '9 FAM 306.2: overcoming a 221(g) refusal',
    citation: 'Foreign Affairs Manual, 9 FAM 306.2-2(A)(a)',
    url: 'https://fam.state.gov/FAM/09FAM/09FAM030602.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.9fam-306-2.supports',
      message: 'An immigrant or nonimmigrant applicant overcomes a 221(g) refusal in two cases: more evidence is presented, or administrative processing is completed. The officer then re-opens the case and decides it again.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copy of fam.state.gov 9 FAM 306.2 (CT:VISA-1233, 24 Feb 2021) and a copy of the 2024 version (CT:VISA-1910) on kyloot.com, read 29 Nov 2026.',
  },
  {
    id: '9fam-403-10',
    title: '9 FAM 403.10: issuing or refusing a nonimmigrant visa',
    citation: 'Foreign Affairs Manual, 9 FAM 403.10-2(A)',
    url: 'https://fam.state.gov/FAM/09FAM/09FAM040310.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.9fam-403-10.supports',
      message: 'Once a nonimmigrant application has been made it must be issued or refused (unless an INA 243(d) order stops issuance), and every refusal must rest on a legal ground: 212(a), 212(e), 212(f), 214(b), 214(l), 221(g), 222(g) or another specific provision.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copy of fam.state.gov 9 FAM 403.10 (CT:VISA-1958, 21 Mar 2024), read 29 Nov 2026.',
  },
  {
    id: 'dos-ap-page',
    title: 'Administrative Processing Information',
    citation: 'U.S. Department of State, travel.state.gov',
    url: 'https://travel.state.gov/content/travel/en/us-visas/visa-information-resources/administrative-processing-information.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.dos-ap-page.supports',
      message: 'A complete application ends in issue or refusal. When information from other sources may help, a refused application goes to administrative processing, after which the officer may find the applicant qualified or still ineligible. How long it takes varies with each case; State asks applicants to apply early.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copy of the travel.state.gov page (search index, copy undated), read 29 Nov 2026.',
  },
  {
    id: 'post-inquiry-180d',
    title: 'Post pages: when to ask about administrative processing',
    citation: 'Posts\u2019 visa pages: Philippines immigrant-visa 221(g) page (180 days); U.S. Embassy Bogot\u00e1 (120 days); Saudi Arabia (60 to 120 days)',
    url: 'https://ustraveldocs.com/ph/ph-iv-221ginfo.asp',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.post-inquiry-180d.supports',
      message: 'Posts differ. Several posts\u2019 pages ask applicants, except in emergencies, to wait at least 180 days from the interview or the sending of extra documents, whichever is later, before asking about administrative processing; Bogot\u00e1 says at least 120 days; a Saudi Arabia page says 60 to 120 days; older texts said 60. The app uses the longest, 180 days, as the cautious figure.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies (search index) read 29 Nov 2026: ustraveldocs.com/ph immigrant-visa 221(g) page and a mirror of the Haiti pages (180 days), co.usembassy.gov (120), ustraveldocs.com/sa (60 to 120). Beijing\u2019s page, named in the legal review, was not found; a stored article (lawandborder.com) says Beijing does not issue immigrant visas.',
  },
  {
    id: 'usvisa-221g-year',
    title: 'Visa appointment service: "Visa denied" (221(g) one-year follow-up)',
    citation: 'usvisa-info.com "Visa Denied" pages (Jamaica, Bolivia, Dominican Republic); ustraveldocs.com 221(g) pages (for example Philippines, Venezuela): the State Department contractor\u2019s pages',
    url: 'https://usvisa-info.com/en-JM/selfservice/us_visa_denied',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.usvisa-221g-year.supports',
      message: 'When a 221(g) letter asks for more information, the contractor pages say it must be sent within one year or the case is closed, and that no new fee is due before then; the one-year limit does not apply when the refusal is only for administrative processing. The pages disagree on when the year starts (usvisa-info.com does not say; ustraveldocs.com counts 12 months from the date of the application; another copy counts from the letter) and cite "Section 203(e)", an immigrant-visa provision, for closing nonimmigrant cases. Low reliability: the posts\u2019 stated practice, not a verified rule.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies (search index, undated) of usvisa-info.com/en-JM/selfservice/us_visa_denied (this exact address is in the index), /en-BO/ and /en-DO/, and ustraveldocs.com pages for the Philippines, Venezuela and Saudi Arabia, read 29 Nov 2026. No FAM or CFR paragraph for the nonimmigrant rule was found.',
    uncertain: true,
  },
  {
    id: '221g-disclose',
    title: 'A 221(g) refusal must be disclosed on later forms',
    citation: 'CBP guidance as reported by Greenberg Traurig (12 Nov 2009) and an AILA practice pointer; Murthy Law Firm (2009)',
    url: 'https://www.chugh.com/cbp-practice-pointer-dont-risk-a-misrepresentation-finding/',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.221g-disclose.supports',
      message: 'State treats a 221(g) refusal, administrative processing included, as a refusal, and CBP says it must be reported on ESTA, which asks "Have you ever been denied a U.S. visa or entry into the U.S. or had a U.S. visa canceled?". The DS-160 also asks about past refusals; the wording the project uses ("Have you ever been refused a U.S. Visa, or been refused admission to the United States, or withdrawn your application for admission at the port of entry?") was not found in a stored copy. Not disclosing risks a misrepresentation finding.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies (search index) of chugh.com, gtlaw.com (2009), srwborderlawyers.com and eb5insights.com, which all quote the ESTA question, read 29 Nov 2026. No copy of the DS-160 question was found; its wording is from the legal review (29 Nov 2026).',
  },
  {
    id: 'ina-214b',
    title: 'INA 214(b): the presumption of immigrant intent',
    citation: 'Immigration and Nationality Act \u00a7\u00a7 214(b), 214(h), 101(a)(15)(H), (L); 8 U.S.C. \u00a7\u00a7 1184, 1101',
    url: 'https://www.law.cornell.edu/uscode/text/8/1184',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-214b.supports',
      message: 'Every applicant is presumed an intending immigrant except nonimmigrants described in 101(a)(15)(L) or (V) and those in (H)(i) other than H-1B1. Subparagraph (L) itself includes the L-1\u2019s spouse and minor children, so L-2 is exempt by the plain text. H-4 comes from the closing words of (H), outside (H)(i), so whether H-4 is exempt is disputed; posts do refuse H-4 and L-2 under 214(b). A 214(b) refusal ends the application: apply again with a new application and fee; there is no appeal.',
    },
    lastChecked: '2026-11-29',
    checkedHow: '8 U.S.C. 1184(b) and 1101(a)(15)(H), (L) read in a stored U.S. Code mirror (codexstanford), usvisa-info.com and newdelhi.usembassy.gov (new fee, no appeal) in stored copies, 29 Nov 2026. 214(h) and the reports of 214(b) refusals of H-4 and L-2 are from the team\u2019s research notes and were not re-read.',
  },
  {
    id: 'ina-212a',
    title: 'INA 212(a) grounds and the 212(d)(3)(A) waiver',
    citation: 'Immigration and Nationality Act \u00a7\u00a7 212(a), 212(d)(3)(A), 8 U.S.C. \u00a7 1182; 22 CFR 40.301; 9 FAM 305.1-2, 305.4-3',
    url: 'https://www.law.cornell.edu/uscode/text/8/1182',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-212a.supports',
      message: 'The 212(a) grounds (among them misrepresentation (6)(C)(i), unlawful presence (9)(B), criminal (2) and security (3)) make the applicant ineligible for the visa. For a nonimmigrant visa the consular officer can recommend a 212(d)(3)(A) waiver, which DHS decides, except for several security grounds.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 9 FAM 305.1 and 305.4 on fam.state.gov (2018-2020 versions) and 22 CFR 40.301 (GitHub mirror AlextheYounga/ecfr). The text of 8 U.S.C. 1182(a) itself was not re-read.',
  },
  {
    id: 'ina-212f',
    title: 'INA 212(f) presidential proclamations',
    citation: 'INA \u00a7 212(f), 8 U.S.C. \u00a7 1182(f); Proclamations 10949 of 4 June 2025 and of 16 December 2025 (travel restrictions); Proclamation 10973 of 19 September 2025 (H-1B payment)',
    url: 'https://www.law.cornell.edu/uscode/text/8/1182',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-212f.supports',
      message: 'The President may by proclamation suspend or restrict the entry of any class of aliens for as long as he deems necessary. The proclamations of 4 June and 16 December 2025 restrict visas for nationals of listed countries; Proclamation 10973 restricts new H-1B workers unless the petition carries a $100,000 payment (see proclamation-10973). While a proclamation is in force, covered applicants are refused unless an exception applies.',
    },
    lastChecked: '2026-11-29',
    checkedHow: '8 U.S.C. 1182(f) read in a stored U.S. Code mirror (codexstanford); the three proclamations read in a stored mirror of whitehouse.gov (GitHub brian14708/wh-briefings), 29 Nov 2026. Later changes to the country lists were not checked.',
  },
  {
    id: 'petition-return',
    title: 'Petitions returned to USCIS by a consulate',
    citation: 'Practitioner reports: visarefusal.com (1 Feb 2019), elawimmigration.com (Vermont Service Center meeting, Oct 2013); USCIS, "Immigrant Visa Petitions Returned by the State Department Consular Offices"; for H petitions, 8 CFR 214.2(h)(11)',
    url: 'https://visarefusal.com/blog/petition-revocations-potential-conflicts-with-employers-and-why-denied-visa-applicants-should-consult-with-their-own-lawyer',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.petition-return.supports',
      message: 'A consular officer cannot revoke a USCIS approval; the officer sends the petition back to USCIS with the reasons, a step meant for fraud or new material facts. USCIS may reaffirm it and return it, send a Notice of Intent to Revoke, or revoke. This commonly takes six months or more (USCIS\u2019s Vermont centre reported a backlog of six months or longer in 2013); employers often file a new petition instead. The procedure is in class-specific FAM notes and State cables, not in 9 FAM 403.10; 8 CFR 214.2(h)(11) covers H petitions only.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: visarefusal.com (2019), the uscis.gov page on returned immigrant petitions, elawimmigration.com (2013) and fmglaw.com quoting 8 CFR 214.2(h)(11). The FAM notes and the 2004 SOP 61 cable themselves were not found.',
  },
  {
    id: 'dropbox-refused',
    title: 'Interview-waiver ("dropbox") cases that show Refused',
    citation: 'U.S. Department of State interview-waiver update of 25 July 2025, as reported by mondaq.com, visaverge.com and others; practitioner and press reports (2025-2026)',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.dropbox-refused.supports',
      message: 'From 2 September 2025 almost every nonimmigrant applicant, H, L, F, J and O renewals and children under 14 and adults over 79 included, must be interviewed in person; waivers remain mainly for diplomatic and official visas and some B-1/B-2 renewals within 12 months. In interview-waiver cases that show Refused, applicants and practitioners report that this usually means an interview is required: reports, not a State statement.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Press and law-firm copies of State\u2019s 25 July 2025 update read 29 Nov 2026 (stored copies); State\u2019s own page was not among them, so no address is given. The "Refused means interview" reports come from the team\u2019s research notes (indiaherald, travelobiz, waitdelta) and were not found again.',
    uncertain: true,
  },
  {
    id: 'dos-h1b-online-presence',
    title: 'Expanded screening for H-1B and H-4 applicants (December 2025)',
    citation: 'U.S. Department of State statement of 3 December 2025 (effective 15 December 2025), as quoted by the press (abplive.com, tribuneindia.com); U.S. Mission India alert (December 2025); press reports, January 2026',
    url: 'https://news.abplive.com/news/world/trump-orders-h1b-h4-visa-applicants-to-make-social-media-profiles-public-1815000',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.dos-h1b-online-presence.supports',
      message: 'From 15 December 2025 State reviews the online presence of all H-1B and H-4 applicants (as it already did for F, M and J) and instructs them to set the privacy settings of all of their social media profiles to public. Practitioners advise not deleting or altering content. Attorneys reported that many interviews since then were followed by a 221(g) that often cleared within days: an anecdote, not a promised duration.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored press copies quoting State\u2019s statement (abplive.com, tribuneindia.com, outlookindia.com) read 29 Nov 2026; State\u2019s own page was not among the stored copies, so the link is to a press copy. The advice not to delete content (connellfoley.com, per the legal review) and the January 2026 attorney reports (the team\u2019s research notes) were not re-read.',
  },
  {
    id: 'ceac-issued',
    title: 'CEAC status texts for "Issued" and "Approved"',
    citation: 'CEAC Visa Status Check page texts (as captured by CEAC tracker bots); practitioner knowledge base (learn.startupimmigrationattorney.com)',
    url: 'https://ceac.state.gov/CEACStatTracker/Status.aspx',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ceac-issued.supports',
      message: '"Issued" means the visa is in final processing; the text says to contact the post if it has not arrived in more than 10 working days. "Approved" means the officer has decided to approve but the visa is still in final screening and not yet printed; once approved, a case is very unlikely to be pulled back.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: the Issued text in CEACStatusBot notification code (GitHub forks, sample dated 19 Oct 2022) and the practitioner knowledge base (undated). The live CEAC page cannot be read here.',
  },
  {
    id: 'i797-validity',
    title: 'Petition validity during processing',
    citation: 'Nixon Peabody, on I-797, visa and PED dates (12 Mar 2019); USCIS guidance of 20 October 2025; Proclamation 10973',
    url: 'https://www.nixonpeabody.com/insights/articles/2019/03/12/how-do-the-i797-visa-stamp-ped-and-i94-expiration-dates-work',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.i797-validity.supports',
      message: 'The visa usually expires with the I-797 end date. No source found says what State does when the petition\u2019s end date passes during processing; the app infers that a visa cannot be issued on an expired petition, so the employer may need a new approval. A new H-1B petition for someone abroad without a valid H-1B visa needs the $100,000 payment unless an exception is granted: ask an attorney.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: nixonpeabody.com (2019) and summaries of the USCIS guidance (fosterglobal.com, mondaq.com, jspvisa.com). The inference itself rests on no source.',
    uncertain: true,
  },
  {
    id: 'ceac-status-page',
    title: 'CEAC Visa Status Check',
    citation: 'U.S. Department of State, Consular Electronic Application Center',
    url: 'https://ceac.state.gov/CEACStatTracker/Status.aspx',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ceac-status-page.supports',
      message: 'The official page where an applicant enters the case number to see the status of a nonimmigrant or immigrant visa case; a nonimmigrant case shows its status with "Case Created" and "Case Last Updated" dates.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'usa.gov\u2019s page that links to it (stored copy in GitHub GSA-TTS/10x-usagov-wrangler) and CEAC tracker code that reads the two dates (CEACStatusBot forks), read 29 Nov 2026; the live page cannot be opened here.',
  },
  // ---- Added for contract version 2 ----
  {
    id: 'cfr-42-83',
    title: '22 CFR 42.83: termination of an immigrant-visa registration',
    citation: '22 CFR 42.83(b)-(d); 9 FAM 504.13; 8 CFR 205.1(a)(1); INA 203(g), 8 U.S.C. \u00a7 1153(g)',
    url: 'https://www.ecfr.gov/current/title-22/section-42.83',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.cfr-42-83.supports',
      message: 'An immigrant-visa registration is terminated if, within one year of a 221(g) refusal, the applicant has not presented evidence purporting to overcome it; INA 203(g) itself covers only failing to apply within a year of notice, so this branch is the regulation\u2019s own. The consular officer notifies the applicant of the termination and of the right to reinstatement if, before the end of the second year after the refusal (two years in all), the applicant shows the failure was beyond their control. 9 FAM 504.13 treats such cases as terminations under INA 203(g), and 8 CFR 205.1(a)(1) revokes a petition\u2019s approval when registration is terminated under 203(g). The texts say nothing of cases held only for administrative processing, where nothing is asked of the applicant; the app reads them as outside the rule.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 22 CFR 42.83 on codes.findlaw.com (current as of 2 Jan 2025) and GPO (2003 edition); 9 FAM 504.13 on fam.state.gov (CT:VISA-2095, 7 Oct 2024); 8 CFR 205.1 on federal.elaws.us (Nov 2024); 8 U.S.C. 1153(g) in a U.S. Code mirror.',
  },
  {
    id: '9fam-504-11',
    title: '9 FAM 504.11: immigrant-visa refusals',
    citation: 'Foreign Affairs Manual, 9 FAM 504.11-2(A), 9 FAM 305.2-1(A); 22 CFR 42.81(a), (e)',
    url: 'https://fam.state.gov/fam/09FAM/09FAM050411.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.9fam-504-11.supports',
      message: 'Once an immigrant-visa application has been made it is issued or refused; a visa not issued by the end of the working day must be refused under 212(a), 212(e) or 221(g) (22 CFR 42.81(a): or other applicable law, which includes 212(f)); there is no informal refusal or pending case. 214(b) does not apply to immigrant-visa applicants. Under 22 CFR 42.81(e) a refused case is reconsidered when the applicant brings further evidence within a year of the refusal; that no new fee is then due was not in the part of the text read.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 9 FAM 504.11 and 305.2 on fam.state.gov; 22 CFR 42.81(a)-(d) (checkoutapi.com, revised 2024, and an older printed edition). Only the opening words of 42.81(e) were in the copies; its "within one year" is confirmed by a law firm\u2019s page (blog.visarefusal.com, stored copy read 29 Nov 2026: a request for reconsideration must come within one year of the refusal) and the team\u2019s research notes, not by a copy of the regulation\u2019s own words.',
  },
  {
    id: 'dv-deadline',
    title: 'Diversity visas end on 30 September',
    citation: 'INA 204(a)(1)(I); 9 FAM 502.6; DV-2024 instructions, FAQ 29 (copy on dvprograminfo.com); U.S. Virtual Embassy Iran, "Important Information for the Selectees for DV 2014"; U.S. Embassy Addis Ababa, "Early Conclusion of 2023 Diversity Immigrant Visa Program"',
    url: 'https://ir.usembassy.gov/important-information-selectees-dv-2014/',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.dv-deadline.supports',
      message: 'A diversity visa can be issued only within its program\u2019s fiscal year (1 October to 30 September): without exception, selectees and their family members must get the visa (or adjust status) by 30 September, with nothing carried over. Numbers can run out earlier: State issued all DV-2023 visas by 6 September 2023. That pending administrative processing does not extend the deadline follows from this and is said by secondary sources; no State text saying it in those words was found.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: DV-2024 FAQ 29 (dvprograminfo.com), ir.usembassy.gov (DV-2014), et.usembassy.gov and ao.usembassy.gov (DV-2023), kmhimmigration.com; 9 FAM 502.6 (CT:VISA-1907) opening sections only. INA 204(a)(1)(I) was not read.',
  },
  {
    id: 'ina-214b-scope',
    title: 'Who 214(b) applies to, and what follows a 214(b) refusal',
    citation: 'INA \u00a7 214(b), 8 U.S.C. \u00a7 1184(b); 9 FAM 305.3-1(A); usvisa-info.com "Visa Denied"; U.S. Embassy New Delhi',
    url: 'https://www.law.cornell.edu/uscode/text/8/1184',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-214b-scope.supports',
      message: '214(b) exempts only (H)(i) other than H-1B1, (L) and (V), so B, F, M, J, E, H-1B1, TN, K, O, P, Q, R, H-2 and H-3 refusals can rest on it (for K it would be unusual: the app\u2019s reading). There is no waiver for a 214(b) refusal, but it can be overcome; it cannot be appealed. To try again the applicant files a new application, pays a new fee and should show how circumstances have changed; no waiting period is set (one post suggests six months).',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 8 U.S.C. 1184(b) (U.S. Code mirror), 9 FAM 305.3 (CT:VISA-1916, 21 Feb 2024), usvisa-info.com Visa Denied pages (JM, BO, DO), newdelhi.usembassy.gov. 9 FAM 302.1-2 was not found.',
  },
  {
    id: '212a4-iv',
    title: 'Public charge (212(a)(4)) for immigrants',
    citation: '9 FAM 302.8; State cable "I-864 Affidavit of Support Update No. 12: 212(a)(4) v. 221(g)" (April 1998, AILA); State cable of 6 November 2025 on 212(a)(4) (reported); State pause of immigrant-visa issuance for nationals of 75 countries from 21 January 2026 (reported)',
    url: 'https://www.aila.org/library/dos-cable-on-new-i-864-and-212a4221g-refusal-rates',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.212a4-iv.supports',
      message: 'A technically incomplete affidavit of support (I-864) is a 221(g) refusal; a complete one that does not show enough income is a 212(a)(4) refusal, which can often be overcome, for example with a joint sponsor\u2019s I-864. Uncertain now: a State cable of 6 November 2025 (reported, not published) widened what officers weigh (health, age, finances, English, dependants), and from 21 January 2026 State paused issuing immigrant visas to nationals of 75 countries while it reviews public charge; whether either still applies was not checked. K applicants show support on Form I-134 (not re-read).',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: the AILA copy of the 1998 cable; 9 FAM 302.8 (2019 copy on statedepartment.oxd2.com); reports of the November 2025 cable (swlgpc.com, alanleelaw.com) and of the January 2026 pause (dorsey.com, klaskolaw.com, visalawyerblog.com). State\u2019s own notices were not among the stored copies.',
    uncertain: true,
  },
  {
    id: 'ina-212e',
    title: 'INA 212(e): the two-year home-residence requirement',
    citation: 'INA \u00a7 212(e), 8 U.S.C. \u00a7 1182(e); 9 FAM 302.13-2(A)',
    url: 'https://fam.state.gov/FAM/09FAM/09FAM030213.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-212e.supports',
      message: 'Exchange visitors whose program was government-funded, whose field is on their country\u2019s skills list, or who came for graduate medical training cannot get an immigrant visa or an H or L visa until they have lived two years in their country of nationality or last residence, unless the requirement is waived; the statute covers anyone admitted in J status, so J-2 family members too, and State\u2019s manual adds K visas. The waiver is recommended through the State Department and granted by DHS (USCIS).',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 8 U.S.C. 1182(e) (U.S. Code mirror) and 9 FAM 302.13-2(A) on fam.state.gov (CT:VISA-1595, 2 Aug 2022).',
  },
  {
    id: 'ina-222g',
    title: 'INA 222(g): visa void after an overstay',
    citation: 'INA \u00a7 222(g), 8 U.S.C. \u00a7 1202(g); 22 CFR 40.68; State cable of June 1999 on 222(g) (copy on immihelp.com)',
    url: 'https://www.law.cornell.edu/uscode/text/8/1202',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ina-222g.supports',
      message: 'A nonimmigrant visa becomes void once its holder stays beyond the authorized period; the person can then be readmitted as a nonimmigrant only on a new visa issued in the country of nationality, unless State finds extraordinary circumstances. It decides where to apply: an application made elsewhere is refused, one made in the country of nationality is not affected, and it has no bearing on immigrant visas.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 8 U.S.C. 1202(g) (U.S. Code mirror), 22 CFR 40.68 (law.lawstack.com), State\u2019s 1999 consolidated 222(g) cable (immihelp.com). 9 FAM 302.1-9 was not found.',
  },
  {
    id: 'niv-waiver-212d3',
    title: 'Waivers: 212(d)(3)(A) for nonimmigrants, Form I-601 for immigrants and K',
    citation: 'INA \u00a7 212(d)(3)(A); 22 CFR 40.301; 9 FAM 305.1-2, 305.4-3; U.S. Embassy London and U.S. Embassy Tokyo waiver pages',
    url: 'https://fam.state.gov/fam/09FAM/09FAM030504.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.niv-waiver-212d3.supports',
      message: 'For a nonimmigrant visa the consular officer may, and at the applicant\u2019s request must, send a waiver report; DHS decides. It is not available for 214(b) or for 212(a)(3)(A)(i)(I), (3)(A)(ii), (3)(A)(iii), (3)(C), (3)(E)(i) or (3)(E)(ii). Immigrant-visa and fianc\u00e9(e) (K) applicants file Form I-601 with USCIS where the law provides a waiver, and only after the interview. Misrepresentation under 212(a)(6)(C)(i) can bring a permanent bar that affects every later application.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: 22 CFR 40.301 (GitHub mirror AlextheYounga/ecfr), 9 FAM 305.1 and 305.4 (fam.state.gov), uk.usembassy.gov and jp.usembassy.gov waiver pages, hk.usconsulate.gov (permanent bar for misrepresentation).',
  },
  {
    id: 'k1-petition',
    title: 'Fianc\u00e9(e) petitions: four-month validity and returns',
    citation: '8 CFR 214.2(k)(5); 9 FAM 502.7; Cyrus D. Mehta, "Disturbing trend of K visas being returned for revocation" (blog); fianceeimmigrationlawyer.com',
    url: 'https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.k1-petition.supports',
      message: 'An approved fianc\u00e9(e) petition (Form I-129F) is valid for four months from approval; the consular officer can revalidate it when the couple is still free and intends to marry. A consulate that doubts the relationship returns the petition to USCIS for possible revocation, which practitioners report can take a year or more, well past the four months.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: blog.cyrusmehta.com (quoting 8 CFR 214.2(k)(5)), fianceeimmigrationlawyer.com (revalidation), State\u2019s 2001 cable on K visas (AILA copy). The regulation and 9 FAM 502.7 themselves were not in any stored copy.',
  },
  {
    id: 'student-start',
    title: 'Student start dates: early entry and deferral',
    citation: '8 CFR 214.2(f)(5)(i), as quoted in State cable 074670 of 21 March 2003 (AILA); DHS Study in the States, "Changing a Program Start Date" (2013); school international offices',
    url: 'https://studyinthestates.dhs.gov/2013/06/questions-designated-school-officials-changing-program-start-date',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.student-start.supports',
      message: 'A new F-1 student may be admitted up to 30 days before the report or program start date on the I-20 (the same limit applies to M and J). A designated school official may defer the program start date to a later term when the student has not entered the United States and cannot arrive and enroll for the current term; for J-1 the sponsor\u2019s responsible officer issues a new DS-2019.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: the AILA copy of the 2003 State cable quoting 8 CFR 214.2(f); studyinthestates.dhs.gov (2013, 2024); help.cty.jhu.edu; oiss.washu.edu (I-20 and DS-2019 deferrals).',
  },
  {
    id: 'proclamation-10973',
    title: 'Proclamation 10973: the $100,000 H-1B payment',
    citation: 'Proclamation 10973 of 19 September 2025, "Restriction on Entry of Certain Nonimmigrant Workers"; USCIS guidance of 20 October 2025; proclamation of 18 September 2026 extending it',
    url: 'https://www.whitehouse.gov/presidential-actions/2025/09/restriction-on-entry-of-certain-nonimmigrant-workers/',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.proclamation-10973.supports',
      message: 'Under INA 212(f), from 21 September 2025 the entry of new H-1B workers is restricted unless the petition is accompanied or supplemented by a $100,000 payment, with national-interest exceptions granted by DHS; the restriction ran 12 months unless extended. USCIS guidance (20 October 2025): the payment applies to new petitions filed on or after 21 September 2025 for beneficiaries outside the United States without a valid H-1B visa, or asking consular, port-of-entry or pre-flight notification, or where a change or extension of status is denied; not to earlier petitions, valid visas or approved changes and extensions inside the country. A proclamation dated 18 September 2026 extends it for 12 months, to 21 September 2027. Uncertain: that extension was read only in a third-party copy, and the outcome of the court challenges was not checked.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Texts of both proclamations read in a stored mirror of whitehouse.gov (GitHub brian14708/wh-briefings), and summaries of the USCIS guidance (fosterglobal.com, mondaq.com, jspvisa.com), 29 Nov 2026.',
    uncertain: true,
  },
  {
    id: 'ap-reported-times',
    title: 'Reported administrative-processing times (checkee.info)',
    citation: 'checkee.info, as summarised by chunhuali-1936/checkee-charts (updated 4 April 2026)',
    url: 'https://github.com/chunhuali-1936/checkee-charts',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.ap-reported-times.supports',
      message: 'Cases reported as completed in the 90 days to 4 April 2026, days from check to completion: H1/H4 305 cases, median 85 (0 to 301); B1/B2 186, median 84 (1 to 428); F1/F2 151, median 88 (1 to 139); J1/J2 100, median 91 (2 to 163); L1/L2 25, median 83 (13 to 253); O1 29, median 90 (37 to 192). A biased sample: self-reported, mostly security checks of applicants from China in science and technology, and only cases that finished in the period.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copy of index.html in GitHub chunhuali-1936/checkee-charts (commit 0075dc7, "Last updated: 2026-04-04 06:50 UTC"), read 29 Nov 2026; every figure matches the page\u2019s stats block.',
    uncertain: true,
  },
  {
    id: 'cfr-41-121',
    title: '22 CFR 41.121: refusing a nonimmigrant visa',
    citation: '22 CFR 41.121(a)-(b)',
    url: 'https://www.ecfr.gov/current/title-22/section-41.121',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.cfr-41-121.supports',
      message: 'Nonimmigrant refusals must rest on a legal ground (212(a), 212(e), 214(b), 221(g), 222(g) or other law), and a properly made application must be issued or refused. The refusing officer must tell the applicant the ground (unless disclosure is barred) and whether the law or regulations offer a way, such as a waiver, to overcome it, and keeps the documents the refusal rests on. Its paragraphs on review of refusals were not in the copies read.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies read 29 Nov 2026: GPO 2002 edition and a current copy (checkoutapi.com, revised 2024) of 41.121(a)-(b), cut off before (c). Review at the post and by the Visa Office on questions of law was read only in the immigrant-visa twin, 22 CFR 42.81(c)-(d), and on montreal.usconsulate.gov.',
  },
  {
    id: 'esta-refusal',
    title: 'A past visa refusal and the Visa Waiver Program (ESTA)',
    citation: 'U.S. Embassy Dublin, ESTA FAQ; CBP guidance as reported by Greenberg Traurig (2009)',
    url: 'https://ie.usembassy.gov/visas/visa-waiver-program/esta-frequently-asked-questions/',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.esta-refusal.supports',
      message: 'A refusal under 221(g) or 214(b) does not by itself bar travel under the Visa Waiver Program: an ESTA can be submitted and is decided case by case. ESTA asks whether the traveller has ever been denied a U.S. visa, and a 221(g) refusal must be answered truthfully as a yes; a traveller whose ESTA is not authorised needs a visa for later trips.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copies of ie.usembassy.gov\u2019s ESTA FAQ and gtlaw.com (2009) read 29 Nov 2026; CBP\u2019s own ESTA FAQ was not among the stored copies.',
  },
  {
    id: 'nvc-inquiry',
    title: 'Contacting the National Visa Center',
    citation: 'U.S. Department of State, travel.state.gov, "NVC Contact Information" (Public Inquiry Form)',
    url: 'https://travel.state.gov/content/travel/en/us-visas/immigrate/national-visa-center/nvc-contact-information.html',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.nvc-inquiry.supports',
      message: 'The National Visa Center answers immigrant-visa questions through its online Public Inquiry Form (not nonimmigrant questions); visa records are confidential, so it answers applicants, sponsors, their attorneys and a few others. The page warns that not responding to NVC within one year of notice can end the petition under INA 203(g).',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'Stored copy of the page under its travel.state.gov path on a mirror host (travel.his.com), read 29 Nov 2026; the copy is undated.',
  },
  {
    id: 'petition-revocation-appeal',
    title: 'Revoking an H petition: on notice (appealable) or automatic',
    citation: '8 CFR 214.2(h)(11), (h)(12); fmglaw.com (19 June 2019); Matter of Zaidan, 19 I&N Dec. 297 (BIA 1985), for immigrant petitions',
    url: 'https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-214/section-214.2',
    supportsMessage: /*i18n*/ {
      id: 'rules.source.petition-revocation-appeal.supports',
      message: 'USCIS may revoke an approved H petition on notice (Notice of Intent to Revoke) when the worker is no longer employed as stated, the petition\u2019s facts were untrue, the petitioner broke its terms or the H rules, or approval broke the rules or was gross error (8 CFR 214.2(h)(11)(iii)). Revocation is automatic when the employer goes out of business, withdraws the petition, or the labor condition application is revoked. A revocation on notice can be appealed (8 CFR 214.2(h)(12)); an automatic revocation cannot.',
    },
    lastChecked: '2026-11-29',
    checkedHow: 'The (h)(11) grounds read in fmglaw.com\u2019s quotation (stored copy), 29 Nov 2026. The (h)(12) appeal rule and the automatic grounds were not in any stored copy: they come from the legal review (29 Nov 2026) and the team\u2019s research notes. For immigrant petitions, Matter of Zaidan (stored copy) confirms there is no appeal from an automatic revocation.',
  },
];

export const SOURCES: readonly Source[] = ROWS.map((row) => ({ ...row, supports: row.supportsMessage.message }));

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

export function getSource(id: string): Source | undefined {
  return BY_ID.get(id);
}

export function isKnownSource(id: string): boolean {
  return BY_ID.has(id);
}
