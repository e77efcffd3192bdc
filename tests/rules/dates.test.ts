import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, isISODate } from '../../src/rules';
import { addOneYear, addWorkingDays } from '../../src/rules/dates';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true], ['2026-02-29', false], ['2028-02-29', true], ['2026-02-30', false],
    ['2026-04-31', false], ['2026-12-31', true], ['2026-13-01', false], ['2026-00-10', false],
    ['2026-1-5', false], ['03/01/2026', false], ['2026-03-01T00:00', false], ['', false], ['1899-12-31', false],
  ])('isISODate(%s) is %s', (s, ok) => {
    expect(isISODate(s)).toBe(ok);
  });

  it('adds one year, landing on 28 February from 29 February', () => {
    expect(addOneYear('2024-02-29')).toBe('2025-02-28');
    expect(addOneYear('2028-02-29')).toBe('2029-02-28');
    expect(addOneYear('2026-03-01')).toBe('2027-03-01');
    expect(addOneYear('2026-12-31')).toBe('2027-12-31');
  });

  it('adds days across month ends, leap days and the 1994 Kiritimati jump', () => {
    expect(addDays('2026-09-01', 60)).toBe('2026-10-31');
    expect(addDays('2026-09-01', 180)).toBe('2027-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(addDays('1994-12-31', 1)).toBe('1995-01-01');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09'); // U.S. clocks change on 8 March 2026
  });

  it('counts calendar days, whatever the daylight-saving changes in between', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-09-10', '2026-09-01')).toBe(-9);
    expect(daysBetween('bad', '2026-09-01')).toBeUndefined();
  });

  it('adds working days (Monday to Friday)', () => {
    expect(addWorkingDays('2026-11-20', 10)).toBe('2026-12-04'); // Friday + 10 working days
  });

  it('formats dates unambiguously and never shifts them', () => {
    expect(formatDate('2026-09-01')).toBe('1 Sep 2026');
    expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDate('2028-02-29')).toBe('29 Feb 2028');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
