import type { MessageKey } from '../../lib/i18n/messages';

/** One change of an activity, as activity-service's history answers it. */
export interface HistoryEntry {
  version: number;
  action: string;
  actor: string;
  actorRole: string;
  /** The organization the actor acted for; null for the committee. */
  organizationId?: string | null;
  at: string;
  reason?: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

/** What the history needs to show ids and times as people read them. */
export interface HistoryFormat {
  name: (organizationId: string) => string;
  dateTime: (value: string) => string;
  label: (group: string, value: string) => string;
  t: (key: MessageKey) => string;
}

/** Fields of the history that mean nothing to a reader on their own (they change with the fields shown). */
const HIDDEN = new Set(['id', 'district', 'pairingId', 'version', 'kept', 'confirmedAt']);

const TIMES = new Set(['startsAt', 'endsAt', 'confirmedAt', 'raisedAt', 'resolvedAt']);
const ORGANIZATIONS = new Set(['confirmedBy', 'completedBy', 'raisedBy']);

/** The changes of an entry a reader is shown, in the order the service gave them. */
export function shownChanges(entry: HistoryEntry): HistoryEntry['changes'] {
  return entry.changes.filter((c) => !HIDDEN.has(c.field));
}

/** A value before or after a change, as text: names for organizations, local times, attendance as counts. */
export function formatValue(field: string, value: unknown, f: HistoryFormat): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'attendance' && Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((row) => {
      const r = row as { organizationId: string; full?: number; probationary?: number; others?: number };
      return `${f.name(r.organizationId)} ${r.full ?? 0}/${r.probationary ?? 0}/${r.others ?? 0}`;
    }).join('；');
  }
  if (field === 'participantIds' && Array.isArray(value)) return value.map((id) => f.name(String(id))).join('、');
  if (field === 'status') return f.label('activityStatus', String(value));
  if (field === 'type') return f.label('activityType', String(value));
  if (field === 'outcome') return f.label('disputeOutcome', String(value));
  if (TIMES.has(field)) return f.dateTime(String(value));
  if (ORGANIZATIONS.has(field)) return f.name(String(value));
  if (field === 'dispute' && typeof value === 'object') {
    const d = value as Record<string, unknown>;
    return ['raisedBy', 'reason', 'outcome', 'resolution']
      .filter((k) => d[k] !== null && d[k] !== undefined && d[k] !== '')
      .map((k) => formatValue(k, d[k], f))
      .join(' · ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Who made a change: the committee, or the account and the organization it acted for. */
export function actorOf(entry: HistoryEntry, f: HistoryFormat): string {
  const role = f.label('role', entry.actorRole);
  return entry.organizationId ? `${entry.actor}（${f.name(entry.organizationId)}，${role}）` : `${entry.actor}（${role}）`;
}

export interface AttendanceRow {
  organizationId: string;
  full: number;
  probationary: number;
  others: number;
}

/**
 * The attendance a correction starts from: what was recorded for each participant, zero for a participant with no row,
 * in the order of the participants.
 */
export function attendanceFor(participantIds: string[], recorded: AttendanceRow[] | undefined): AttendanceRow[] {
  const byOrganization = new Map((recorded ?? []).map((r) => [r.organizationId, r]));
  return participantIds.map((id) => {
    const r = byOrganization.get(id);
    return { organizationId: id, full: r?.full ?? 0, probationary: r?.probationary ?? 0, others: r?.others ?? 0 };
  });
}

export interface CorrectionValues {
  attendance: AttendanceRow[];
  summary: string;
  outcomes?: string;
  reason: string;
}

/** The body of a correction: counts as numbers (an emptied field is 0), texts trimmed, no empty outcomes. */
export function correctionBody(v: CorrectionValues) {
  return {
    attendance: v.attendance.map((r) => ({
      organizationId: r.organizationId, full: Number(r.full ?? 0), probationary: Number(r.probationary ?? 0), others: Number(r.others ?? 0),
    })),
    summary: (v.summary ?? '').trim(),
    outcomes: v.outcomes && v.outcomes.trim() ? v.outcomes.trim() : null,
    reason: (v.reason ?? '').trim(),
  };
}
