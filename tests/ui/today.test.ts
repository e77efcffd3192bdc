import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/ui/today';

describe('localToday', () => {
  it('uses the local year, month and day', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2024, 1, 29, 0, 0))).toBe('2024-02-29');
  });
});
