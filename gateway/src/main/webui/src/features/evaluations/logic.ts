import type { Evaluation, Side, SideRating } from './api';

/** The If-Match of an evaluation as it was read: its ETag is its version. */
export function ifMatchOf(evaluation: Pick<Evaluation, 'version'>): string {
  return `"${evaluation.version}"`;
}

/** The side an organization rates from in a pairing led by `leadId`. */
export function sideOf(leadId: string, organizationId: string): Side {
  return leadId === organizationId ? 'LEAD' : 'PARTNER';
}

/** The organization's own rating on a draft, if it gave one (it may replace it while the draft is open). */
export function ratingBy(evaluation: Pick<Evaluation, 'sideRatings'>, organizationId: string | undefined): SideRating | undefined {
  if (!organizationId) return undefined;
  return evaluation.sideRatings.find((r) => r.organizationId === organizationId);
}

/** Members of the pairing that have not rated the draft yet. */
export function missingRaters(evaluation: Pick<Evaluation, 'sideRatings'>, memberIds: string[]): string[] {
  const rated = new Set(evaluation.sideRatings.map((r) => r.organizationId));
  return memberIds.filter((id) => !rated.has(id));
}

/** The committee finalizes drafts; a final evaluation is never changed again. */
export function canFinalize(evaluation: Pick<Evaluation, 'status'>, canEdit: boolean): boolean {
  return canEdit && evaluation.status === 'DRAFT';
}

/** Drafts first (newest period first), then final ones (latest first). */
export function ordered<T extends Pick<Evaluation, 'status' | 'periodEnd' | 'evaluatedAt'>>(evaluations: T[]): T[] {
  return [...evaluations].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'DRAFT' ? -1 : 1;
    if (a.periodEnd !== b.periodEnd) return a.periodEnd < b.periodEnd ? 1 : -1;
    return a.evaluatedAt < b.evaluatedAt ? 1 : a.evaluatedAt > b.evaluatedAt ? -1 : 0;
  });
}

/** The years a ranking can be read for: this year and the `count - 1` before it, latest first. */
export function rankingYears(thisYear: number, count = 6): number[] {
  return Array.from({ length: count }, (_, i) => thisYear - i);
}

/** A year from the URL, or this year when it is missing or not a sensible year. */
export function yearFrom(param: string | null, thisYear: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 2000 && year <= thisYear + 1 ? year : thisYear;
}
