/**
 * Lingui's settings (https://lingui.dev/ref/conf): the languages, where their catalogs live and how
 * they are written. English is the source language and the reference text; `pseudo` is a made-up
 * language built from English at compile time (accented, longer), to show any text that does not go
 * through the catalogs (`npm run build:pseudo`). How to add a language: README, "Languages".
 *
 * The code names each text by an id (`i18n._('chrome.skip')`); each language's catalog maps the ids
 * to its text, as ICU MessageFormat. `npm run i18n:extract` collects the ids from the code into every
 * catalog; a build fails on a missing or unparsable message (vite.config.ts).
 */
import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-json';

/** The form's questions, its pages and the check-answers page. */
const FORM = [
  '<rootDir>/src/intake/form.ts', '<rootDir>/src/intake/validate.ts', '<rootDir>/src/ui/QuestionPage.tsx', '<rootDir>/src/ui/Question.tsx',
  '<rootDir>/src/ui/fields.tsx', '<rootDir>/src/ui/Review.tsx',
  // the verdicts' names and the sections a letter can name: the first page shows them too
  '<rootDir>/src/rules/labels.ts',
];
/** The status-history editor and the CEAC paste reader (the third step), loaded with their code. */
const HISTORY = ['<rootDir>/src/ui/HistoryEditor.tsx', '<rootDir>/src/ui/PasteCeac.tsx', '<rootDir>/src/intake/index.ts'];
/** The result and link pages, with the timeline and the calendar: loaded with the result's code. */
const RESULT = [
  '<rootDir>/src/ui/Result.tsx', '<rootDir>/src/ui/LinkPage.tsx', '<rootDir>/src/ui/Share.tsx', '<rootDir>/src/ui/Sources.tsx',
  '<rootDir>/src/ui/Timeline.tsx', '<rootDir>/src/ui/CalendarButton.tsx', '<rootDir>/src/ui/verdictText.ts',
  '<rootDir>/src/timeline', '<rootDir>/src/calendar',
];

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es', 'zh', 'pseudo'],
  pseudoLocale: 'pseudo',
  fallbackLocales: false,
  format: formatter({ style: 'minimal', indentation: 2 }),
  orderBy: 'messageId',
  // One catalog per area and language, each loaded as a chunk of its own (src/i18n/index.ts).
  catalogs: [
    {
      // The page around every step: header, footer, notices, import and export, status history.
      path: '<rootDir>/src/locales/{locale}/app',
      include: ['<rootDir>/src/ui', '<rootDir>/src/intake', '<rootDir>/src/i18n'],
      exclude: [...FORM, ...HISTORY, ...RESULT],
    },
    { path: '<rootDir>/src/locales/{locale}/form', include: FORM },
    { path: '<rootDir>/src/locales/{locale}/history', include: HISTORY },
    { path: '<rootDir>/src/locales/{locale}/result', include: RESULT },
    // What the rules write; their English is beside the code (src/rules/message.ts).
    { path: '<rootDir>/src/locales/{locale}/rules', include: ['<rootDir>/src/rules'], exclude: ['<rootDir>/src/rules/labels.ts'] },
  ],
});
