import type { Query } from '../../lib/api/client';

/**
 * What the overview reads, shared by its hooks (api.ts) and by the entry script, which asks for it before the
 * app's code is evaluated (app/pageData): the same addresses, so the hooks take those answers. No React here.
 */

/** Where the districts are: "today" and "this month" are reckoned there, as the services reckon them. */
export const DISTRICT_ZONE = 'Asia/Shanghai';

/** Today's date in the district's zone (`YYYY-MM-DD`), whatever the browser's zone. */
export function todayInDistrict(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_ZONE }).format(now);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A month (`month` from 0, any count: -1 is the December before) as `[first day, last day, 'YYYY-MM']`. */
function monthOf(year: number, month: number): [string, string, string] {
  const first = new Date(Date.UTC(year, month, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const ym = `${y}-${pad(m + 1)}`;
  return [`${ym}-01`, `${ym}-${pad(last)}`, ym];
}

/**
 * This month in the district's zone, first to last day, as the overview's answer covers it by default: a browser
 * elsewhere (or in UTC after 16:00) still reads the district's month.
 */
export function thisMonthInDistrict(now: Date = new Date()): [string, string] {
  const [first, last] = lastTwelveMonths(todayInDistrict(now))[11];
  return [first, last];
}

/** The twelve months up to the one of `today` (`YYYY-MM-DD`), oldest first, as `[first day, last day, 'YYYY-MM']`. */
export function lastTwelveMonths(today: string): [string, string, string][] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const months: [string, string, string][] = [];
  for (let i = 11; i >= 0; i -= 1) months.push(monthOf(year, month - i));
  return months;
}

/** The overview's period: the URL's `from`/`to`, else this month in the district. */
export function overviewPeriod(params: URLSearchParams, now: Date = new Date()): [string, string] {
  const [monthStart, monthEnd] = thisMonthInDistrict(now);
  return [params.get('from') ?? monthStart, params.get('to') ?? monthEnd];
}

export const CADENCE_QUERY: Query = { size: 200 };
export const PAIRINGS_QUERY: Query = { size: 200, sort: 'title,asc' };
export const OPEN_DEMANDS_QUERY: Query = { status: 'OPEN', size: 10 };
export const OLDEST_PENDING_RECEIPTS_QUERY: Query = { status: 'PENDING', size: 5, sort: 'createdAt,asc' };

/** The overview's reads when it opens (`committee`: the receipts too, which readers do not see). */
export function overviewReads(params: URLSearchParams, committee: boolean, now: Date = new Date()): [string, Query][] {
  const [from, to] = overviewPeriod(params, now);
  const months = lastTwelveMonths(todayInDistrict(now));
  const reads: [string, Query][] = [
    ['/api/dashboard/overview', { from, to }],
    ['/api/activities/stats', { from: months[0][0], to: months[11][1] }],
    ['/api/cadence', CADENCE_QUERY],
    ['/api/pairings', PAIRINGS_QUERY],
    ['/api/demands', OPEN_DEMANDS_QUERY],
  ];
  if (committee) reads.push(['/api/receipts', OLDEST_PENDING_RECEIPTS_QUERY]);
  return reads;
}
