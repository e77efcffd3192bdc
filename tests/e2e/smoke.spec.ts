import { expect, test } from '@playwright/test';

test('the built page opens and shows its main heading and the disclaimer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/not legal advice/i).first()).toBeVisible();
  await expect(page.getByText(/Rules last reviewed on/i).first()).toBeVisible();
});
