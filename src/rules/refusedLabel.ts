/**
 * What "Refused" on the CEAC page means, written once: the results page shows the title and the
 * paragraphs, and the `refused-label` reason of `assess` uses the one-sentence summary and the
 * sources. A plain data module (it imports nothing but a type).
 *
 * Each text is a message (./message.ts), so that the page can show it in its language
 * (`titleMessage`, `paragraphMessages`, `summaryMessage`); the English fields are read from them.
 */
import type { MessageDescriptor } from './message';

const TITLE: MessageDescriptor = /*i18n*/ { id: 'rules.refusedLabel.title', message: 'What Refused means on CEAC' };
const PARAGRAPHS: readonly MessageDescriptor[] = [
  /*i18n*/ {
    id: 'rules.refusedLabel.paragraph1',
    message: 'Since 3 March 2020 the CEAC page shows \u201cRefused\u201d not only for refusals that end an application, but also '
      + 'for cases put on hold under section 221(g): for missing documents or for extra checks (administrative '
      + 'processing). Before that change, many of those cases showed \u201cAdministrative Processing\u201d, and that status '
      + 'still appears at times.',
  },
  /*i18n*/ {
    id: 'rules.refusedLabel.paragraph2',
    message: 'So \u201cRefused\u201d on its own does not tell you whether your case is over. The section of law named on the '
      + 'officer\u2019s letter does: a 221(g) refusal can be overcome and the visa can still be issued later.',
  },
];
const SUMMARY: MessageDescriptor = /*i18n*/ {
  id: 'rules.refusedLabel.summary',
  message: 'CEAC shows Refused: since 3 March 2020 that label also covers cases held under 221(g), which can still be '
    + 'approved, so the label alone does not mean denied.',
};

export const REFUSED_LABEL = {
  /** The id of the reason `assess` gives with the summary (a page that shows the paragraphs leaves it out of its list). */
  reasonId: 'refused-label',
  title: TITLE.message,
  titleMessage: TITLE,
  paragraphs: PARAGRAPHS.map((p) => p.message),
  paragraphMessages: PARAGRAPHS,
  summary: SUMMARY.message,
  summaryMessage: SUMMARY,
  sources: ['dos-ceac-2020', 'ina-221g'],
} as const;
