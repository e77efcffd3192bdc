/** The browser's own Back and Forward buttons move between the steps, and nothing typed is lost. */
import { expect, test } from './fixtures';

test('browser Back and Forward move between steps and keep the answers', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Visa and petition' })).toBeVisible();
  await page.getByLabel('Visa class').selectOption('H-1B');
  await page.getByRole('radio', { name: /Approved/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Visa and petition' })).toBeVisible();
  await expect(page.getByLabel('Visa class')).toHaveValue('H-1B');
  await expect(page.getByRole('radio', { name: /Approved/ })).toBeChecked();

  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview' })).toBeVisible();
  await context.close();
});
