/**
 * The error summary's links, as GOV.UK Frontend does it: the question (legend or label) is brought
 * into view, then the control is focused without scrolling again, so its label is never hidden.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cont, renderApp, reset } from './helpers';

beforeEach(reset);
afterEach(() => vi.restoreAllMocks());

it('scrolls the legend or label into view, then focuses the control with preventScroll', async () => {
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) { scrolled.push(this); };
  const focus = vi.spyOn(HTMLElement.prototype, 'focus');
  const { user } = renderApp();
  await cont(user);
  const links = within(screen.getByRole('alert')).getAllByRole('link');

  focus.mockClear();
  await user.click(links[0]!); // a select: its label
  const select = screen.getByLabelText('Visa class');
  expect(select).toHaveFocus();
  expect(scrolled.at(-1)).toBe(document.querySelector('label[for="visaClass"]'));
  expect(focus.mock.calls.at(-1)).toEqual([{ preventScroll: true }]);

  await user.click(links[1]!); // radios: the group's legend
  expect(screen.getByRole('radio', { name: /Approved \(I have an I-797/ })).toHaveFocus();
  const group = screen.getByRole('group', { name: /What is happening with the petition/ });
  expect(scrolled.at(-1)).toBe(group.querySelector('legend'));
  expect(focus.mock.calls.at(-1)).toEqual([{ preventScroll: true }]);
});
