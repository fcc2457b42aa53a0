import { describe, expect, it } from 'vitest';
import type { Activity } from './api';
import { confirmationTag } from './confirmation';

const held: Activity = {
  id: 'a', pairingId: 'p', title: '主题党日', type: 'THEMED_PARTY_DAY', startsAt: '2025-06-10T09:30:00+08:00',
  endsAt: '2025-06-10T11:30:00+08:00', participantIds: [], status: 'HELD', version: 1,
};
const dispute = { raisedBy: 'o', raisedAt: '2025-06-11T02:00:00Z', reason: '人数不实' };

describe('confirmationTag', () => {
  it('is shown only for held activities', () => {
    expect(confirmationTag({ ...held, status: 'PLANNED' })).toBeNull();
  });
  it('tells awaiting from confirmed', () => {
    expect(confirmationTag(held)?.key).toBe('activity.unconfirmed');
    expect(confirmationTag({ ...held, confirmedBy: 'o' })?.key).toBe('activity.confirmed');
  });
  it('shows a dispute and the committee decision on it', () => {
    expect(confirmationTag({ ...held, dispute })?.key).toBe('activity.disputed');
    expect(confirmationTag({ ...held, dispute: { ...dispute, outcome: 'UPHELD' } })).toEqual({ key: 'activity.voided', color: 'red' });
    expect(confirmationTag({ ...held, dispute: { ...dispute, outcome: 'DISMISSED' } })?.key).toBe('activity.stands');
  });
});
