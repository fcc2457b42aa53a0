import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { currentDistrict, get, type Page } from '../../lib/api/client';
import type { ApiError } from '../../lib/api/problem';
import type { Cadence } from '../pairings/api';

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

/** Where the districts are: "today" and "this month" are reckoned there, as the services reckon them. */
export const DISTRICT_ZONE = 'Asia/Shanghai';

/**
 * This month in the district's zone, first to last day, as the overview's answer covers it by default: a browser
 * elsewhere (or in UTC after 16:00) still reads the district's month.
 */
export function thisMonthInDistrict(now: Date = new Date()): [string, string] {
  const month = todayInDistrict(now);
  return [month.startOf('month').format('YYYY-MM-DD'), month.endOf('month').format('YYYY-MM-DD')];
}

/** Today's date in the district's zone, whatever the browser's zone. */
export function todayInDistrict(now: Date = new Date()): dayjs.Dayjs {
  return dayjs(new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_ZONE }).format(now));
}

/** The last twelve months, oldest first, as `[first day, last day, 'YYYY-MM']`. */
export function lastTwelveMonths(today: dayjs.Dayjs): [string, string, string][] {
  const months: [string, string, string][] = [];
  for (let i = 11; i >= 0; i -= 1) {
    const m = today.subtract(i, 'month');
    months.push([m.startOf('month').format('YYYY-MM-DD'), m.endOf('month').format('YYYY-MM-DD'), m.format('YYYY-MM')]);
  }
  return months;
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
    queryFn: () => get<Page<Cadence>>('/api/cadence', { size: 200 }),
    refetchInterval,
  });
}
