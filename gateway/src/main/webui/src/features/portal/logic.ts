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

/** The partner side confirms a held activity: a secretary of another member than the one that recorded it. */
export function canConfirm(activity: ActivityLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return activity.status === 'HELD' && !activity.confirmedBy && roles.includes('branch-secretary')
    && isMember(pairing, organizationId) && activity.completedBy !== organizationId;
}

/** Photos are added while the activity is planned or held, by a secretary of a member. */
export function canAddPhotos(activity: ActivityLike, pairing: PairingSides, organizationId: string | undefined, roles: Role[]): boolean {
  return activity.status !== 'CANCELLED' && roles.includes('branch-secretary') && isMember(pairing, organizationId);
}

export interface StoredPhoto {
  id: string;
  fileName?: string;
  size?: number;
}

/**
 * The photo already stored for a file whose upload failed on the way back (the server kept it, the answer was lost):
 * same name and size, not one of the photos that were there before this file was first sent. Retrying then
 * uploads nothing, so a retry never makes a second copy.
 */
export function alreadyStored(file: { name: string; size: number }, photos: StoredPhoto[], before: ReadonlySet<string>): StoredPhoto | undefined {
  return photos.find((p) => !before.has(p.id) && p.fileName === file.name && p.size === file.size);
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
