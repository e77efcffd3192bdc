import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The result page, the check-answers page and the export load their code on demand; on a busy CI
// machine that can take longer than Testing Library's default 1 s wait for `findBy…` and `waitFor`.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
