/** Case files from outside (an imported file, a link's case): checked by the case file's schema. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, restoreCaseFile, restoreCaseFileText } from '../../src/intake/restore';
import saved from './fixtures/saved-v1.json';

describe('restoreCaseFile and restoreCaseFileText', () => {
  it('use the case file schema and give plain messages', () => {
    expect(restoreCaseFile({ format: 'ceac-case' })).toMatchObject({ ok: false, errors: expect.arrayContaining(['The version is missing.']) });
    expect(restoreCaseFileText('{')).toEqual({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
    expect(restoreCaseFileText(' '.repeat(MAX_IMPORT_CHARS + 1))).toEqual({ ok: false, errors: ['The file is too large to be a case file.'] });
    const c = saved.cases[0]!;
    expect(restoreCaseFileText(JSON.stringify(c.imported))).toMatchObject({ ok: true });
  });
});
