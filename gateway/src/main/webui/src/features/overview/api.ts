import { useQuery } from '@tanstack/react-query';
import { currentDistrict, get, type Page } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';
import type { Cadence } from '../pairings/api';
import { CADENCE_QUERY, lastTwelveMonths, todayInDistrict } from './requests';

export { DISTRICT_ZONE, lastTwelveMonths, thisMonthInDistrict, todayInDistrict } from './requests';

export interface Overview {
  district: string;
  generatedAt: string;
  organizations: { total: number; bySector: Record<string, number>; byKind: Record<string, number>; byStatus: Record<string, number>; twoNew: number } | null;
  coverage: {
    twoNewTotal: number; twoNewPaired: number; rate: number;
    unpaired: { id: string; name: string; sector: string }[];
    organs: { id: string; name: string; partners: number }[];
    pairingsByStatus: Record<string, number>;
  } | null;
  activities: {
    from: string; to: string; total: number; byType: Record<string, number>; byStatus?: Record<string, number>;
    attendance: { full: number; probationary: number; others: number };
    pairings: { compliant?: number; overdue?: number; overdueIds: string[] };
  } | null;
  receipts: { required: number; acknowledged: number; pending: number } | null;
  unavailable: string[];
}

export interface ActivityStats {
  from: string;
  to: string;
  total: number;
  byType: Record<string, number>;
  byMonth?: { month: string; count: number; byType?: Record<string, number> }[];
}

export function useOverview(from: string, to: string, refetchInterval?: number) {
  return useQuery<Overview, ApiError>({
    queryKey: ['overview', currentDistrict(), from, to],
    queryFn: () => get<Overview>('/api/dashboard/overview', { from, to }),
    refetchInterval,
  });
}

/** Each of the last twelve months' activities by type, in the order of `months` (none where the answer has no month). */
export function byTypePerMonth(months: string[], stats: ActivityStats | undefined): (Record<string, number> | undefined)[] {
  const byMonth = new Map((stats?.byMonth ?? []).map((m) => [m.month, m.byType]));
  return months.map((m) => byMonth.get(m));
}

/** The district's last twelve months by type, from one answer of the activity statistics. */
export function useMonthlyStats(refetchInterval?: number) {
  const months = lastTwelveMonths(todayInDistrict());
  const from = months[0][0];
  const to = months[11][1];
  const stats = useQuery<ActivityStats, ApiError>({
    queryKey: ['activity-stats', currentDistrict(), from, to],
    queryFn: () => get<ActivityStats>('/api/activities/stats', { from, to }),
    refetchInterval,
    staleTime: 60_000,
  });
  const labels = months.map((m) => m[2]);
  return {
    months: labels,
    byType: byTypePerMonth(labels, stats.data),
    isPending: stats.isPending,
    error: stats.error ?? undefined,
  };
}

export function useCurrentCadence(refetchInterval?: number) {
  return useQuery<Page<Cadence>, ApiError>({
    queryKey: ['cadence', currentDistrict(), 'current'],
    queryFn: () => get<Page<Cadence>>('/api/cadence', CADENCE_QUERY),
    refetchInterval,
  });
}
