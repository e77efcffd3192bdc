import { expect, test } from './fixtures';

test('the built page opens and shows its main heading and the disclaimer', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/not legal advice/i).first()).toBeVisible();
  await expect(page.getByText(/Rules last reviewed on/i).first()).toBeVisible();
});

test('the watch on other origins does catch a request to one', async ({ page }) => {
  // Expected to fail in teardown: the fixture sees a request to another origin. The request is
  // answered here by Playwright, so nothing leaves the machine.
  test.fail();
  await page.route('http://example.invalid/**', (route) => route.fulfill({ status: 200, body: 'ok' }));
  await page.goto('http://example.invalid/');
});
