import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The time-to-verdict benchmark: same browser and server as the e2e tests, its own folder. */
export default defineConfig({
  ...base,
  testDir: './tests/bench',
  testMatch: '**/time-to-verdict.pw.ts',
});
