import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { currentDistrict, downloadUrl, get, type Page, type Query } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';

export const OUTCOMES = ['SUCCEEDED', 'REFUSED', 'FAILED'] as const;
export const SERVICES = ['registry', 'pairing', 'activity', 'notification'] as const;

/** One entry of the operation log, as the gateway merges the four services' logs. */
export interface OperationEntry {
  id: string;
  service: string;
  occurredAt: string;
  actor: { subject: string | null; name: string | null };
  role: string | null;
  organizationId: string | null;
  district: string | null;
  action: string;
  target: string | null;
  outcome: number;
}

export interface OperationLogPage extends Page<OperationEntry> {
  next: string | null;
  unavailable: string[];
}

export function useOperationLog(query: Query) {
  return useQuery<OperationLogPage, ApiError>({
    queryKey: ['operationLog', currentDistrict(), query],
    queryFn: () => get<OperationLogPage>('/api/operation-log', query),
    placeholderData: keepPreviousData,
  });
}

/** The export of what the filters select (CSV, UTF-8 with BOM). */
export function exportUrl(filters: Record<string, string>): string {
  return downloadUrl('/api/operation-log/export', { ...filters, format: 'csv' });
}

/** succeeded, refused (4xx) or failed (5xx), from the HTTP status an entry records. */
export function outcomeOf(status: number): (typeof OUTCOMES)[number] {
  if (status >= 500) return 'FAILED';
  if (status >= 400) return 'REFUSED';
  return 'SUCCEEDED';
}
