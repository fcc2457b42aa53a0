import { useQuery } from '@tanstack/react-query';
import { get, request, type Page } from '../../lib/api/client';
import { ApiError } from '../../lib/api/problem';
import type { Activity } from '../activities/api';
import type { Cadence, Demand, Pairing } from '../pairings/api';

/** What secretaries and liaisons read and do, through the same public API as the committee (scoped by their token). */
export interface Notice {
  id: string;
  type: string;
  title: string;
  body: string;
  createdAt: string;
  readAt?: string | null;
  receiptRequired: boolean;
  acknowledgedAt?: string | null;
  subject?: { type: string; id: string };
}

export interface DemandStep {
  at: string;
  actor: string;
  actorOrganizationId?: string;
  from?: string | null;
  to: string;
  note?: string | null;
}

export interface DemandWithHistory extends Demand {
  version: number;
  history?: DemandStep[];
}

export interface PortalActivity extends Activity {
  completedBy?: string | null;
  completedAt?: string | null;
  unconfirmed?: boolean;
}

/** A member of a pairing as the pairing's API names it: whoever may read the pairing may read these. */
export interface PairingMember {
  id: string;
  name?: string | null;
  sector?: string | null;
}

export interface PortalPairing extends Pairing {
  members?: PairingMember[];
}

/** One change of an activity, from its history: who (for which organization), when, why, and what changed. */
export interface HistoryEntry {
  version: number;
  action: string;
  actor: string;
  actorRole: string;
  organizationId?: string | null;
  at: string;
  reason?: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
}

export interface WebhookEndpoint {
  id: string;
  organizationId: string;
  url: string;
  description?: string | null;
  enabled: boolean;
  consecutiveFailures: number;
  disabledAt?: string | null;
  createdAt: string;
  /** Only in the answer to the registration. */
  secret?: string | null;
}

export interface WebhookAttempt {
  id: number;
  attemptedAt: string;
  statusCode?: number | null;
  error?: string | null;
  durationMs: number;
  succeeded: boolean;
  test: boolean;
}

export interface StoredPhoto {
  id: string;
  activityId: string;
  contentType: string;
  size: number;
  fileName?: string;
  uploadedAt: string;
}

export interface Preferences {
  inbox: boolean;
  email: boolean;
  webhook: boolean;
  language: 'zh-CN' | 'en';
}

export const portalKeys = {
  inbox: ['portal', 'inbox'] as const,
  unread: ['portal', 'inbox', 'unread'] as const,
  pairings: ['portal', 'pairings'] as const,
  pairing: (id: string) => ['portal', 'pairing', id] as const,
  cadence: (id: string) => ['portal', 'cadence', id] as const,
  activities: (q: Record<string, unknown>) => ['portal', 'activities', q] as const,
  activity: (id: string) => ['portal', 'activity', id] as const,
  photos: (id: string) => ['portal', 'photos', id] as const,
  demands: ['portal', 'demands'] as const,
  demand: (id: string) => ['portal', 'demand', id] as const,
  history: (id: string) => ['portal', 'history', id] as const,
  webhooks: ['portal', 'webhooks'] as const,
  attempts: (id: string) => ['portal', 'webhooks', id, 'attempts'] as const,
};

export function useInbox() {
  return useQuery<Page<Notice>, ApiError>({
    queryKey: portalKeys.inbox,
    queryFn: () => get<Page<Notice>>('/api/notifications', { size: 100, sort: 'createdAt,desc' }),
  });
}

export function useUnreadCount(enabled: boolean) {
  return useQuery<number, ApiError>({
    queryKey: portalKeys.unread,
    queryFn: async () => (await get<Page<Notice>>('/api/notifications', { unread: true, size: 1 })).total,
    enabled,
    refetchInterval: 60_000,
  });
}

export const markRead = (id: string) => request<Notice>(`/api/notifications/${id}/read`, { method: 'POST', scoped: false });
export const acknowledge = (id: string) => request<Notice>(`/api/notifications/${id}/receipt`, { method: 'POST', scoped: false });

export function useMyPairings() {
  return useQuery<Page<PortalPairing>, ApiError>({
    queryKey: portalKeys.pairings,
    queryFn: () => get<Page<PortalPairing>>('/api/pairings', { size: 100, sort: 'createdAt,desc' }),
  });
}

export function useMyPairing(id: string) {
  return useQuery<{ data: PortalPairing; etag?: string }, ApiError>({
    queryKey: portalKeys.pairing(id),
    queryFn: () => request<PortalPairing>(`/api/pairings/${id}`, { scoped: false }),
    enabled: !!id,
  });
}

/** This period's standing of a pairing (the API's current period when none is named). */
export function useCurrentCadence(pairingId: string, enabled = true) {
  return useQuery<Cadence | undefined, ApiError>({
    queryKey: portalKeys.cadence(pairingId),
    queryFn: async () => (await get<Page<Cadence>>('/api/cadence', { pairingId })).items[0],
    enabled: enabled && !!pairingId,
  });
}

export function useMyActivities(query: Record<string, string | number | undefined>) {
  return useQuery<Page<PortalActivity>, ApiError>({
    queryKey: portalKeys.activities(query),
    queryFn: () => get<Page<PortalActivity>>('/api/activities', { size: 100, ...query }),
  });
}

export function useMyActivity(id: string) {
  return useQuery<{ data: PortalActivity; etag?: string }, ApiError>({
    queryKey: portalKeys.activity(id),
    queryFn: () => request<PortalActivity>(`/api/activities/${id}`, { scoped: false }),
    enabled: !!id,
  });
}

export function useStoredPhotos(activityId: string) {
  return useQuery<StoredPhoto[], ApiError>({
    queryKey: portalKeys.photos(activityId),
    queryFn: () => get<StoredPhoto[]>(`/api/activities/${activityId}/photos`),
    enabled: !!activityId,
  });
}

/** What scheduling an activity sends: the fields of an activity its scheduler chooses. */
export type ScheduleInput = Pick<Activity, 'pairingId' | 'title' | 'type' | 'startsAt' | 'endsAt' | 'location' | 'participantIds'>;

export const schedule = (input: ScheduleInput) => request<PortalActivity>('/api/activities', { method: 'POST', body: input, scoped: false });

export interface CompletionInput {
  attendance: { organizationId: string; full: number; probationary: number; others: number }[];
  summary: string;
  outcomes?: string;
}

export const complete = (id: string, input: CompletionInput, etag?: string) =>
  request<PortalActivity>(`/api/activities/${id}/completion`, { method: 'POST', body: input, ifMatch: etag, scoped: false });

export const confirm = (id: string, etag?: string) =>
  request<PortalActivity>(`/api/activities/${id}/confirmation`, { method: 'POST', ifMatch: etag, scoped: false });

/** The partner side objects to a held activity as reported, instead of confirming it; the committee decides. */
export const dispute = (id: string, reason: string, etag?: string) =>
  request<PortalActivity>(`/api/activities/${id}/dispute`, { method: 'POST', body: { reason }, ifMatch: etag, scoped: false });

/** The reporting side corrects its report until the partner confirms (or disputes) it. */
export const correct = (id: string, input: CompletionInput & { reason?: string }, etag?: string) =>
  request<PortalActivity>(`/api/activities/${id}/corrections`, { method: 'POST', body: input, ifMatch: etag, scoped: false });

export function useActivityHistory(id: string) {
  return useQuery<Page<HistoryEntry>, ApiError>({
    queryKey: portalKeys.history(id),
    queryFn: () => get<Page<HistoryEntry>>(`/api/activities/${id}/history`, { size: 100 }),
    enabled: !!id,
  });
}

/**
 * Uploads one photo with progress (fetch cannot report upload progress; XMLHttpRequest can). `key` is the file's own
 * Idempotency-Key, the same on every retry: a retry whose first try reached the server stores nothing twice.
 */
export function uploadPhoto(activityId: string, file: File, key: string, language: string, onProgress: (percent: number) => void): Promise<StoredPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/activities/${activityId}/photos`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.setRequestHeader('Idempotency-Key', key);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'network' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as StoredPhoto);
      else reject(new ApiError({
        status: xhr.status,
        title: (body as { title?: string })?.title ?? String(xhr.status),
        detail: (body as { detail?: string })?.detail,
      }));
    };
    xhr.ontimeout = () => reject(new ApiError({ status: 0, title: 'network' }));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export function useMyDemands() {
  return useQuery<Page<DemandWithHistory>, ApiError>({
    queryKey: portalKeys.demands,
    queryFn: () => get<Page<DemandWithHistory>>('/api/demands', { size: 100, sort: 'raisedAt,desc' }),
  });
}

export function useDemand(id: string) {
  return useQuery<DemandWithHistory, ApiError>({
    queryKey: portalKeys.demand(id),
    queryFn: () => get<DemandWithHistory>(`/api/demands/${id}`),
    enabled: !!id,
  });
}

export interface DemandInput {
  category: string;
  title: string;
  detail?: string;
  dueOn?: string;
}

export const raiseDemand = (pairingId: string, input: DemandInput) =>
  request<DemandWithHistory>(`/api/pairings/${pairingId}/demands`, { method: 'POST', body: input, scoped: false });

export function answerDemand(id: string, action: 'accept' | 'resolve' | 'reject', text?: string) {
  const step = { accept: 'acceptance', resolve: 'resolution', reject: 'rejection' }[action];
  const body = action === 'accept' ? { note: text || undefined } : action === 'resolve' ? { resolution: text } : { reason: text };
  return request<DemandWithHistory>(`/api/demands/${id}/${step}`, { method: 'POST', body, scoped: false });
}

export function useFeedLink(organizationId: string | undefined) {
  return useQuery<{ token: string; url: string }, ApiError>({
    queryKey: ['portal', 'feed', organizationId],
    queryFn: () => get<{ token: string; url: string }>(`/api/organizations/${organizationId}/calendar-token`),
    enabled: !!organizationId,
    staleTime: Infinity,
  });
}

export function usePreferences() {
  return useQuery<{ data: Preferences; etag?: string }, ApiError>({
    queryKey: ['portal', 'preferences'],
    queryFn: () => request<Preferences>('/api/notification-preferences', { scoped: false }),
  });
}

export const savePreferences = (input: Omit<Preferences, 'inbox'>, etag?: string) =>
  request<Preferences>('/api/notification-preferences', { method: 'PUT', body: input, ifMatch: etag, scoped: false });

/** The organization's webhook endpoints (a secretary's own organization; the API scopes them). */
export function useWebhooks(enabled: boolean) {
  return useQuery<WebhookEndpoint[], ApiError>({
    queryKey: portalKeys.webhooks,
    queryFn: () => get<WebhookEndpoint[]>('/api/webhooks'),
    enabled,
  });
}

export function useWebhookAttempts(id: string, enabled: boolean) {
  return useQuery<Page<WebhookAttempt>, ApiError>({
    queryKey: portalKeys.attempts(id),
    queryFn: () => get<Page<WebhookAttempt>>(`/api/webhooks/${id}/attempts`, { size: 10 }),
    enabled,
  });
}

export const addWebhook = (input: { url: string; description?: string }) =>
  request<WebhookEndpoint>('/api/webhooks', { method: 'POST', body: input, scoped: false });
export const testWebhook = (id: string) => request<WebhookAttempt>(`/api/webhooks/${id}/test-deliveries`, { method: 'POST', scoped: false });
export const enableWebhook = (id: string) => request<WebhookEndpoint>(`/api/webhooks/${id}/enablement`, { method: 'POST', scoped: false });
