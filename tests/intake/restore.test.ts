/** Case files from outside (an imported file, a link's case): checked by the case file's schema. */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/i18n';
import { show } from '../../src/i18n/text';
import { MAX_IMPORT_CHARS, restoreCaseFile, restoreCaseFileText, type Imported } from '../../src/intake/restore';
import saved from './fixtures/saved-v1.json';

/** The result with its problems read as the page shows them (this app's own messages in English). */
const shown = (r: Imported) => (r.ok ? r : { ...r, errors: r.errors.map((e) => (typeof e === 'string' ? e : show(i18n, e))) });

describe('restoreCaseFile and restoreCaseFileText', () => {
  it('use the case file schema and give plain messages', () => {
    expect(restoreCaseFile({ format: 'ceac-case' })).toMatchObject({ ok: false, errors: expect.arrayContaining(['The version is missing.']) });
    expect(shown(restoreCaseFileText('{'))).toEqual({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(shown(restoreCaseFileText(' '.repeat(MAX_IMPORT_CHARS + 1)))).toEqual({ ok: false, errors: ['The file is too large to be a case file.'] });
    const c = saved.cases[0]!;
    expect(restoreCaseFileText(JSON.stringify(c.imported))).toMatchObject({ ok: true });
  });
});
