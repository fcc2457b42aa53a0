import { describe, expect, it } from 'vitest';
import { byTypePerMonth, lastTwelveMonths, thisMonthInDistrict, todayInDistrict } from './api';

describe('the last twelve months', () => {
  it('run from eleven months ago to this month', () => {
    const months = lastTwelveMonths('2026-05-20');
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual(['2025-06-01', '2025-06-30', '2025-06']);
    expect(months[11]).toEqual(['2026-05-01', '2026-05-31', '2026-05']);
  });
  it('take each month by type from one answer, nothing for a month it does not have', () => {
    const stats = { from: '2025-06-01', to: '2026-05-31', total: 3, byType: {}, byMonth: [{ month: '2026-05', count: 3, byType: { SYMPOSIUM: 3 } }] };
    expect(byTypePerMonth(['2026-04', '2026-05'], stats)).toEqual([undefined, { SYMPOSIUM: 3 }]);
    expect(byTypePerMonth(['2026-05'], undefined)).toEqual([undefined]);
  });
});

describe('this month in the district', () => {
  it('is the month of Shanghai, first to last day, even when UTC is still on the day before', () => {
    expect(thisMonthInDistrict(new Date('2026-11-27T17:47:00Z'))).toEqual(['2026-11-01', '2026-11-30']);
    expect(thisMonthInDistrict(new Date('2026-11-30T16:30:00Z'))).toEqual(['2026-12-01', '2026-12-31']);
  });
});

describe('the twelve months of the overview chart', () => {
  it('end with the district\'s month, not the browser\'s', () => {
    const months = lastTwelveMonths(todayInDistrict(new Date('2026-11-30T16:30:00Z')));
    expect(months[11]).toEqual(['2026-12-01', '2026-12-31', '2026-12']);
    expect(months[0][2]).toEqual('2026-01');
  });
});

describe('the months of a date', () => {
  it('cross the year back and know each month\'s last day, February of a leap year too', () => {
    const months = lastTwelveMonths('2028-01-15');
    expect(months[0]).toEqual(['2027-02-01', '2027-02-28', '2027-02']);
    expect(months[10]).toEqual(['2027-12-01', '2027-12-31', '2027-12']);
    expect(lastTwelveMonths('2028-02-29')[11]).toEqual(['2028-02-01', '2028-02-29', '2028-02']);
    expect(lastTwelveMonths('2026-04-30')[11]).toEqual(['2026-04-01', '2026-04-30', '2026-04']);
  });
});
