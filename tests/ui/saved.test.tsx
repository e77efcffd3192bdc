/** A case saved in this browser by the version 1 page opens on its result, with the same verdict. */
import { screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { VERDICT_LABELS, assess, parseCaseFile } from '../../src/rules';
import { STORAGE_KEY } from '../../src/ui/storage';
import saved from '../intake/fixtures/saved-v1.json';
import { TODAY, renderApp, reset } from './helpers';

beforeEach(reset);

it.each(saved.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
  expect(c.storageKey).toBe(STORAGE_KEY);
  localStorage.setItem(STORAGE_KEY, c.storedValue);
  const imported = parseCaseFile(c.imported);
  if (!imported.ok) throw new Error('fixture is not a valid case file');
  renderApp();
  const h1 = await screen.findByRole('heading', { level: 1, name: VERDICT_LABELS[assess(imported.caseFile, TODAY).verdict] });
  expect(h1).toBeInTheDocument();
  expect(screen.queryByText(/could not be read/)).toBeNull();
});

it('a saved draft that cannot be read falls back to the case file saved beside it', async () => {
  const c = saved.cases[0]!;
  const stored = JSON.parse(c.storedValue) as Record<string, unknown>;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...stored, draft: 'broken' }));
  const imported = parseCaseFile(c.imported);
  if (!imported.ok) throw new Error('fixture is not a valid case file');
  renderApp();
  expect(await screen.findByRole('heading', { level: 1, name: VERDICT_LABELS[assess(imported.caseFile, TODAY).verdict] })).toBeInTheDocument();
});

it('says so when neither the draft nor the case file saved beside it can be read', async () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ draft: 'broken', page: 'result', caseFile: { format: 'ceac-case', version: 9 } }));
  renderApp();
  expect(await screen.findByText('The case saved on this device could not be read, so a new case was started.')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Visa and petition');
});
