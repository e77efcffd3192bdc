/**
 * The language control on every page, the page's language remembered on this device, `<html lang>`,
 * the note that the English text is the reference, and the language a link or the browser chooses.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activate, i18n, initialLocale, LANG_KEY } from '../../src/i18n';
import type { CaseFile } from '../../src/rules';
import { decodeCaseLink, encodeCaseLink } from '../../src/share';
import { renderApp, renderResult, reset } from './helpers';

beforeEach(reset);
afterEach(() => localStorage.removeItem(LANG_KEY));

describe('the language control', () => {
  it('names each language in itself, marked in its own language, with the page\u2019s own pressed', () => {
    renderApp();
    const nav = screen.getByRole('navigation', { name: 'Language' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('lang'), b.getAttribute('aria-pressed')])).toEqual([
      ['English', 'en', 'true'], ['Español', 'es', 'false'], ['中文', 'zh-Hans', 'false'],
    ]);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.queryByText(/The English text is the reference/)).not.toBeInTheDocument();
  });

  it('switches the page to Spanish, remembers it, says the English is the reference, and switches back', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(await screen.findByRole('navigation', { name: 'Idioma' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANG_KEY)).toBe('es');
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Ir al contenido principal')).toBeInTheDocument();
    // CEAC's status name stays English, marked so a screen reader reads it in English
    const refused = within(screen.getByRole('banner')).getByText('Refused');
    expect(refused).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/El texto en inglés es la referencia/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Read this page in English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
  });

  it('switches the page to Simplified Chinese', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('navigation', { name: '语言' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(screen.getByText(/以英文原文为准/)).toBeInTheDocument();
  });

  it('writes the footer\u2019s date for the language', async () => {
    await activate('zh');
    renderApp();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/规则最后审核日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(i18n.locale).toBe('zh');
  });
});

describe('the language the page opens in', () => {
  it('is the link\u2019s `~lang=` option, before the one remembered here', () => {
    localStorage.setItem(LANG_KEY, 'zh');
    window.history.replaceState(null, '', '/#v2.AAAA~lang=es');
    expect(initialLocale()).toBe('es');
  });

  it('is the one remembered on this device when the link has none', () => {
    localStorage.setItem(LANG_KEY, 'zh');
    window.history.replaceState(null, '', '/#v2.AAAA');
    expect(initialLocale()).toBe('zh');
  });

  it('is the browser\u2019s otherwise', () => {
    window.history.replaceState(null, '', '/');
    expect(initialLocale()).toBe(navigator.languages.some((l) => l.startsWith('es')) ? 'es' : 'en');
  });
});

describe('the language a shared link opens in', () => {
  const cf: CaseFile = {
    format: 'ceac-case', version: 2, visaClass: 'B-2', application: { kind: 'interview', date: '2026-09-01' },
    ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }], refusal: { grounds: ['214b'], requests: [] },
  };

  it('is the reader\u2019s own unless the sender chooses one; only the language code is added to the link', async () => {
    const { user } = renderResult(cf);
    const field = await screen.findByLabelText('Link to this case', {}, { timeout: 10_000 });
    const plain = await encodeCaseLink(cf);
    await waitFor(() => expect(field).toHaveValue(`${window.location.origin}/${plain}`));
    const choice = screen.getByLabelText('Language the link opens in');
    expect(choice).toHaveValue('');
    expect(within(choice).getByRole('option', { name: 'The reader\u2019s own language' })).toBeInTheDocument();

    await user.selectOptions(choice, 'Español');
    await waitFor(() => expect(field).toHaveValue(`${window.location.origin}/${plain}~lang=es`));
    const opened = await decodeCaseLink(`${plain}~lang=es`);
    expect(opened.ok && opened.options).toEqual({ lang: 'es' });
    expect(opened.ok && opened.caseFile).toEqual(cf);

    await user.selectOptions(choice, '中文');
    await waitFor(() => expect(field).toHaveValue(`${window.location.origin}/${plain}~lang=zh-hans`));
    window.history.replaceState(null, '', `/${plain}~lang=zh-hans`);
    expect(initialLocale()).toBe('zh');
  });
});
