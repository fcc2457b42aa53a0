import { describe, expect, it } from 'vitest';
import { actorOf, attendanceFor, correctionBody, formatValue, shownChanges, type HistoryEntry, type HistoryFormat } from './history';

const names: Record<string, string> = { o1: '区财政局党支部', o2: '湘潭电机党支部' };
const f: HistoryFormat = {
  name: (id) => names[id] ?? id,
  dateTime: (v) => `@${v}`,
  label: (group, v) => `${group}:${v}`,
  t: (k) => k,
};

const corrected: HistoryEntry = {
  version: 4, action: 'CORRECTED', actor: 'admin.zhang', actorRole: 'district-admin', organizationId: null,
  at: '2026-06-02T02:00:00Z', reason: '签到表核对后更正人数',
  changes: [
    { field: 'attendance', before: [{ organizationId: 'o1', full: 8, probationary: 1, others: 0 }], after: [{ organizationId: 'o1', full: 6, probationary: 1, others: 2 }] },
    { field: 'kept', before: true, after: true },
    { field: 'summary', before: '座谈', after: '座谈交流' },
  ],
};

describe('activity history', () => {
  it('hides the bookkeeping fields', () => {
    expect(shownChanges(corrected).map((c) => c.field)).toEqual(['attendance', 'summary']);
  });
  it('shows attendance per organization by name', () => {
    expect(formatValue('attendance', corrected.changes[0].after, f)).toBe('区财政局党支部 6/1/2');
    expect(formatValue('attendance', [], f)).toBe('—');
  });
  it('shows organizations by name, times locally, enums by label and nothing as a dash', () => {
    expect(formatValue('confirmedBy', 'o2', f)).toBe('湘潭电机党支部');
    expect(formatValue('startsAt', '2026-06-01T01:30:00Z', f)).toBe('@2026-06-01T01:30:00Z');
    expect(formatValue('status', 'HELD', f)).toBe('activityStatus:HELD');
    expect(formatValue('outcomes', null, f)).toBe('—');
    expect(formatValue('participantIds', ['o1', 'o2'], f)).toBe('区财政局党支部、湘潭电机党支部');
  });
  it('shows a dispute by who raised it, why and how it was decided', () => {
    expect(formatValue('dispute', { raisedBy: 'o2', raisedAt: 'x', reason: '人数不实', outcome: 'UPHELD', resolution: '核实属实' }, f))
      .toBe('湘潭电机党支部 · 人数不实 · disputeOutcome:UPHELD · 核实属实');
  });
  it('names the committee or the organization an actor acted for', () => {
    expect(actorOf(corrected, f)).toBe('admin.zhang（role:district-admin）');
    expect(actorOf({ ...corrected, actor: 'secretary.x', actorRole: 'branch-secretary', organizationId: 'o1' }, f))
      .toBe('secretary.x（区财政局党支部，role:branch-secretary）');
  });
});

describe('a correction', () => {
  it('starts from the recorded attendance of every participant', () => {
    expect(attendanceFor(['o1', 'o2'], [{ organizationId: 'o2', full: 3, probationary: 0, others: 4 }])).toEqual([
      { organizationId: 'o1', full: 0, probationary: 0, others: 0 },
      { organizationId: 'o2', full: 3, probationary: 0, others: 4 },
    ]);
  });
  it('sends numbers, trimmed texts and no empty outcomes', () => {
    expect(correctionBody({
      attendance: [{ organizationId: 'o1', full: 5, probationary: null as unknown as number, others: 1 }],
      summary: ' 座谈交流 ', outcomes: '  ', reason: ' 更正人数 ',
    })).toEqual({ attendance: [{ organizationId: 'o1', full: 5, probationary: 0, others: 1 }], summary: '座谈交流', outcomes: null, reason: '更正人数' });
  });
});
