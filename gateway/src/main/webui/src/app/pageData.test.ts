import { describe, expect, it } from 'vitest';
import { firstReads } from './pageData';
import type { Me } from '../lib/session/SessionProvider';

const NOW = new Date('2026-11-28T04:00:00Z');
const districtAdmin: Me = { username: 'a', roles: ['district-admin'], district: 'HTZ', districts: [{ code: 'HTZ', name: '高新区' }] };
const reader: Me = { username: 'r', roles: ['dashboard-reader'], district: 'HTZ', districts: [{ code: 'HTZ', name: '高新区' }] };
const city: Me = { username: 'c', roles: ['city-admin'], districts: [{ code: 'HTZ', name: '高新区' }, { code: 'JXQ', name: '经开区' }] };
const secretary: Me = { username: 's', roles: ['branch-secretary'], organizationId: 'o1', districts: [] };

describe('the first reads of the opened page', () => {
  it('are the overview\'s six reads for the committee, as its hooks ask for them', () => {
    expect(firstReads('/', '', districtAdmin, null, NOW)).toEqual([
      '/api/dashboard/overview?from=2026-11-01&to=2026-11-30',
      '/api/activities/stats?from=2025-12-01&to=2026-11-30',
      '/api/cadence?size=200',
      '/api/pairings?size=200&sort=title%2Casc',
      '/api/demands?status=OPEN&size=10',
      '/api/receipts?status=PENDING&size=5&sort=createdAt%2Casc',
    ]);
  });

  it('take the period from the address, and leave the receipts out for a reader and for an unknown user', () => {
    const reads = firstReads('/', '?from=2026-01-01&to=2026-06-30', reader, null, NOW);
    expect(reads[0]).toEqual('/api/dashboard/overview?from=2026-01-01&to=2026-06-30');
    expect(reads).toHaveLength(5);
    expect(firstReads('/', '', undefined, null, NOW)).toHaveLength(5);
  });

  it('are the organizations list\'s page, sort and filters, without the opened record; none for the tree', () => {
    expect(firstReads('/organizations', '?sector=ORGAN&page=2&id=x1', districtAdmin, null, NOW))
      .toEqual(['/api/organizations?sector=ORGAN&page=1&size=20&sort=name%2Casc']);
    expect(firstReads('/organizations', '?view=tree', districtAdmin, null, NOW)).toEqual([]);
  });

  it('carry a city administrator\'s picked district, and wait for the pick when there is none or it is unknown', () => {
    expect(firstReads('/organizations', '', city, 'JXQ', NOW)).toEqual(['/api/organizations?page=0&size=20&sort=name%2Casc&district=JXQ']);
    expect(firstReads('/organizations', '', city, null, NOW)).toEqual([]);
    expect(firstReads('/organizations', '', city, 'XXX', NOW)).toEqual([]);
    expect(firstReads('/organizations', '', undefined, 'JXQ', NOW)).toEqual([]);
  });

  it('are none for a user the page is not for, and for the other pages', () => {
    expect(firstReads('/', '', secretary, null, NOW)).toEqual([]);
    expect(firstReads('/organizations', '', reader, null, NOW)).toEqual([]);
    expect(firstReads('/pairings', '', districtAdmin, null, NOW)).toEqual([]);
    expect(firstReads('/my/pairings', '', secretary, null, NOW)).toEqual([]);
  });
});
