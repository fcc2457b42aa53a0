/**
 * The rules the portal pages follow to offer a secretary or a liaison only what the API will let them do. The API
 * decides; these only keep buttons away that would certainly be refused.
 */
import type { Role } from '../../lib/session/SessionProvider';

export interface PairingSides {
  leadId: string;
  partnerIds: string[];
  status: string;
}

export interface DemandLike {
  status: 'OPEN' | 'ACCEPTED' | 'RESOLVED' | 'REJECTED';
}

export interface ActivityLike {
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  participantIds: string[];
  completedBy?: string | null;
  confirmedBy?: string | null;
  dispute?: { raisedBy: string } | null;
}

export type DemandAction = 'accept' | 'resolve' | 'reject';

export function isMember(pairing: PairingSides, organizationId: string | undefined): boolean {
  return !!organizationId && (pairing.leadId === organizationId || pairing.partnerIds.includes(organizationId));
}

/** The lead side (its secretary) answers demands: accept an open one, resolve or reject an open or accepted one. */
export function demandActions(demand: DemandLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): DemandAction[] {
  if (!roles.includes('branch-secretary') || pairing.leadId !== organizationId) return [];
  switch (demand.status) {
    case 'OPEN': return ['accept', 'resolve', 'reject'];
    case 'ACCEPTED': return ['resolve', 'reject'];
    default: return [];
  }
}

/** A partner organization (not the lead) raises demands in an active pairing; its secretary or its liaison. */
export function canRaiseDemand(pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return pairing.status === 'ACTIVE' && !!organizationId && pairing.partnerIds.includes(organizationId)
    && roles.some((r) => r === 'branch-secretary' || r === 'enterprise-contact');
}

/** Secretaries of member organizations schedule activities of an active pairing. */
export function canSchedule(pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return pairing.status === 'ACTIVE' && roles.includes('branch-secretary') && isMember(pairing, organizationId);
}

export function canRecordHeld(activity: ActivityLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return activity.status === 'PLANNED' && roles.includes('branch-secretary') && isMember(pairing, organizationId);
}

/**
 * The partner side confirms a held activity: a secretary of another member than the one that recorded it, while it
 * is neither confirmed nor disputed. The same secretary may dispute it instead.
 */
export function canConfirm(activity: ActivityLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return activity.status === 'HELD' && !activity.confirmedBy && !activity.dispute && roles.includes('branch-secretary')
    && isMember(pairing, organizationId) && activity.completedBy !== organizationId;
}

export const canDispute = canConfirm;

/** The reporting side corrects attendance, summary and outcomes until the partner confirms or disputes. */
export function canCorrect(activity: ActivityLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return activity.status === 'HELD' && !activity.confirmedBy && !activity.dispute && roles.includes('branch-secretary')
    && !!organizationId && activity.completedBy === organizationId && isMember(pairing, organizationId);
}

/** Photos are added while the activity is planned or held, by a secretary of a member. */
export function canAddPhotos(activity: ActivityLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return activity.status !== 'CANCELLED' && roles.includes('branch-secretary') && isMember(pairing, organizationId);
}

/**
 * A new Idempotency-Key for one file: made once when the file is picked and sent with every try of it, so a retry
 * after a lost answer gets the photo the first try stored instead of a second copy.
 */
export function uploadKey(random: () => string = randomId): string {
  return `photo-${random()}`;
}

/** 128 random bits as a UUID; `crypto.randomUUID` exists only on https pages, `getRandomValues` on every page. */
function randomId(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface NamedPairing extends PairingSides {
  members?: { id: string; name?: string | null }[];
}

/**
 * How an organization of a pairing is called: by the name the pairing's API gives for its members; failing that, the
 * caller's own by its own name, the others by their side.
 */
export function memberLabel(id: string, pairing: NamedPairing | undefined, own: { id?: string; name?: string },
  words: { own: string; lead: string; partner: (n: number | '') => string }): string {
  const named = pairing?.members?.find((m) => m.id === id)?.name;
  if (named) return named;
  if (id === own.id) return own.name ?? words.own;
  if (pairing && pairing.leadId === id) return words.lead;
  const n = pairing ? pairing.partnerIds.indexOf(id) + 1 : 0;
  return words.partner(n > 0 ? n : '').trim();
}

export interface HistoryEntryLike {
  action: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

/** Fields a history entry shows as "before → after" text; the rest are named only. */
const TEXT_FIELDS = ['summary', 'outcomes', 'title', 'location'];

/** What a history entry changed, in the order worth reading: texts with their values first, then the other fields. */
export function historyChanges(entry: HistoryEntryLike): { field: string; before?: string; after?: string }[] {
  const shown = entry.changes.filter((c) => !['kept', 'completedBy', 'confirmedAt'].includes(c.field));
  const text = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  return [
    ...shown.filter((c) => TEXT_FIELDS.includes(c.field)).map((c) => ({ field: c.field, before: text(c.before), after: text(c.after) })),
    ...shown.filter((c) => !TEXT_FIELDS.includes(c.field)).map((c) => ({ field: c.field })),
  ];
}

/** Total attendance of a report, for a line such as "attendance 12 → 15". */
export function attendanceTotal(rows: unknown): number {
  if (!Array.isArray(rows)) return 0;
  return rows.reduce((sum: number, r: { full?: number; probationary?: number; others?: number }) => sum + (r.full ?? 0) + (r.probationary ?? 0) + (r.others ?? 0), 0);
}

/** The latest attempt's line for a webhook endpoint: status code (or the error) and response time. */
export function attemptSummary(a: { statusCode?: number | null; error?: string | null; durationMs: number; succeeded: boolean }): { ok: boolean; status: string; ms: number } {
  return { ok: a.succeeded, status: a.statusCode != null ? String(a.statusCode) : (a.error ?? '—'), ms: a.durationMs };
}

export interface CadenceLike {
  required: number;
  held: number;
  confirmed: number;
  periodEnd: string;
}

/** How many more activities the period needs (held ones count; confirmation is a separate step) and by when. */
export function dueInPeriod(cadence: CadenceLike | undefined): { remaining: number; unconfirmed: number; by?: string } {
  if (!cadence) return { remaining: 0, unconfirmed: 0 };
  return {
    remaining: Math.max(0, cadence.required - cadence.held),
    unconfirmed: Math.max(0, cadence.held - cadence.confirmed),
    by: cadence.periodEnd,
  };
}

/** The feed link the API gives is a path; a phone's calendar app needs the whole address. */
export function feedAddress(origin: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return origin.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/** `webcal:` opens the subscription dialog of a phone's calendar app directly. */
export function webcalAddress(address: string): string {
  return address.replace(/^https?:\/\//, 'webcal://');
}

/** Attendance rows for every participant, kept from what was typed before. */
export function attendanceRows(participantIds: string[], typed: { organizationId: string; full?: number; probationary?: number; others?: number }[] = []) {
  return participantIds.map((organizationId) => {
    const row = typed.find((t) => t.organizationId === organizationId);
    return { organizationId, full: row?.full ?? 0, probationary: row?.probationary ?? 0, others: row?.others ?? 0 };
  });
}

/** `YYYY-MM-DDTHH:mm`, the value of a `datetime-local` input (the phone's own picker), in the device's zone. */
export function localInputValue(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}T${p(date.getHours())}:${p(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO-8601 time with the device's offset, as the API takes it. */
export function withOffset(local: string, offsetMinutes = -new Date(local).getTimezoneOffset()): string {
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const p = (n: number) => String(n).padStart(2, '0');
  const seconds = local.length === 16 ? ':00' : '';
  return `${local}${seconds}${sign}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

/** The next full hour from `now`, and two hours later: the time a new activity is proposed for. */
export function defaultSlot(now: Date): { startsAt: string; endsAt: string } {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  const end = new Date(start.getTime() + 2 * 3_600_000);
  return { startsAt: localInputValue(start), endsAt: localInputValue(end) };
}
