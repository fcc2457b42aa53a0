import { describe, expect, it } from 'vitest';
import {
  attemptSummary, attendanceRows, attendanceTotal, canCorrect, canDispute, historyChanges, memberLabel, uploadKey, canAddPhotos, canConfirm, canRaiseDemand, canRecordHeld, canSchedule, defaultSlot,
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

describe('a photo upload', () => {
  it('gets one Idempotency-Key per file, new for every file', () => {
    let n = 0;
    const random = () => `r${++n}`;
    expect(uploadKey(random)).toBe('photo-r1');
    expect(uploadKey(random)).toBe('photo-r2');
    expect(uploadKey()).toMatch(/^photo-[0-9a-f-]{36}$/);
    expect(uploadKey()).not.toBe(uploadKey());
  });
});

describe('disputes and corrections', () => {
  const held = { status: 'HELD' as const, participantIds: ['organ', 'firm'], completedBy: 'organ', confirmedBy: null, dispute: null };

  it('the partner side may dispute what it may confirm; nobody once it is disputed or confirmed', () => {
    expect(canDispute(held, pairing, 'firm', ['branch-secretary'])).toBe(true);
    expect(canDispute(held, pairing, 'organ', ['branch-secretary'])).toBe(false);
    expect(canDispute(held, pairing, 'firm', ['enterprise-contact'])).toBe(false);
    const disputed = { ...held, dispute: { raisedBy: 'firm' } };
    expect(canDispute(disputed, pairing, 'firm', ['branch-secretary'])).toBe(false);
    expect(canConfirm(disputed, pairing, 'firm', ['branch-secretary'])).toBe(false);
    expect(canDispute({ ...held, confirmedBy: 'shop' }, pairing, 'firm', ['branch-secretary'])).toBe(false);
  });

  it('the reporting side corrects until the partner confirms or disputes', () => {
    expect(canCorrect(held, pairing, 'organ', ['branch-secretary'])).toBe(true);
    expect(canCorrect(held, pairing, 'firm', ['branch-secretary'])).toBe(false);
    expect(canCorrect(held, pairing, 'organ', ['enterprise-contact'])).toBe(false);
    expect(canCorrect({ ...held, confirmedBy: 'firm' }, pairing, 'organ', ['branch-secretary'])).toBe(false);
    expect(canCorrect({ ...held, dispute: { raisedBy: 'firm' } }, pairing, 'organ', ['branch-secretary'])).toBe(false);
    expect(canCorrect({ ...held, status: 'PLANNED' as const }, pairing, 'organ', ['branch-secretary'])).toBe(false);
  });
});

describe('an activity history entry', () => {
  it('shows changed texts with their values first, names other fields, and hides derived ones', () => {
    const entry = {
      action: 'CORRECTED',
      changes: [
        { field: 'attendance', before: [{ full: 3 }], after: [{ full: 5 }] },
        { field: 'summary', before: '学习', after: '学习研讨' },
        { field: 'kept', before: false, after: false },
        { field: 'outcomes', before: null, after: '清单两项' },
      ],
    };
    expect(historyChanges(entry)).toEqual([
      { field: 'summary', before: '学习', after: '学习研讨' },
      { field: 'outcomes', before: '', after: '清单两项' },
      { field: 'attendance' },
    ]);
  });

  it('totals attendance rows', () => {
    expect(attendanceTotal([{ full: 3, probationary: 1, others: 2 }, { full: 4 }])).toBe(10);
    expect(attendanceTotal(null)).toBe(0);
  });
});

describe('the names of a pairing\'s organizations', () => {
  const words = { own: '本组织', lead: '牵头方', partner: (n: number | '') => `结对方 ${n}` };
  const own = { id: 'firm', name: '科技公司党支部' };

  it('come from the pairing\'s members', () => {
    const named = { ...pairing, members: [{ id: 'organ', name: '机关党支部' }, { id: 'firm', name: '科技公司党支部' }, { id: 'shop', name: null }] };
    expect(memberLabel('organ', named, own, words)).toBe('机关党支部');
    expect(memberLabel('firm', named, own, words)).toBe('科技公司党支部');
    expect(memberLabel('shop', named, own, words)).toBe('结对方 2');
  });

  it('fall back to the own name and the sides when the pairing names none', () => {
    expect(memberLabel('firm', pairing, own, words)).toBe('科技公司党支部');
    expect(memberLabel('organ', pairing, own, words)).toBe('牵头方');
    expect(memberLabel('stranger', undefined, own, words)).toBe('结对方');
  });
});

describe('a webhook attempt', () => {
  it('reads as its status code, or its error when the endpoint never answered, and its time', () => {
    expect(attemptSummary({ statusCode: 204, durationMs: 83, succeeded: true })).toEqual({ ok: true, status: '204', ms: 83 });
    expect(attemptSummary({ statusCode: null, error: 'connection refused', durationMs: 5, succeeded: false }))
      .toEqual({ ok: false, status: 'connection refused', ms: 5 });
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
