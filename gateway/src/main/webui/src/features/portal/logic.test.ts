import { describe, expect, it } from 'vitest';
import {
  alreadyStored, attendanceRows, canAddPhotos, canConfirm, canRaiseDemand, canRecordHeld, canSchedule, defaultSlot,
  demandActions, dueInPeriod, feedAddress, localInputValue, webcalAddress, withOffset,
} from './logic';

const pairing = { leadId: 'organ', partnerIds: ['firm', 'shop'], status: 'ACTIVE' };

describe('demands', () => {
  it('are answered by the lead side secretary only, as their status allows', () => {
    expect(demandActions({ status: 'OPEN' }, pairing, 'organ', ['branch-secretary'])).toEqual(['accept', 'resolve', 'reject']);
    expect(demandActions({ status: 'ACCEPTED' }, pairing, 'organ', ['branch-secretary'])).toEqual(['resolve', 'reject']);
    expect(demandActions({ status: 'RESOLVED' }, pairing, 'organ', ['branch-secretary'])).toEqual([]);
    expect(demandActions({ status: 'OPEN' }, pairing, 'firm', ['branch-secretary'])).toEqual([]);
    expect(demandActions({ status: 'OPEN' }, pairing, 'organ', ['enterprise-contact'])).toEqual([]);
  });

  it('are raised by the partner side of an active pairing', () => {
    expect(canRaiseDemand(pairing, 'firm', ['enterprise-contact'])).toBe(true);
    expect(canRaiseDemand(pairing, 'firm', ['branch-secretary'])).toBe(true);
    expect(canRaiseDemand(pairing, 'organ', ['branch-secretary'])).toBe(false);
    expect(canRaiseDemand({ ...pairing, status: 'SUSPENDED' }, 'firm', ['enterprise-contact'])).toBe(false);
    expect(canRaiseDemand(pairing, undefined, ['enterprise-contact'])).toBe(false);
  });
});

describe('activities', () => {
  const planned = { status: 'PLANNED' as const, participantIds: ['organ', 'firm'] };
  const held = { status: 'HELD' as const, participantIds: ['organ', 'firm'], completedBy: 'organ', confirmedBy: null };

  it('are scheduled and recorded by a member secretary, never by a liaison', () => {
    expect(canSchedule(pairing, 'firm', ['branch-secretary'])).toBe(true);
    expect(canSchedule(pairing, 'firm', ['enterprise-contact'])).toBe(false);
    expect(canSchedule(pairing, 'stranger', ['branch-secretary'])).toBe(false);
    expect(canRecordHeld(planned, pairing, 'organ', ['branch-secretary'])).toBe(true);
    expect(canRecordHeld(held, pairing, 'organ', ['branch-secretary'])).toBe(false);
  });

  it('are confirmed by the other side, once', () => {
    expect(canConfirm(held, pairing, 'firm', ['branch-secretary'])).toBe(true);
    expect(canConfirm(held, pairing, 'organ', ['branch-secretary'])).toBe(false);
    expect(canConfirm({ ...held, confirmedBy: 'firm' }, pairing, 'firm', ['branch-secretary'])).toBe(false);
    expect(canConfirm(held, pairing, 'firm', ['enterprise-contact'])).toBe(false);
    expect(canConfirm(planned, pairing, 'firm', ['branch-secretary'])).toBe(false);
  });

  it('take photos unless cancelled', () => {
    expect(canAddPhotos(held, pairing, 'organ', ['branch-secretary'])).toBe(true);
    expect(canAddPhotos({ ...held, status: 'CANCELLED' }, pairing, 'organ', ['branch-secretary'])).toBe(false);
  });

  it('list one attendance row per participant, keeping what was typed', () => {
    expect(attendanceRows(['organ', 'firm'], [{ organizationId: 'firm', full: 4 }])).toEqual([
      { organizationId: 'organ', full: 0, probationary: 0, others: 0 },
      { organizationId: 'firm', full: 4, probationary: 0, others: 0 },
    ]);
  });
});

describe('a retried photo upload', () => {
  const file = { name: 'IMG_1.jpg', size: 2048 };

  it('finds the copy its first try stored, so that nothing is stored twice', () => {
    const before = new Set(['old']);
    const photos = [{ id: 'old', fileName: 'IMG_1.jpg', size: 2048 }, { id: 'new', fileName: 'IMG_1.jpg', size: 2048 }];
    expect(alreadyStored(file, photos, before)?.id).toBe('new');
  });

  it('uploads again when the first try stored nothing', () => {
    expect(alreadyStored(file, [{ id: 'old', fileName: 'IMG_1.jpg', size: 2048 }], new Set(['old']))).toBeUndefined();
    expect(alreadyStored(file, [{ id: 'x', fileName: 'IMG_1.jpg', size: 99 }], new Set())).toBeUndefined();
  });
});

describe('the cadence of this period', () => {
  it('tells how many activities are still due and how many wait for confirmation', () => {
    expect(dueInPeriod({ required: 2, held: 1, confirmed: 0, periodEnd: '2026-12-01' })).toEqual({ remaining: 1, unconfirmed: 1, by: '2026-12-01' });
    expect(dueInPeriod({ required: 1, held: 3, confirmed: 3, periodEnd: '2026-12-01' }).remaining).toBe(0);
    expect(dueInPeriod(undefined)).toEqual({ remaining: 0, unconfirmed: 0 });
  });
});

describe('the calendar feed', () => {
  it('is a whole address, and a webcal one for the phone', () => {
    expect(feedAddress('https://gj.example.cn/', '/api/organizations/1/calendar.ics?token=a')).toBe('https://gj.example.cn/api/organizations/1/calendar.ics?token=a');
    expect(feedAddress('https://gj.example.cn', 'https://other/x.ics')).toBe('https://other/x.ics');
    expect(webcalAddress('https://gj.example.cn/x.ics')).toBe('webcal://gj.example.cn/x.ics');
  });
});

describe('times from the phone picker', () => {
  it('carry the device offset', () => {
    expect(withOffset('2026-11-27T09:30', 480)).toBe('2026-11-27T09:30:00+08:00');
    expect(withOffset('2026-11-27T09:30', -90)).toBe('2026-11-27T09:30:00-01:30');
  });

  it('propose the next full hour for two hours', () => {
    const slot = defaultSlot(new Date(2026, 10, 27, 23, 20));
    expect(slot).toEqual({ startsAt: '2026-11-28T00:00', endsAt: '2026-11-28T02:00' });
    expect(localInputValue(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });
});
