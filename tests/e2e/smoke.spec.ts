import { expect, test } from './fixtures';

test('the built page opens and shows its main heading and the disclaimer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/not legal advice/i).first()).toBeVisible();
  await expect(page.getByText(/Rules last reviewed on/i).first()).toBeVisible();
});

test('the watch on other origins does catch a request to one', async ({ page, foreignRequests }) => {
  // The request is answered here by Playwright, so nothing leaves the machine.
  await page.route('http://example.invalid/**', (route) => route.fulfill({ status: 200, body: 'ok' }));
  await page.goto('http://example.invalid/');
  expect(foreignRequests).toEqual(['http://example.invalid/']);
  foreignRequests.length = 0; // seen and expected: let the fixture's own check pass
});
