import { useQuery } from '@tanstack/react-query';
import { currentDistrict, get, request, type Page, type Query } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';
import type { correctionBody, HistoryEntry } from './history';

export const ACTIVITY_TYPES = ['SYMPOSIUM', 'THEMED_PARTY_DAY', 'PARTY_LESSON', 'STUDY_SESSION', 'SITE_VISIT',
  'VOLUNTEER_SERVICE', 'TRAINING', 'CULTURAL', 'OTHER'] as const;
export const ACTIVITY_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;

export interface Activity {
  id: string;
  pairingId: string;
  title: string;
  type: string;
  startsAt: string;
  endsAt: string;
  location?: string;
  participantIds: string[];
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  attendance?: { organizationId: string; full: number; probationary: number; others: number }[];
  summary?: string;
  outcomes?: string;
  confirmedBy?: string | null;
  /** Counts toward cadence: confirmed by the partner side, or a dispute of it dismissed. */
  kept?: boolean;
  awaitingConfirmation?: boolean;
  dispute?: { raisedBy: string; raisedAt: string; reason: string; outcome?: 'UPHELD' | 'DISMISSED' | null; resolution?: string | null } | null;
  version: number;
}

export interface Photo {
  id: string;
  fileName?: string;
}

export function useActivities(query: Query, enabled = true) {
  return useQuery<Page<Activity>, ApiError>({
    queryKey: ['activities', currentDistrict(), query],
    queryFn: () => get<Page<Activity>>('/api/activities', query),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery<{ data: Activity; etag?: string }, ApiError>({
    queryKey: ['activities', 'one', id],
    queryFn: () => request<Activity>(`/api/activities/${id}`, { scoped: false }),
    enabled: !!id,
  });
}

export function usePhotos(id: string) {
  return useQuery<Photo[] | Page<Photo>, ApiError>({
    queryKey: ['activities', 'photos', id],
    queryFn: () => get<Photo[] | Page<Photo>>(`/api/activities/${id}/photos`),
  });
}

/** A pairing's activities, oldest first (activity-service's timeline of the pairing). */
export function useTimeline(pairingId: string) {
  return useQuery<Activity[] | Page<Activity>, ApiError>({
    queryKey: ['pairings', 'timeline', pairingId],
    queryFn: () => get<Page<Activity>>(`/api/pairings/${pairingId}/timeline`, { size: 200 }),
  });
}

/** Lists come as pages; a few reads answer plain arrays. */
export function itemsOf<T>(answer: T[] | Page<T> | undefined): T[] {
  if (!answer) return [];
  return Array.isArray(answer) ? answer : answer.items;
}

/** The activity's history (every change: who, when, why, before and after), oldest first. */
export function useHistory(id: string) {
  return useQuery<Page<HistoryEntry>, ApiError>({
    queryKey: ['activities', 'history', id],
    queryFn: () => get<Page<HistoryEntry>>(`/api/activities/${id}/history`, { size: 200 }),
    enabled: !!id,
  });
}

/** The committee corrects a held activity, with a reason; If-Match with the ETag of the page's read. */
export function correct(id: string, body: ReturnType<typeof correctionBody>, etag: string | undefined) {
  return request<Activity>(`/api/activities/${id}/corrections`, { method: 'POST', body, ifMatch: etag, scoped: false });
}

export type DisputeOutcome = 'UPHELD' | 'DISMISSED';

/** The committee decides a dispute: upheld (the activity no longer counts) or dismissed (it stands). */
export function resolveDispute(id: string, outcome: DisputeOutcome, reason: string, etag: string | undefined) {
  return request<Activity>(`/api/activities/${id}/dispute/resolution`, {
    method: 'POST', body: { outcome, reason: reason.trim() }, ifMatch: etag, scoped: false,
  });
}
