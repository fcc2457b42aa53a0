import { useQuery } from '@tanstack/react-query';
import { currentDistrict, get, request, type Page, type Query } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';
import type { CadencePeriod } from './cadence';

export type PairingType = 'ONE_TO_ONE' | 'ONE_TO_MANY' | 'ALLIANCE';
export type PairingStatus = 'PROPOSED' | 'ACTIVE' | 'SUSPENDED' | 'CONCLUDED' | 'REJECTED';
export const PAIRING_TYPES: PairingType[] = ['ONE_TO_ONE', 'ONE_TO_MANY', 'ALLIANCE'];
export const PAIRING_STATUSES: PairingStatus[] = ['PROPOSED', 'ACTIVE', 'SUSPENDED', 'CONCLUDED', 'REJECTED'];

/** The colour of a pairing's status tag, on the list and on the pairing's page. */
export const STATUS_COLOURS: Record<string, string> = {
  PROPOSED: 'gold', ACTIVE: 'green', SUSPENDED: 'orange', CONCLUDED: 'default', REJECTED: 'red',
};

export interface PairingInput {
  title: string;
  type: PairingType;
  leadId: string;
  partnerIds: string[];
  agreement: { goals: string[]; commitments: string[]; cadence: { count: number; period: CadencePeriod } };
  term: { start: string; end: string };
}

export interface Pairing extends PairingInput {
  id: string;
  district: string;
  status: PairingStatus;
  statusReason?: string;
  plaqueNo?: string;
  launchId?: string;
  activatedOn?: string;
  concludedOn?: string;
  createdAt: string;
  version: number;
}

export interface Demand {
  id: string;
  pairingId: string;
  raisedBy: string;
  category: string;
  title: string;
  detail: string;
  dueOn?: string;
  status: 'OPEN' | 'ACCEPTED' | 'RESOLVED' | 'REJECTED';
  resolution?: string;
  raisedAt: string;
  overdue: boolean;
}

export interface Evaluation {
  id: string;
  periodStart: string;
  periodEnd: string;
  score: number;
  rating: string;
  ratingLabel: string;
  evaluatedAt: string;
}

export interface Cadence {
  pairingId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  required: number;
  /** Held and confirmed by the partner side (or a dispute dismissed): what compliance is judged on. */
  kept: number;
  /** Held but not yet confirmed or decided; `disputed` of them disputed by the partner side. */
  awaitingConfirmation: number;
  disputed: number;
  held: number;
  confirmed: number;
  status: 'OK' | 'IN_PROGRESS' | 'AT_RISK' | 'MISSED';
}

export interface Receipt {
  noticeId: string;
  type: string;
  pairingId?: string;
  /** The notice's title, in the recipient's language. */
  title?: string;
  /** Still pending after the reminder delay. */
  overdue?: boolean;
  organizationId: string;
  recipientRole: string;
  recipientName?: string;
  createdAt: string;
  acknowledgedAt?: string;
  status: 'ACKNOWLEDGED' | 'PENDING';
}

export const pairingKeys = {
  all: ['pairings'] as const,
  list: (q: Query) => ['pairings', 'list', currentDistrict(), q] as const,
  one: (id: string) => ['pairings', 'one', id] as const,
};

export function usePairings(query: Query, enabled = true) {
  return useQuery<Page<Pairing>, ApiError>({
    queryKey: pairingKeys.list(query),
    queryFn: () => get<Page<Pairing>>('/api/pairings', query),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function usePairing(id: string | undefined) {
  return useQuery<{ data: Pairing; etag?: string }, ApiError>({
    queryKey: pairingKeys.one(id ?? ''),
    queryFn: () => request<Pairing>(`/api/pairings/${id}`, { scoped: false }),
    enabled: !!id,
  });
}

export function useDemands(query: Query, enabled = true) {
  return useQuery<Page<Demand>, ApiError>({
    queryKey: ['demands', currentDistrict(), query],
    queryFn: () => get<Page<Demand>>('/api/demands', query),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function usePairingDemands(id: string) {
  return useQuery<Page<Demand>, ApiError>({
    queryKey: ['pairings', 'demands', id],
    queryFn: () => get<Page<Demand>>(`/api/pairings/${id}/demands`, { size: 100 }),
  });
}

export function useEvaluations(id: string) {
  return useQuery<Page<Evaluation> | Evaluation[], ApiError>({
    queryKey: ['pairings', 'evaluations', id],
    queryFn: () => get<Page<Evaluation> | Evaluation[]>(`/api/pairings/${id}/evaluations`),
  });
}

export function useReceipts(pairingId: string | undefined, page = 0, size = 50) {
  return useQuery<Page<Receipt>, ApiError>({
    queryKey: ['receipts', currentDistrict(), pairingId, page, size],
    queryFn: () => get<Page<Receipt>>('/api/receipts', { pairingId, page, size }),
    enabled: !!pairingId,
  });
}

/** The district's receipts (or one pairing's), oldest first so that the overdue ones lead. */
export function useDistrictReceipts(query: Query, enabled = true) {
  return useQuery<Page<Receipt>, ApiError>({
    queryKey: ['receipts', currentDistrict(), 'district', query],
    queryFn: () => get<Page<Receipt>>('/api/receipts', query),
    placeholderData: (previous) => previous,
    enabled,
  });
}

export function propose(input: PairingInput) {
  return request<Pairing>('/api/pairings', { method: 'POST', body: input, scoped: false });
}

export type Transition = 'approval' | 'rejection' | 'suspension' | 'resumption' | 'conclusion';

export function transition(id: string, step: Transition, reason?: string) {
  return request<Pairing>(`/api/pairings/${id}/${step}`, {
    method: 'POST', body: reason !== undefined ? { reason } : undefined, scoped: false,
  });
}

export function launch(title: string, heldOn: string, pairingIds: string[]) {
  return request<unknown>('/api/launches', { method: 'POST', body: { title, heldOn, pairingIds }, scoped: false });
}
