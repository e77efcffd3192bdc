/**
 * The rules' texts as messages (docs/policy.md, "Texts and languages"): `explain` gives, beside
 * every text `assess` writes, the message it was written from, and that message in English is the
 * text, character for character; `assess` is `explain` without the messages (the contract's shape).
 */
import { describe, expect, it } from 'vitest';
import { assess, englishText, explain, parseCaseFile, type CaseFile, type Msg } from '../../src/rules';
import scenarios from './scenarios.json';

const ROWS = (scenarios as Array<{ name: string; asOf: string; caseFile: unknown }>).flatMap((s) => {
  const parsed = parseCaseFile(s.caseFile);
  return parsed.ok ? [[s.name, parsed.caseFile, s.asOf] as [string, CaseFile, string]] : [];
});

describe.each(ROWS)('%s', (_name, cf, asOf) => {
  const a = assess(cf, asOf);
  const x = explain(cf, asOf);

  it('assess is explain without the messages', () => {
    const { warningMessages: _w, decidesMessage: _d, traceMessages: _t, ...rest } = x;
    const plain = <T extends { message?: Msg }>({ message: _m, ...item }: T) => item;
    expect({ ...rest, reasons: rest.reasons.map(plain), nextSteps: rest.nextSteps.map(plain), missing: rest.missing.map(plain) }).toEqual(a);
  });

  it('every text has its message, and the message in English is the text', () => {
    const pairs: Array<[string, Msg | undefined]> = [
      ...x.reasons.map((r) => [r.text, r.message] as [string, Msg | undefined]),
      ...x.nextSteps.map((s) => [s.text, s.message] as [string, Msg | undefined]),
      ...x.missing.map((m) => [m.why, m.message] as [string, Msg | undefined]),
      ...x.warnings.map((w, i) => [w, x.warningMessages[i]] as [string, Msg | undefined]),
      ...x.trace.map((t, i) => [t.because, x.traceMessages[i]] as [string, Msg | undefined]),
      ...(x.decides ? [[x.decides, x.decidesMessage] as [string, Msg | undefined]] : []),
    ];
    for (const [text, message] of pairs) {
      expect(message, text).toBeDefined();
      expect(englishText(message!)).toBe(text);
    }
  });
});

describe('the petition named by its form', () => {
  const revoked = (visaClass: CaseFile['visaClass']): CaseFile => ({
    format: 'ceac-case', version: 2, visaClass, petition: { status: 'revoked' },
    application: { kind: 'interview', date: '2026-09-01' }, ceacHistory: [{ seenOn: '2026-09-02', status: 'Refused' }],
  });

  it('names the form when the class has one', () => {
    expect(assess(revoked('H-1B'), '2026-11-20').reasons[0]!.text).toMatch(/^USCIS has revoked the petition \(Form I-129\), and/);
  });

  it('says only "the petition" when the class names no form (not "the petition (the petition)")', () => {
    const a = assess(revoked('IV-other'), '2026-11-20');
    expect(a.reasons[0]!.text).toMatch(/^USCIS has revoked the petition, and a visa cannot be issued/);
    expect(a.nextSteps.map((s) => s.text).join(' ')).not.toMatch(/\(the petition\)/);
  });
});
