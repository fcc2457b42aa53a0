import { useQuery } from '@tanstack/react-query';
import { get, request, type Page } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';
import { ifMatchOf } from './logic';

export type EvaluationStatus = 'DRAFT' | 'FINAL';
export type Side = 'LEAD' | 'PARTNER';

export interface SideRating {
  organizationId: string;
  side: Side;
  rating: number;
  remarks?: string;
  ratedAt: string;
}

export interface ScorePart {
  name: string;
  weight: number;
  score: number;
  basis: string;
}

export interface Evaluation {
  id: string;
  pairingId: string;
  pairingTitle?: string;
  status: EvaluationStatus;
  origin: 'COMMITTEE' | 'TERM_END' | 'YEAR_END';
  periodStart: string;
  periodEnd: string;
  score: number;
  rating: string;
  ratingLabel: string;
  parts: ScorePart[];
  leadRating?: number | null;
  partnerRating?: number | null;
  sideRatings: SideRating[];
  remarks?: string;
  openedAt?: string;
  evaluatedAt: string;
  finalizedAt?: string;
  version: number;
}

export interface Ranked {
  rank: number;
  pairingId: string;
  title: string;
  plaqueNo?: string;
  score: number;
  rating: string;
  evaluationId: string;
  periodStart: string;
  periodEnd: string;
}

export interface Ranking {
  district: string;
  year: number;
  items: Ranked[];
}

export const evaluationKeys = {
  all: ['evaluations'] as const,
  ofPairing: (pairingId: string) => ['evaluations', 'pairing', pairingId] as const,
  awaitingMine: ['evaluations', 'awaitingMine'] as const,
  rankings: (year: number) => ['evaluations', 'rankings', year] as const,
};

export function usePairingEvaluations(pairingId: string) {
  return useQuery<Evaluation[], ApiError>({
    queryKey: evaluationKeys.ofPairing(pairingId),
    queryFn: () => get<Evaluation[]>(`/api/pairings/${pairingId}/evaluations`),
  });
}

/** The drafts that wait for the caller's organization's rating. */
export function useAwaitingMyRating() {
  return useQuery<Page<Evaluation>, ApiError>({
    queryKey: evaluationKeys.awaitingMine,
    queryFn: () => get<Page<Evaluation>>('/api/pairings/evaluations', { awaitingMine: true, status: 'DRAFT', size: 50 }),
  });
}

export function useRankings(year: number) {
  return useQuery<Ranking, ApiError>({
    queryKey: evaluationKeys.rankings(year),
    queryFn: () => get<Ranking>('/api/pairings/rankings', { year }),
  });
}

export function openDraft(pairingId: string, body: { periodStart?: string; periodEnd?: string; remarks?: string }) {
  return request<Evaluation>(`/api/pairings/${pairingId}/evaluations`, { method: 'POST', body, scoped: false });
}

export function rate(evaluation: Evaluation, body: { rating: number; remarks?: string }) {
  return request<Evaluation>(`/api/pairings/${evaluation.pairingId}/evaluations/${evaluation.id}/ratings`, {
    method: 'POST', body, ifMatch: ifMatchOf(evaluation), scoped: false,
  });
}

export function finalizeDraft(evaluation: Evaluation, body: { remarks?: string }) {
  return request<Evaluation>(`/api/pairings/${evaluation.pairingId}/evaluations/${evaluation.id}/finalization`, {
    method: 'POST', body, ifMatch: ifMatchOf(evaluation), scoped: false,
  });
}
