import dayjs from 'dayjs';
import { downloadUrl } from '../../lib/api/client';

export type LedgerFormat = 'xlsx' | 'csv';

/** The longest range the ledger covers (the API answers 400 beyond it). */
export const MAX_YEARS = 3;

/** The default range: the current year up to today. */
export function defaultRange(today = dayjs()): [string, string] {
  return [today.startOf('year').format('YYYY-MM-DD'), today.format('YYYY-MM-DD')];
}

/** Whether a range is one the API accepts: `from` not after `to`, at most three years. */
export function rangeProblem(from: string, to: string): 'order' | 'tooLong' | null {
  const start = dayjs(from);
  const end = dayjs(to);
  if (end.isBefore(start)) return 'order';
  if (end.isAfter(start.add(MAX_YEARS, 'year'))) return 'tooLong';
  return null;
}

/** The download address of the ledger: the caller's district (or its own organization, for a secretary). */
export function ledgerUrl(from: string, to: string, format: LedgerFormat, lang: string): string {
  return downloadUrl('/api/ledger', { from, to, format, lang });
}
