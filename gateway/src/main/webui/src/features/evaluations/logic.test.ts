import { describe, expect, it } from 'vitest';
import { canFinalize, ifMatchOf, missingRaters, ordered, rankingYears, ratingBy, sideOf, yearFrom } from './logic';

const rated = (organizationId: string, rating: number) =>
  ({ organizationId, side: 'PARTNER' as const, rating, ratedAt: '2026-01-05T08:00:00Z' });

describe('evaluations', () => {
  it('send the version they were read at as If-Match', () => {
    expect(ifMatchOf({ version: 3 })).toBe('"3"');
  });

  it('know from which side an organization rates', () => {
    expect(sideOf('lead', 'lead')).toBe('LEAD');
    expect(sideOf('lead', 'partner')).toBe('PARTNER');
  });

  it('find the own rating and who has not rated yet', () => {
    const draft = { sideRatings: [rated('b', 4)] };
    expect(ratingBy(draft, 'b')?.rating).toBe(4);
    expect(ratingBy(draft, 'a')).toBeUndefined();
    expect(ratingBy(draft, undefined)).toBeUndefined();
    expect(missingRaters(draft, ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });

  it('are finalized by the committee while they are drafts', () => {
    expect(canFinalize({ status: 'DRAFT' }, true)).toBe(true);
    expect(canFinalize({ status: 'FINAL' }, true)).toBe(false);
    expect(canFinalize({ status: 'DRAFT' }, false)).toBe(false);
  });

  it('list drafts first, then the latest final ones', () => {
    const list = [
      { id: 'old', status: 'FINAL' as const, periodEnd: '2024-12-31', evaluatedAt: '2025-01-02T00:00:00Z' },
      { id: 'draft', status: 'DRAFT' as const, periodEnd: '2025-12-31', evaluatedAt: '2026-01-01T00:00:00Z' },
      { id: 'new', status: 'FINAL' as const, periodEnd: '2025-12-31', evaluatedAt: '2026-01-03T00:00:00Z' },
    ];
    expect(ordered(list).map((e) => e.id)).toEqual(['draft', 'new', 'old']);
  });
});

describe('rankings by year', () => {
  it('offer this year and the years before it', () => {
    expect(rankingYears(2026, 3)).toEqual([2026, 2025, 2024]);
  });

  it('read the year from the URL, this year when it is missing or odd', () => {
    expect(yearFrom('2025', 2026)).toBe(2025);
    expect(yearFrom(null, 2026)).toBe(2026);
    expect(yearFrom('abc', 2026)).toBe(2026);
    expect(yearFrom('1999', 2026)).toBe(2026);
  });
});
