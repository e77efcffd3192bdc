import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activate, i18n, needTexts } from '../src/i18n';

// The result page, the check-answers page and the export load their code on demand; on a busy CI
// machine that can take longer than Testing Library's default 1 s wait for `findBy…` and `waitFor`.
configure({ asyncUtilTimeout: 4000 });

// Every text comes from a catalog: the page's language must be loaded before anything renders.
// The page loads the status-history editor's texts with its code (src/ui/historyModule.ts); tests
// that read the paste reader's messages directly need them too.
await activate('en');
await needTexts(['history']);

afterEach(async () => {
  cleanup();
  if (i18n.locale !== 'en') await activate('en');
});
