import { screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { renderApp, reset } from './helpers';

// The service worker reports "updated" as soon as anyone listens.
vi.mock('../../src/pwa', () => ({ onAppUpdated: (listener: () => void) => { listener(); return () => true; } }));

beforeEach(reset);

it('says when the app was updated, and the notice can be dismissed', async () => {
  const { user } = renderApp();
  expect(await screen.findByText('This app was updated to the latest version.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByText('This app was updated to the latest version.')).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: 'Visa and petition' })).toBeInTheDocument();
});
