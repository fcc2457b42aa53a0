import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { defaultRange, ledgerUrl, rangeProblem } from './ledger';

describe('the ledger download', () => {
  it('defaults to the current year up to today', () => {
    expect(defaultRange(dayjs('2026-05-30'))).toEqual(['2026-01-01', '2026-05-30']);
  });

  it('refuses a range backwards or longer than three years', () => {
    expect(rangeProblem('2026-06-01', '2026-05-30')).toBe('order');
    expect(rangeProblem('2023-05-30', '2026-05-30')).toBeNull();
    expect(rangeProblem('2023-05-29', '2026-05-30')).toBe('tooLong');
  });

  it('asks the gateway for the range, format and language', () => {
    const url = ledgerUrl('2026-01-01', '2026-05-30', 'csv', 'en');
    expect(url).toContain('/api/ledger?');
    expect(url).toContain('from=2026-01-01');
    expect(url).toContain('to=2026-05-30');
    expect(url).toContain('format=csv');
    expect(url).toContain('lang=en');
  });
});
