import { describe, expect, it } from 'vitest';
import { periodLabel, standingColour, standingOf, termPeriods } from './cadence';

describe('period labels', () => {
  it('names months and quarters as the API does', () => {
    expect(periodLabel('2025-06-15', 'MONTH')).toBe('2025-06');
    expect(periodLabel('2025-06-15', 'QUARTER')).toBe('2025-Q2');
    expect(periodLabel('2025-01-01', 'QUARTER')).toBe('2025-Q1');
    expect(periodLabel('2025-12-31', 'QUARTER')).toBe('2025-Q4');
  });
});

describe('the periods of a term', () => {
  it('lists every month of the term, across a year end', () => {
    const slots = termPeriods('2025-11-10', '2026-02-28', 'MONTH', '2025-12-05');
    expect(slots.map((s) => s.label)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(slots.map((s) => s.begun)).toEqual([true, true, false, false]);
  });

  it('lists quarters from the quarter the term starts in', () => {
    const slots = termPeriods('2025-05-20', '2026-05-19', 'QUARTER', '2025-07-01');
    expect(slots.map((s) => s.label)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(slots[1]).toEqual({ label: '2025-Q3', start: '2025-07-01', begun: true });
  });

  it('stops at the limit', () => {
    expect(termPeriods('2000-01-01', '2099-12-31', 'MONTH', '2025-01-01', 12)).toHaveLength(12);
  });
});

describe('period colouring', () => {
  it('colours each standing, and periods not begun grey', () => {
    const begun = { label: '2025-06', start: '2025-06-01', begun: true };
    const later = { label: '2025-07', start: '2025-07-01', begun: false };
    expect(standingColour(standingOf(begun, 'OK'))).toBe('#52c41a');
    expect(standingColour(standingOf(begun, 'MISSED'))).toBe('#f5222d');
    expect(standingColour(standingOf(begun, 'AT_RISK'))).toBe('#fa8c16');
    expect(standingColour(standingOf(begun, 'IN_PROGRESS'))).toBe('#1677ff');
    expect(standingOf(later, 'MISSED')).toBe('UPCOMING');
    expect(standingOf(begun, 'WHATEVER')).toBe('UPCOMING');
    expect(standingColour(undefined)).toBe('#d9d9d9');
  });
});
